/**
 * The outbox after commit: messages are claimed with a lease in one short transaction, delivered
 * outside any transaction, then marked done; failures wait out an exponential back-off; two app
 * servers draining the same database deliver each message once.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { startSibling, type Sibling } from './helpers/sibling.js';
import type { Runtime } from '../src/runtime.js';
import { systemActor } from '../src/modules/actor.js';
import { claimBatch } from '../src/modules/system/outbox.repository.js';

async function enqueueMany(rt: Runtime, topic: string, n: number): Promise<void> {
  await rt.db.kysely.transaction().execute(async (trx) => {
    for (let i = 0; i < n; i++) await rt.services.outbox.enqueue(trx, topic, JSON.stringify({ n: i }));
  });
}

async function rowsOf(rt: Runtime, topic: string) {
  return rt.db.kysely.selectFrom('outbox').selectAll().where('topic', '=', topic).orderBy('id').execute();
}

describeEachDb('kernel: outbox', (ctx) => {
  let sibling: Sibling;
  beforeAll(async () => {
    sibling = await startSibling(ctx().rt, { topics: ['test.race', 'test.slow', 'test.orphan'], kinds: [] });
  });
  afterAll(async () => {
    await sibling.close();
  });

  it('two app servers draining at the same time deliver each of 100 messages exactly once, with its id', async () => {
    const { rt } = ctx();
    rt.clock.set('2026-11-28T02:00:00.000Z');
    const seen: number[] = [];
    rt.services.outbox.on('test.race', async (_payload, message) => {
      seen.push(message.id);
    });
    await enqueueMany(rt, 'test.race', 100);
    const [a, b] = await Promise.all([rt.services.outbox.drain(), sibling.drain()]);
    const all = [...seen, ...sibling.seen.filter((s) => s.key === 'test.race').map((s) => Number(s.id))];
    expect(a + b).toBe(100);
    expect(all).toHaveLength(100);
    const rows = await rowsOf(rt, 'test.race');
    expect(new Set(all)).toEqual(new Set(rows.map((r) => r.id)));
    expect(rows.every((r) => r.done_at === '2026-11-28T02:00:00.000Z' && r.locked_until === null && r.attempts === 1)).toBe(true);
    // Nothing is left for a later drain on either server.
    expect(await rt.services.outbox.drain()).toBe(0);
    expect(await sibling.drain()).toBe(0);
    expect(seen.length + sibling.seen.filter((x) => x.key === 'test.race').length).toBe(100);
  });

  it('delivers after the claim has committed and outside any transaction: the handler may write in its own', async () => {
    const { rt } = ctx();
    rt.clock.set('2026-11-28T02:10:00.000Z');
    const observed: Array<{ claimedBy: string | null; lockedUntil: string | null; doneAt: string | null }> = [];
    rt.services.outbox.on('test.outside', async (_payload, message) => {
      // Another connection (SQLite: the same one, which a held transaction would block) sees the claim.
      const row = await rt.db.kysely
        .selectFrom('outbox')
        .select(['claimed_by', 'locked_until', 'done_at'])
        .where('id', '=', message.id)
        .executeTakeFirstOrThrow();
      observed.push({ claimedBy: row.claimed_by, lockedUntil: row.locked_until, doneAt: row.done_at });
      await rt.db.kysely.transaction().execute((trx) =>
        rt.services.audit.record(trx, systemActor(), {
          province: '00',
          action: 'test.delivered',
          entityType: 'outbox',
          entityId: String(message.id),
        }),
      );
    });
    await enqueueMany(rt, 'test.outside', 1);
    expect(await rt.services.outbox.drain()).toBe(1);
    expect(observed).toHaveLength(1);
    expect(observed[0]?.claimedBy).toEqual(expect.any(String));
    // The lease: five minutes from the claim.
    expect(observed[0]?.lockedUntil).toBe('2026-11-28T02:15:00.000Z');
    expect(observed[0]?.doneAt).toBeNull();
    const [row] = await rowsOf(rt, 'test.outside');
    expect(row?.done_at).toBe('2026-11-28T02:10:00.000Z');
    expect((await rt.services.audit.history('outbox', String(row?.id))).map((e) => e.action)).toEqual(['test.delivered']);
  }, 20_000);

  it('retries a failed delivery only after its back-off (10 s, then 20 s), with the same message id', async () => {
    const { rt } = ctx();
    rt.clock.set('2026-11-28T03:00:00.000Z');
    const calls: number[] = [];
    let failures = 2;
    rt.services.outbox.on('test.flaky', async (_payload, message) => {
      calls.push(message.id);
      if (failures-- > 0) throw new Error('gateway down');
    });
    await enqueueMany(rt, 'test.flaky', 1);
    expect(await rt.services.outbox.drain()).toBe(0);
    let [row] = await rowsOf(rt, 'test.flaky');
    expect(row).toMatchObject({
      attempts: 1,
      next_attempt_at: '2026-11-28T03:00:10.000Z',
      last_error: 'gateway down',
      done_at: null,
      locked_until: null,
    });
    // Not yet: one millisecond before the back-off ends.
    rt.clock.set('2026-11-28T03:00:09.999Z');
    expect(await rt.services.outbox.drain()).toBe(0);
    expect(calls).toHaveLength(1);
    rt.clock.set('2026-11-28T03:00:10.000Z');
    expect(await rt.services.outbox.drain()).toBe(0);
    [row] = await rowsOf(rt, 'test.flaky');
    expect(row).toMatchObject({ attempts: 2, next_attempt_at: '2026-11-28T03:00:30.000Z', done_at: null });
    rt.clock.set('2026-11-28T03:00:29.999Z');
    expect(await rt.services.outbox.drain()).toBe(0);
    rt.clock.set('2026-11-28T03:00:30.000Z');
    expect(await rt.services.outbox.drain()).toBe(1);
    [row] = await rowsOf(rt, 'test.flaky');
    expect(row).toMatchObject({ attempts: 3, done_at: '2026-11-28T03:00:30.000Z' });
    expect(calls).toEqual([row?.id, row?.id, row?.id]);
  });

  it('a message another server holds is not delivered again while that delivery runs', async () => {
    const { rt } = ctx();
    rt.clock.set('2026-11-28T04:00:00.000Z');
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let started: () => void = () => undefined;
    const inHandler = new Promise<void>((resolve) => {
      started = resolve;
    });
    const deliveries: string[] = [];
    rt.services.outbox.on('test.slow', async () => {
      deliveries.push('a');
      started();
      await held;
    });
    await enqueueMany(rt, 'test.slow', 1);
    const first = rt.services.outbox.drain();
    await inHandler;
    // While server a is delivering, server b drains: the message is leased to a.
    expect(await sibling.drain()).toBe(0);
    release();
    expect(await first).toBe(1);
    // Marked done before any lease could expire: nobody delivers it again, even much later.
    rt.clock.set('2026-11-28T05:00:00.000Z');
    expect(await sibling.drain()).toBe(0);
    expect(deliveries).toEqual(['a']);
    expect(sibling.seen.filter((x) => x.key === 'test.slow')).toEqual([]);
  });

  it('a message claimed by a server that died is delivered by another once the lease has run out', async () => {
    const { rt } = ctx();
    rt.clock.set('2026-11-28T06:00:00.000Z');
    await enqueueMany(rt, 'test.orphan', 1);
    // A server claims the message (lease until 06:05) and dies before delivering it.
    const claimed = await rt.db.kysely.transaction().execute((trx) =>
      claimBatch(trx, rt.db.dialect, {
        now: '2026-11-28T06:00:00.000Z',
        leaseUntil: '2026-11-28T06:05:00.000Z',
        runner: 'dead-server',
        limit: 10,
        maxAttempts: 8,
      }),
    );
    expect(claimed.filter((m) => m.topic === 'test.orphan')).toHaveLength(1);
    rt.clock.set('2026-11-28T06:04:59.999Z');
    expect(await sibling.drain()).toBe(0);
    rt.clock.set('2026-11-28T06:05:00.000Z');
    expect(await sibling.drain()).toBe(1);
    const [row] = await rowsOf(rt, 'test.orphan');
    expect(row).toMatchObject({ attempts: 2, done_at: '2026-11-28T06:05:00.000Z' });
    expect(sibling.seen.filter((x) => x.key === 'test.orphan').map((x) => Number(x.id))).toEqual([row?.id]);
  });
});
