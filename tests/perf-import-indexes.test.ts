/**
 * Issue 8 point 2, decision 161: a first load into an empty SQLite table builds the table's
 * non-unique indexes after the rows; a load into a table that holds rows keeps them; a load that
 * fails still ends with every index; a process killed during the load leaves a record that the
 * next start (restoreDeferredIndexes) builds from. PostgreSQL keeps its indexes (nothing deferred).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestRuntime, type TestRuntime } from './helpers/runtime.js';
import { SYNTHETIC_CSV_HEADER, syntheticCsvLine, syntheticPeople } from '../src/demo/synthetic-people.js';
import { systemActor } from '../src/modules/actor.js';
import { openSqlite } from '../src/db/database.js';
import { restoreDeferredIndexes } from '../src/modules/imports/index.js';
import { deferIndexesOfEmptyTable } from '../src/modules/imports/bulk-indexes.js';

const csv = (from: number, n: number) =>
  Buffer.from([SYNTHETIC_CSV_HEADER, ...Array.from(syntheticPeople(n, 5, from), (p) => syntheticCsvLine(p)), ''].join('\n'));

/** The eight non-unique indexes of people (migration 0003) and its unique ones. */
const SECONDARY = [
  'people_employment',
  'people_hukou',
  'people_initials',
  'people_insured',
  'people_merged_into',
  'people_name',
  'people_phone_index',
  'people_pinyin',
  'people_residence',
];

function indexesOf(rt: TestRuntime): string[] {
  const rows = rt.db.sqlite
    ?.prepare("select name from sqlite_master where type = 'index' and tbl_name = 'people' and sql is not null order by name")
    .all() as Array<{ name: string }>;
  return rows.map((r) => r.name);
}

describe('indexes built after a first load (SQLite)', () => {
  let rt: TestRuntime;
  beforeEach(async () => {
    rt = await openTestRuntime('sqlite');
  });
  afterEach(async () => {
    await rt.close();
  });

  const load = (data: Buffer, engine: Record<string, unknown>, seen: string[][]) =>
    rt.services.imports.start({ ...systemActor(), jurisdiction: '' }, 'people', { name: 'p.csv', data }, 'insert', {
      foreground: true,
      engine: { batchSize: 10, workers: 0, onProgress: () => seen.push(indexesOf(rt)), ...engine },
    });

  it('drops the secondary indexes of an empty table during the load and has them all after it', async () => {
    const before = indexesOf(rt);
    expect(before.filter((n) => SECONDARY.includes(n)).sort()).toEqual(SECONDARY);
    const seen: string[][] = [];
    const first = await load(csv(0, 25), {}, seen);
    expect(first.ok && first.value).toMatchObject({ status: 'done', created: 25 });
    // Three batches of 10, 10 and 5: none of them saw a secondary index.
    expect(seen).toHaveLength(3);
    for (const s of seen) expect(s.filter((n) => SECONDARY.includes(n))).toEqual([]);
    expect(indexesOf(rt)).toEqual(before);
    const record = await rt.db.kysely.selectFrom('settings').select('key').where('key', 'like', 'imports.deferred_indexes.%').execute();
    expect(record).toEqual([]);

    // The table now holds rows: the next load keeps every index throughout.
    const again: string[][] = [];
    const second = await load(csv(25, 12), {}, again);
    expect(second.ok && second.value).toMatchObject({ status: 'done', created: 12 });
    expect(again).toHaveLength(2);
    for (const s of again) expect(s).toEqual(before);
  });

  it('into a table that holds rows: 50,000 rows a commit and a 256 MiB page cache; a first load 10,000 and 64 MiB (decision 237)', async () => {
    const cache = () => Number(rt.db.sqlite?.pragma('cache_size', { simple: true }));
    const firstCache: number[] = [];
    const first = await load(csv(0, 5), { batchSize: undefined, onProgress: () => firstCache.push(cache()) }, []);
    expect(first.ok && first.value).toMatchObject({ status: 'done', created: 5 });
    expect(firstCache).toEqual([-65_536]);
    // 50,001 rows into the 5: one commit of 50,000 and one of 1 (the first-load size would make six).
    const commits: number[] = [];
    const into = await load(
      csv(5, 50_001),
      { batchSize: undefined, onProgress: (p: { processed: number }) => commits.push(p.processed) },
      [],
    );
    expect(into.ok && into.value).toMatchObject({ status: 'done', created: 50_001 });
    expect(commits).toEqual([50_000, 50_001]);
    const intoCache: number[] = [];
    await load(csv(50_006, 3), { batchSize: undefined, onProgress: () => intoCache.push(cache()) }, []);
    expect(intoCache).toEqual([-262_144]);
  });

  it('builds them again when the load fails, and a re-run loses and duplicates nothing', async () => {
    const before = indexesOf(rt);
    const failed = await load(csv(0, 25), { failAfterRows: 15 }, []);
    expect(failed.ok && failed.value).toMatchObject({ status: 'failed', created: 10 });
    expect(indexesOf(rt)).toEqual(before);
    const rerun = await load(csv(0, 25), {}, []);
    expect(rerun.ok && rerun.value).toMatchObject({ status: 'done', unchanged: 10, created: 15 });
    const n = await rt.db.kysely
      .selectFrom('people')
      .select((e) => e.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(25);
  });

  it('after a process died mid-load, the next start builds the indexes from the record', async () => {
    const before = indexesOf(rt);
    // The load's process sets the indexes aside and is "killed": its rebuild never runs.
    const neverCalled = await deferIndexesOfEmptyTable(rt.db, 'people', '2026-11-28T02:00:00.000Z');
    expect(typeof neverCalled).toBe('function');
    expect(indexesOf(rt).filter((n) => SECONDARY.includes(n))).toEqual([]);
    // Another process on the same file (a new connection) starts and restores them.
    const next = openSqlite(rt.config.sqliteFile);
    try {
      expect(await restoreDeferredIndexes(next)).toBe(SECONDARY.length);
      expect(await restoreDeferredIndexes(next)).toBe(0);
    } finally {
      await next.destroy();
    }
    expect(indexesOf(rt)).toEqual(before);
  });
});
