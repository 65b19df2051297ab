import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRateCounter } from '../src/modules/system/index.js';
import { availableDialects, openTestRuntime, type TestRuntime } from './helpers/runtime.js';

/**
 * The request counts shared by app servers on PostgreSQL (decision 231): fixed windows aligned to
 * the clock, one row per (key, window), windows that are over pruned by the counting servers.
 */
for (const dialect of availableDialects()) {
  describe(`rate counts in the database [${dialect}]`, () => {
    let rt: TestRuntime | undefined;
    beforeAll(async () => {
      rt = await openTestRuntime(dialect);
    });
    afterAll(async () => {
      await rt?.close();
    });
    const rows = () =>
      rt!.db.kysely.selectFrom('rate_limit_hits').select(['key', 'window_start', 'hits']).orderBy('key').orderBy('window_start').execute();

    it('counts each key within its minute and prunes the minutes that are over', async () => {
      const { db, clock } = rt!;
      // 15 s into the minute that starts at 02:00:00 UTC.
      clock.set('2026-11-28T02:00:15.000Z');
      const minute = Date.parse('2026-11-28T02:00:00.000Z');
      const counter = createRateCounter({ db, clock });
      expect(await counter.hit('a', 60_000)).toEqual({ hits: 1, resetInMs: 45_000 });
      expect(await counter.hit('a', 60_000)).toEqual({ hits: 2, resetInMs: 45_000 });
      expect(await counter.hit('b', 60_000)).toEqual({ hits: 1, resetInMs: 45_000 });
      expect(await rows()).toEqual([
        { key: 'a', window_start: minute, hits: 2 },
        { key: 'b', window_start: minute, hits: 1 },
      ]);

      // A minute later: a new window, and this hit (the first of the minute) prunes the old ones.
      clock.advance(60_000);
      expect(await counter.hit('a', 60_000)).toEqual({ hits: 1, resetInMs: 45_000 });
      expect(await rows()).toEqual([{ key: 'a', window_start: minute + 60_000, hits: 1 }]);
      expect(await counter.prune()).toBe(0);

      // Once that window is over too, an explicit prune takes it.
      clock.advance(45_000);
      expect(await counter.prune()).toBe(1);
      expect(await rows()).toEqual([]);
    });
  });
}
