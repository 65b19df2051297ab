/**
 * A first load into an empty table builds its secondary indexes after the rows (SQLite only,
 * decision 161): every person is eleven B-tree inserts, eight of them into non-unique indexes on
 * random keys, and building those eight from the loaded table sorts once instead of rewriting
 * random pages at every commit. Unique indexes and primary keys stay, so the exactly-once
 * guarantee (the identity key) is untouched.
 *
 * The dropped indexes' SQL is written to `settings` in the same transaction that drops them, so a
 * process killed during the load leaves a record: the next import (or the server's start) builds
 * them again before anything else. Queries stay correct without them, only slower.
 */
import type { Db } from '../../db/database.js';

const KEY_PREFIX = 'imports.deferred_indexes.';
/** Per connection, the tables whose indexes this process has set aside and is loading now (a restore leaves them alone). */
const loadingBy = new WeakMap<object, Set<string>>();
function loadingOf(db: Db): Set<string> {
  const key = db.sqlite ?? db;
  let set = loadingBy.get(key);
  if (!set) {
    set = new Set();
    loadingBy.set(key, set);
  }
  return set;
}

interface IndexSql {
  name: string;
  sql: string;
}

function isIndexList(v: unknown): v is IndexSql[] {
  return Array.isArray(v) && v.every((i) => typeof i === 'object' && i !== null && 'name' in i && 'sql' in i);
}

/**
 * Each step runs in a Kysely transaction, which waits its turn for the connection, so nothing here
 * ever lands inside another request's open transaction; inside it the raw handle is that connection.
 */
async function step<T>(db: Db, fn: (handle: NonNullable<Db['sqlite']>) => T): Promise<T> {
  const handle = db.sqlite;
  if (!handle) throw new Error('SQLite only');
  return db.kysely.transaction().execute(async () => fn(handle));
}

/** Builds again every index a load set aside and did not rebuild (a crash); returns how many were built. */
export async function restoreDeferredIndexes(db: Db): Promise<number> {
  if (!db.sqlite) return 0;
  const rows = await step(
    db,
    (h) => h.prepare('select key, value from settings where key like ?').all(`${KEY_PREFIX}%`) as Array<{ key: string; value: string }>,
  );
  let built = 0;
  for (const row of rows) {
    const table = row.key.slice(KEY_PREFIX.length);
    if (loadingOf(db).has(table)) continue;
    const parsed: unknown = JSON.parse(row.value);
    // One index per transaction: each build holds the write lock only for its own table scan.
    for (const i of isIndexList(parsed) ? parsed : []) {
      built += await step(db, (h) => {
        if (h.prepare("select 1 from sqlite_master where type = 'index' and name = ?").get(i.name)) return 0;
        h.exec(i.sql);
        return 1;
      });
    }
    await step(db, (h) => h.prepare('delete from settings where key = ?').run(row.key));
  }
  return built;
}

/** True when the SQLite `table` already holds a row (the load goes into a table its indexes stay on); false on PostgreSQL. */
export async function sqliteTableHasRows(db: Db, table: string): Promise<boolean> {
  if (!db.sqlite || !/^[a-z_]+$/.test(table)) return false;
  return step(db, (h) => h.prepare(`select 1 from ${table} limit 1`).get() !== undefined);
}

/**
 * When `table` is empty (SQLite), drops its non-unique secondary indexes and records them; returns
 * the function that builds them again and clears the record (call it however the load ends).
 * Otherwise returns a function that does nothing.
 */
export async function deferIndexesOfEmptyTable(db: Db, table: string, now: string): Promise<() => Promise<void>> {
  const nothing = async () => {};
  if (!db.sqlite || !/^[a-z_]+$/.test(table) || loadingOf(db).has(table)) return nothing;
  await restoreDeferredIndexes(db);
  const deferred = await step(db, (h) => {
    if (h.prepare(`select 1 from ${table} limit 1`).get()) return false;
    const indexes = (
      h.prepare("select name, sql from sqlite_master where type = 'index' and tbl_name = ? and sql is not null").all(table) as IndexSql[]
    ).filter((i) => !/^\s*create\s+unique\b/i.test(i.sql));
    if (!indexes.length) return false;
    h.prepare('insert into settings (key, value, updated_at) values (?, ?, ?) on conflict (key) do update set value = excluded.value').run(
      `${KEY_PREFIX}${table}`,
      JSON.stringify(indexes),
      now,
    );
    for (const i of indexes) h.exec(`drop index "${i.name}"`);
    return true;
  });
  if (!deferred) return nothing;
  loadingOf(db).add(table);
  return async () => {
    loadingOf(db).delete(table);
    await restoreDeferredIndexes(db);
  };
}
