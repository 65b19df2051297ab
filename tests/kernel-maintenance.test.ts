/**
 * Daily housekeeping through the kernel: scheduled once however many servers start, fired by the
 * timers at 03:00 Beijing time, run after commit through the outbox, and chained to the next day.
 */
import { expect, it } from 'vitest';
import { describeEachDb, type Ctx } from './helpers/runtime.js';
import { dueOn, MAINTENANCE_KIND } from '../src/modules/kernel/maintenance.js';

describeEachDb('kernel daily maintenance', (ctx) => {
  async function pending(): Promise<Array<{ id: string; due_at: string }>> {
    const db = ctx().rt.services.deps.db.kysely;
    return db
      .selectFrom('timers')
      .select(['id', 'due_at'])
      .where('kind', '=', MAINTENANCE_KIND)
      .where('fired_at', 'is', null)
      .orderBy('due_at')
      .execute();
  }

  it('puts 03:00 Beijing time at 19:00 UTC the day before', () => {
    expect(dueOn('2026-11-29').toISOString()).toBe('2026-11-28T19:00:00.000Z');
  });

  it('schedules one run however often servers start, and chains the next day when it fires', async () => {
    const { rt } = ctx();
    const s = rt.services;
    // The test clock stands at 2026-11-28T02:00Z = 10:00 Beijing, after today's 03:00: tomorrow's run.
    await s.maintenance.ensureScheduled();
    await s.maintenance.ensureScheduled();
    expect(await pending()).toEqual([{ id: `${MAINTENANCE_KIND}:2026-11-29`, due_at: '2026-11-28T19:00:00.000Z' }]);

    const db = s.deps.db.kysely;
    // An idempotency key 49 hours old (kept 48) and one 47 hours old.
    await db
      .insertInto('idempotency_keys')
      .values([
        { key: 'u1:old', request_hash: 'h', status_code: 200, response: '{}', created_at: '2026-11-26T18:59:59.000Z' },
        { key: 'u1:young', request_hash: 'h', status_code: 200, response: '{}', created_at: '2026-11-27T00:00:00.000Z' },
      ])
      .execute();

    rt.clock.advance(17 * 3_600_000 - 1); // 18:59:59.999Z: one millisecond early
    expect((await s.timers.runDue()).fired).toBe(0);
    rt.clock.advance(1);
    expect((await s.timers.runDue()).fired).toBe(1);
    expect(await pending()).toEqual([{ id: `${MAINTENANCE_KIND}:2026-11-30`, due_at: '2026-11-29T19:00:00.000Z' }]);
    await s.outbox.drain();
    const keys = (await db.selectFrom('idempotency_keys').select('key').where('key', 'like', 'u1:%').orderBy('key').execute()).map(
      (r) => r.key,
    );
    expect(keys).toEqual(['u1:young']);
    const audit = await db.selectFrom('audit_log').select(['action', 'entity_id']).where('action', '=', 'maintenance.scheduled').execute();
    expect(audit).toEqual([{ action: 'maintenance.scheduled', entity_id: '2026-11-29' }]);
  });
});

describeEachDb('kernel daily maintenance: the day of the first run', (ctx) => {
  it("before 03:00 Beijing time a start schedules today's run; from 03:00 exactly, tomorrow's", async () => {
    const { rt } = ctx();
    const due = async () =>
      (await rt.services.deps.db.kysely.selectFrom('timers').select('id').where('kind', '=', MAINTENANCE_KIND).orderBy('id').execute()).map(
        (r) => r.id,
      );
    // 2026-11-28T18:59:59.999Z is 02:59:59.999 on the 29th in Beijing.
    rt.clock.advance(17 * 3_600_000 - 1);
    await rt.services.maintenance.ensureScheduled();
    expect(await due()).toEqual([`${MAINTENANCE_KIND}:2026-11-29`]);
    const first = await rt.services.deps.db.kysely
      .selectFrom('timers')
      .select(['subject_id', 'payload'])
      .where('id', '=', `${MAINTENANCE_KIND}:2026-11-29`)
      .executeTakeFirstOrThrow();
    expect(first).toEqual({ subject_id: 'maintenance', payload: '{"date":"2026-11-29"}' });
    rt.clock.advance(1);
    await rt.services.maintenance.ensureScheduled();
    expect(await due()).toEqual([`${MAINTENANCE_KIND}:2026-11-29`, `${MAINTENANCE_KIND}:2026-11-30`]);
  });
});

/** One case on a runtime of its own (the test clock starts again at 2026-11-28T02:00Z, 10:00 Beijing). */
function firing(name: string, body: (ctx: () => Ctx) => Promise<void>): void {
  describeEachDb(`kernel daily maintenance: ${name}`, (ctx) => {
    it(name, () => body(ctx));
  });
}
const kysely = (ctx: () => Ctx) => ctx().rt.services.deps.db.kysely;
const timerRow = (ctx: () => Ctx, id: string) =>
  kysely(ctx).selectFrom('timers').select(['kind', 'subject_id', 'due_at', 'payload', 'fired_at']).where('id', '=', id).executeTakeFirst();

