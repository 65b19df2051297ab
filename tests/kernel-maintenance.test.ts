/**
 * Daily housekeeping through the kernel: scheduled once however many servers start, fired by the
 * timers at 03:00 Beijing time, run after commit through the outbox, and chained to the next day.
 */
import { expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
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
    rt.clock.advance(1);
    await rt.services.maintenance.ensureScheduled();
    expect(await due()).toEqual([`${MAINTENANCE_KIND}:2026-11-29`, `${MAINTENANCE_KIND}:2026-11-30`]);
  });
});
