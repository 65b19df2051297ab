/**
 * Timers: scheduled inside the caller's transaction, fired once by whichever app server claims them
 * (two servers race over the same database), not before they are due, retried with back-off when the
 * handler fails (its work rolled back each time), cancelled by subject, and taken over from a server
 * that died holding them.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { startSibling, type Sibling } from './helpers/sibling.js';
import type { Runtime } from '../src/runtime.js';
import { claimDue } from '../src/modules/kernel/timers.repository.js';

async function schedule(rt: Runtime, kind: string, subjects: string[], dueAt: string): Promise<string[]> {
  return rt.db.kysely.transaction().execute(async (trx) => {
    const ids: string[] = [];
    for (const s of subjects) ids.push(await rt.services.timers.schedule(trx, kind, s, dueAt, { subject: s }));
    return ids;
  });
}

async function timerRow(rt: Runtime, id: string) {
  return rt.db.kysely.selectFrom('timers').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

async function firedEntries(rt: Runtime, ids: string[]): Promise<string[]> {
  const rows = await rt.db.kysely
    .selectFrom('audit_log')
    .select('entity_id')
    .where('action', '=', 'test.timer.fired')
    .where('entity_id', 'in', ids)
    .execute();
  return rows.map((r) => r.entity_id ?? '');
}

describeEachDb('kernel: timers', (ctx) => {
  let sibling: Sibling;
  const mainFired: string[] = [];
  beforeAll(async () => {
    const { rt } = ctx();
    rt.clock.set('2026-11-28T02:00:00.000Z');
    for (const kind of ['test.tick', 'test.orphan']) {
      rt.services.timers.on(kind, async (w, t) => {
        await w.audit({ province: '00', action: 'test.timer.fired', entityType: 'timer', entityId: t.id });
        mainFired.push(t.id);
      });
    }
    sibling = await startSibling(rt, { topics: [], kinds: ['test.tick', 'test.orphan'] });
  });
  afterAll(async () => {
    await sibling.close();
  });

  it('two app servers racing over 100 due timers fire each exactly once; a timer not yet due waits', async () => {
    const { rt } = ctx();
    rt.clock.set('2026-11-28T02:00:00.000Z');
    const subjects = Array.from({ length: 100 }, (_, i) => `race-${i}`);
    const due = await schedule(rt, 'test.tick', subjects, '2026-11-28T01:59:59.000Z');
    const [later] = await schedule(rt, 'test.tick', ['race-later'], '2026-11-28T02:00:00.001Z');
    const [a, b] = await Promise.all([rt.services.timers.runDue(), sibling.runTimers()]);
    expect(a.fired + b.fired).toBe(100);
    expect(a.failed + b.failed).toBe(0);
    const handled = [...mainFired.splice(0), ...sibling.seen.splice(0).map((s) => s.id)];
    expect(handled).toHaveLength(100);
    expect(new Set(handled)).toEqual(new Set(due));
    // In the database: one audit entry per timer, written in the transaction that fired it.
    const entries = await firedEntries(rt, due);
    expect(entries).toHaveLength(100);
    expect(new Set(entries)).toEqual(new Set(due));
    for (const id of due.slice(0, 3)) expect((await timerRow(rt, id)).fired_at).toBe('2026-11-28T02:00:00.000Z');
    // The one due a millisecond from now has not fired, on either server.
    expect(await rt.services.timers.runDue()).toEqual({ fired: 0, failed: 0 });
    expect(await sibling.runTimers()).toEqual({ fired: 0, failed: 0 });
    if (!later) throw new Error('no timer');
    expect(await timerRow(rt, later)).toMatchObject({ fired_at: null, attempts: 0 });
    rt.clock.set('2026-11-28T02:00:00.001Z');
    expect(await sibling.runTimers()).toEqual({ fired: 1, failed: 0 });
    expect(await rt.services.timers.runDue()).toEqual({ fired: 0, failed: 0 });
    expect(await firedEntries(rt, [later])).toEqual([later]);
    expect(sibling.seen.splice(0).map((s) => s.id)).toEqual([later]);
  });

  it('a failing handler is rolled back and retried after 30 s, then 60 s; its work counts once', async () => {
    const { rt } = ctx();
    rt.clock.set('2026-11-28T03:00:00.000Z');
    let failures = 2;
    rt.services.timers.on('test.flaky', async (w, t) => {
      await w.audit({ province: '00', action: 'test.timer.fired', entityType: 'timer', entityId: t.id });
      await w.send('test.timer.note', JSON.stringify({ timer: t.id }));
      if (failures-- > 0) throw new Error(`handler broke on try ${t.attempts}`);
    });
    const [id] = await schedule(rt, 'test.flaky', ['flaky-1'], '2026-11-28T03:00:00.000Z');
    if (!id) throw new Error('no timer');
    expect(await rt.services.timers.runDue()).toEqual({ fired: 0, failed: 1 });
    expect(await timerRow(rt, id)).toMatchObject({
      fired_at: null,
      attempts: 1,
      locked_until: '2026-11-28T03:00:30.000Z',
      claimed_by: null,
      last_error: 'handler broke on try 1',
    });
    rt.clock.set('2026-11-28T03:00:29.999Z');
    expect(await rt.services.timers.runDue()).toEqual({ fired: 0, failed: 0 });
    rt.clock.set('2026-11-28T03:00:30.000Z');
    expect(await rt.services.timers.runDue()).toEqual({ fired: 0, failed: 1 });
    expect(await timerRow(rt, id)).toMatchObject({
      attempts: 2,
      locked_until: '2026-11-28T03:01:30.000Z',
      last_error: 'handler broke on try 2',
    });
    rt.clock.set('2026-11-28T03:01:29.999Z');
    expect(await rt.services.timers.runDue()).toEqual({ fired: 0, failed: 0 });
    rt.clock.set('2026-11-28T03:01:30.000Z');
    expect(await rt.services.timers.runDue()).toEqual({ fired: 1, failed: 0 });
    expect(await timerRow(rt, id)).toMatchObject({
      attempts: 3,
      fired_at: '2026-11-28T03:01:30.000Z',
      locked_until: null,
      last_error: null,
    });
    // The two failed tries left nothing behind: one audit entry and one outbox message.
    expect(await firedEntries(rt, [id])).toEqual([id]);
    const notes = await rt.db.kysely.selectFrom('outbox').select('payload').where('topic', '=', 'test.timer.note').execute();
    expect(notes.map((n) => n.payload)).toEqual([JSON.stringify({ timer: id })]);
    rt.clock.set('2026-11-28T05:00:00.000Z');
    expect(await rt.services.timers.runDue()).toEqual({ fired: 0, failed: 0 });
  });

  it('cancels the waiting timers of a subject (one kind or all); a timer scheduled in a rolled-back transaction never existed', async () => {
    const { rt } = ctx();
    rt.clock.set('2026-11-28T06:00:00.000Z');
    const [s1] = await schedule(rt, 'test.tick', ['subject-s'], '2026-11-28T07:00:00.000Z');
    const [s2] = await schedule(rt, 'test.orphan', ['subject-s'], '2026-11-28T07:00:00.000Z');
    const [t1] = await schedule(rt, 'test.tick', ['subject-t'], '2026-11-28T07:00:00.000Z');
    const [u1] = await schedule(rt, 'test.tick', ['subject-u'], '2026-11-28T07:00:00.000Z');
    const [u2] = await schedule(rt, 'test.orphan', ['subject-u'], '2026-11-28T07:00:00.000Z');
    await expect(
      rt.db.kysely.transaction().execute(async (trx) => {
        await rt.services.timers.schedule(trx, 'test.tick', 'subject-v', '2026-11-28T07:00:00.000Z');
        throw new Error('the use case failed');
      }),
    ).rejects.toThrow('the use case failed');
    expect(await rt.services.timers.of('subject-v')).toEqual([]);
    expect(await rt.db.kysely.transaction().execute((trx) => rt.services.timers.cancel(trx, 'subject-s'))).toBe(2);
    expect(await rt.db.kysely.transaction().execute((trx) => rt.services.timers.cancel(trx, 'subject-u', 'test.orphan'))).toBe(1);
    rt.clock.set('2026-11-28T07:00:00.000Z');
    expect(await rt.services.timers.runDue()).toEqual({ fired: 2, failed: 0 });
    expect(new Set(mainFired.splice(0))).toEqual(new Set([t1, u1]));
    for (const id of [s1, s2, u2])
      expect(await timerRow(rt, id ?? '')).toMatchObject({ fired_at: null, cancelled_at: '2026-11-28T06:00:00.000Z' });
    // Cancelling again, or cancelling a fired timer, changes nothing.
    expect(await rt.db.kysely.transaction().execute((trx) => rt.services.timers.cancel(trx, 'subject-t'))).toBe(0);
    expect((await rt.services.timers.of('subject-t'))[0]).toMatchObject({
      kind: 'test.tick',
      firedAt: '2026-11-28T07:00:00.000Z',
      cancelledAt: null,
      payload: { subject: 'subject-t' },
    });
  });

  it('a timer held by a server that died is fired by another once the lease has run out, and only then', async () => {
    const { rt } = ctx();
    rt.clock.set('2026-11-28T08:00:00.000Z');
    const [id] = await schedule(rt, 'test.orphan', ['orphan-1'], '2026-11-28T08:00:00.000Z');
    if (!id) throw new Error('no timer');
    const claimed = await rt.db.kysely.transaction().execute((trx) =>
      claimDue(trx, rt.db.dialect, {
        now: '2026-11-28T08:00:00.000Z',
        leaseUntil: '2026-11-28T08:05:00.000Z',
        runner: 'dead-server',
        limit: 10,
        maxAttempts: 10,
      }),
    );
    expect(claimed.map((c) => c.id)).toEqual([id]);
    rt.clock.set('2026-11-28T08:04:59.999Z');
    expect(await sibling.runTimers()).toEqual({ fired: 0, failed: 0 });
    expect(await rt.services.timers.runDue()).toEqual({ fired: 0, failed: 0 });
    rt.clock.set('2026-11-28T08:05:00.000Z');
    expect(await sibling.runTimers()).toEqual({ fired: 1, failed: 0 });
    expect(sibling.seen.splice(0).map((s) => s.id)).toEqual([id]);
    expect(await timerRow(rt, id)).toMatchObject({ attempts: 2, fired_at: '2026-11-28T08:05:00.000Z' });
    expect(await rt.services.timers.runDue()).toEqual({ fired: 0, failed: 0 });
    expect(await firedEntries(rt, [id])).toEqual([id]);
  });
});