firing('the chained day, the run message and the audit entry of a firing', async (ctx) => {
  const { rt } = ctx();
  await rt.services.maintenance.ensureScheduled();
  rt.clock.advance(17 * 3_600_000); // 2026-11-28T19:00Z, 03:00 on the 29th in Beijing
  expect(await rt.services.timers.runDue()).toEqual({ fired: 1, failed: 0 });
  expect(await timerRow(ctx, `${MAINTENANCE_KIND}:2026-11-30`)).toEqual({
    kind: MAINTENANCE_KIND,
    subject_id: 'maintenance',
    due_at: '2026-11-29T19:00:00.000Z',
    payload: '{"date":"2026-11-30"}',
    fired_at: null,
  });
  const sent = await kysely(ctx).selectFrom('outbox').select(['topic', 'payload']).where('topic', 'like', 'maintenance.%').execute();
  expect(sent).toEqual([{ topic: 'maintenance.run', payload: '{"date":"2026-11-29"}' }]);
  const entry = await kysely(ctx)
    .selectFrom('audit_log')
    .select(['province', 'action', 'entity_type', 'entity_id', 'details'])
    .where('action', '=', 'maintenance.scheduled')
    .executeTakeFirstOrThrow();
  expect({ ...entry, details: JSON.parse(entry.details) as unknown }).toEqual({
    province: '00',
    action: 'maintenance.scheduled',
    entity_type: 'maintenance',
    entity_id: '2026-11-29',
    details: { next: '2026-11-30' },
  });
});

firing("a run fired days late chains from its own date, not from the clock's", async (ctx) => {
  const { rt } = ctx();
  await rt.services.maintenance.ensureScheduled();
  rt.clock.advance(3 * 86_400_000); // 2026-12-01T02:00Z: the 29th's run is two days overdue
  expect((await rt.services.timers.runDue()).fired).toBe(1);
  const ids = (await kysely(ctx).selectFrom('timers').select('id').where('kind', '=', MAINTENANCE_KIND).orderBy('id').execute()).map(
    (r) => r.id,
  );
  expect(ids).toEqual([`${MAINTENANCE_KIND}:2026-11-29`, `${MAINTENANCE_KIND}:2026-11-30`]);
});

firing('a timer whose payload holds no date string runs for the business day of the clock', async (ctx) => {
  const { rt } = ctx();
  // Written by hand as an older release or an administrator might have: no usable date.
  const payloads = ['null', '"2026-11-20"', '{"date":5}', '{}'];
  await kysely(ctx)
    .insertInto('timers')
    .values(
      payloads.map((payload, i) => ({
        id: `odd-${i}`,
        kind: MAINTENANCE_KIND,
        subject_id: 'maintenance',
        due_at: '2026-11-28T01:00:00.000Z',
        payload,
        created_at: '2026-11-28T00:00:00.000Z',
        fired_at: null,
        cancelled_at: null,
        attempts: 0,
        last_error: null,
        locked_until: null,
        claimed_by: null,
      })),
    )
    .execute();
  // The clock stands at 2026-11-28T02:00Z, 10:00 Beijing on the 28th.
  expect((await rt.services.timers.runDue()).failed).toBe(0);
  const fired = await kysely(ctx)
    .selectFrom('timers')
    .select('id')
    .where('id', 'like', 'odd-%')
    .where('fired_at', 'is not', null)
    .execute();
  expect(fired).toHaveLength(4);
  expect((await timerRow(ctx, `${MAINTENANCE_KIND}:2026-11-29`))?.payload).toBe('{"date":"2026-11-29"}');
  const days = await kysely(ctx).selectFrom('audit_log').select('entity_id').where('action', '=', 'maintenance.scheduled').execute();
  expect(days.map((d) => d.entity_id)).toEqual(['2026-11-28', '2026-11-28', '2026-11-28', '2026-11-28']);
});

firing('every task run when told to, each named with its count', async (ctx) => {
  const { rt } = ctx();
  const counts = await rt.services.maintenance.runNow();
  expect(Object.keys(counts).sort()).toEqual(['expiredTokens', 'idempotencyKeys', 'importSources', 'jobsChangeLog']);
  expect(Object.values(counts).every((n) => n === 0)).toBe(true);
});

firing('the delivered run message runs the tasks', async (ctx) => {
  const { rt } = ctx();
  await kysely(ctx)
    .insertInto('idempotency_keys')
    .values({ key: 'u2:old', request_hash: 'h', status_code: 200, response: '{}', created_at: '2026-11-20T00:00:00.000Z' })
    .execute();
  await rt.services.maintenance.ensureScheduled();
  rt.clock.advance(17 * 3_600_000);
  await rt.services.timers.runDue();
  const left = () => kysely(ctx).selectFrom('idempotency_keys').select('key').where('key', '=', 'u2:old').execute();
  expect(await left()).toHaveLength(1);
  await rt.services.outbox.drain();
  expect(await left()).toEqual([]);
});
