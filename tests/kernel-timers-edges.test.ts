/**
 * Timers at their edges, both databases: a kind with no handler, a timer parked after its tenth
 * try, a due time that is not an instant, `ensure` keeping the first schedule, two calls of
 * `runDue` sharing one run, more due timers than one batch, a timer cancelled after it was claimed,
 * and the runner and actor a handler runs under.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb, type Ctx } from './helpers/runtime.js';
import type { Runtime } from '../src/runtime.js';

const NOW = '2026-11-28T02:00:00.000Z';

async function schedule(rt: Runtime, kind: string, subjects: string[], dueAt: string, payload?: unknown): Promise<string[]> {
  return rt.db.kysely.transaction().execute(async (trx) => {
    const ids: string[] = [];
    for (const s of subjects) ids.push(await rt.services.timers.schedule(trx, kind, s, dueAt, payload));
    return ids;
  });
}

const row = (rt: Runtime, id: string) => rt.db.kysely.selectFrom('timers').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describeEachDb('kernel: timers at their edges', (ctx: () => Ctx) => {
  const seen: string[] = [];
  const leases: Array<{ locked_until: string | null; claimed_by: string | null; requestId: string | null }> = [];
  beforeAll(() => {
    const { rt } = ctx();
    rt.services.timers.on('edge.count', async (w, t) => {
      seen.push(t.id);
      await w.audit({ province: '00', action: 'edge.fired', entityType: 'timer', entityId: t.id });
    });
    rt.services.timers.on('edge.lease', async (w, t) => {
      const held = await w.trx.selectFrom('timers').select(['locked_until', 'claimed_by']).where('id', '=', t.id).executeTakeFirstOrThrow();
      leases.push({ ...held, requestId: w.actor.requestId });
    });
    rt.services.timers.on('edge.broken', () => Promise.reject(new Error('always broken')));
    rt.services.timers.on('edge.cancel', async (w, t) => {
      seen.push(t.id);
      const { other } = t.payload as { other: string };
      await w.trx.updateTable('timers').set({ cancelled_at: NOW }).where('subject_id', '=', other).execute();
    });
  });

  it('a kind with no handler fails with its reason and backs off 30 s', async () => {
    const { rt } = ctx();
    rt.clock.set(NOW);
    const [id] = await schedule(rt, 'edge.unknown', ['nobody'], NOW);
    expect(await rt.services.timers.runDue()).toEqual({ fired: 0, failed: 1 });
    expect(await row(rt, id ?? '')).toMatchObject({
      attempts: 1,
      fired_at: null,
      claimed_by: null,
      locked_until: '2026-11-28T02:00:30.000Z',
      last_error: 'no handler for timer kind edge.unknown',
    });
    await rt.db.kysely
      .updateTable('timers')
      .set({ cancelled_at: NOW })
      .where('id', '=', id ?? '')
      .execute();
  });

  it('a timer is tried ten times, then parked with its last error and never taken again', async () => {
    const { rt } = ctx();
    rt.clock.set(NOW);
    const [id] = await schedule(rt, 'edge.broken', ['parked'], NOW);
    await rt.db.kysely
      .updateTable('timers')
      .set({ attempts: 9 })
      .where('id', '=', id ?? '')
      .execute();
    expect(await rt.services.timers.runDue()).toEqual({ fired: 0, failed: 1 });
    expect(await row(rt, id ?? '')).toMatchObject({ attempts: 10, fired_at: null, last_error: 'always broken' });
    rt.clock.set('2026-12-28T02:00:00.000Z');
    expect(await rt.services.timers.runDue()).toEqual({ fired: 0, failed: 0 });
    expect((await row(rt, id ?? '')).attempts).toBe(10);
  });

  it('refuses a due time that is not an instant; a missing or null payload is stored as {}', async () => {
    const { rt } = ctx();
    await expect(schedule(rt, 'edge.count', ['bad-due'], '2026-11-31T25:00')).rejects.toThrow(
      'timer edge.count: due time is not an instant: 2026-11-31T25:00',
    );
    const [a] = await schedule(rt, 'edge.count', ['no-payload'], '2027-01-01T00:00:00.000Z');
    const [b] = await schedule(rt, 'edge.count', ['null-payload'], '2027-01-01T00:00:00.000Z', null);
    expect((await row(rt, a ?? '')).payload).toBe('{}');
    expect((await row(rt, b ?? '')).payload).toBe('{}');
    for (const id of [a, b])
      await rt.db.kysely
        .deleteFrom('timers')
        .where('id', '=', id ?? '')
        .execute();
  });

  it('ensure schedules a key once: the first schedule stands', async () => {
    const { rt } = ctx();
    const ensure = (due: string, payload?: unknown) =>
      rt.db.kysely
        .transaction()
        .execute((trx) => rt.services.timers.ensure(trx, 'edge.key', 'edge.count', 'keyed', new Date(due), payload));
    expect(await ensure('2027-02-01T00:00:00.000Z', { n: 1 })).toBe(true);
    expect(await ensure('2027-03-01T00:00:00.000Z', { n: 2 })).toBe(false);
    expect(await ensure('2027-04-01T00:00:00.000Z')).toBe(false);
    expect(await row(rt, 'edge.key')).toMatchObject({
      kind: 'edge.count',
      subject_id: 'keyed',
      due_at: '2027-02-01T00:00:00.000Z',
      payload: '{"n":1}',
    });
    expect(
      await rt.db.kysely.transaction().execute((trx) => rt.services.timers.ensure(trx, 'edge.key2', 'edge.count', 'keyed', new Date(NOW))),
    ).toBe(true);
    expect((await row(rt, 'edge.key2')).payload).toBe('{}');
    await rt.db.kysely.deleteFrom('timers').where('id', 'in', ['edge.key', 'edge.key2']).execute();
  });

  it('two calls at once share one run; 120 due timers fire in one call, past the batch of 50', async () => {
    const { rt } = ctx();
    rt.clock.set(NOW);
    seen.length = 0;
    const ids = await schedule(
      rt,
      'edge.count',
      Array.from({ length: 120 }, (_, i) => `many-${i}`),
      NOW,
    );
    const [a, b] = await Promise.all([rt.services.timers.runDue(), rt.services.timers.runDue()]);
    expect(a).toEqual({ fired: 120, failed: 0 });
    expect(b).toEqual(a);
    expect(new Set(seen)).toEqual(new Set(ids));
    expect(seen).toHaveLength(120);
    // The shared run has ended: a later call starts a new one.
    const [late] = await schedule(rt, 'edge.count', ['late'], NOW);
    expect(await rt.services.timers.runDue()).toEqual({ fired: 1, failed: 0 });
    expect(seen.at(-1)).toBe(late);
  });

  it('a timer cancelled after it was claimed does not fire and is not counted', async () => {
    const { rt } = ctx();
    rt.clock.set(NOW);
    seen.length = 0;
    // Both are claimed in one batch; the first (earlier due) cancels the second before it fires.
    const [first] = await schedule(rt, 'edge.cancel', ['canceller'], '2026-11-28T01:00:00.000Z', { other: 'cancelled-later' });
    const [second] = await schedule(rt, 'edge.count', ['cancelled-later'], '2026-11-28T01:30:00.000Z');
    expect(await rt.services.timers.runDue()).toEqual({ fired: 1, failed: 0 });
    expect(seen).toEqual([first]);
    expect(await row(rt, second ?? '')).toMatchObject({ fired_at: null, cancelled_at: NOW });
  });

  it('a handler runs under its runner, with the lease ended, and acts as timer:<kind>', async () => {
    const { rt } = ctx();
    rt.clock.set(NOW);
    const [id] = await schedule(rt, 'edge.lease', ['lease'], NOW);
    leases.length = 0;
    expect(await rt.services.timers.runDue()).toEqual({ fired: 1, failed: 0 });
    expect(leases).toEqual([{ locked_until: null, claimed_by: expect.stringMatching(/\S/), requestId: 'timer:edge.lease' }]);
    expect(await row(rt, id ?? '')).toMatchObject({ locked_until: null, fired_at: NOW });
  });
});
