/**
 * Bulk writes of an import batch. On SQLite one prepared single-row statement per table, cached per
 * connection and run inside the caller's Kysely transaction (the same connection): building and
 * preparing a new 500-row multi-VALUES statement for every chunk cost more than the inserts
 * themselves (docs/decisions/092). On PostgreSQL, with a bulk loader (the import engine's held
 * connection), the batch's identity keys are copied into a temporary staging table and claimed with
 * one `insert … select … on conflict do nothing returning`, and the claimed people are loaded with
 * `COPY` (decision 232); without one, the multi-row statements of person.repository.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { copyTextValue } from '../../db/pg-copy.js';
import type { BulkLoad } from '../imports/index.js';
import type { PersonRow } from './person.table.js';
import { claimIdentities, insertPeople, type Q } from './person.repository.js';

/** Every column of people, in one fixed order (checked against PersonRow below). */
const PEOPLE_COLUMNS = [
  'id',
  'province',
  'name',
  'name_pinyin',
  'name_initials',
  'id_enc',
  'id_index',
  'sex',
  'birth_date',
  'phone_enc',
  'phone_index',
  'bank_enc',
  'bank_index',
  'hukou_code',
  'residence_code',
  'employment_code',
  'insured_code',
  'poverty_registered',
  'poverty_from',
  'poverty_to',
  'dibao',
  'dibao_from',
  'dibao_to',
  'education',
  'willing_to_go_out',
  'expected_wage_fen',
  'skills',
  'merged_into',
  'version',
  'created_at',
  'updated_at',
  'id_masked',
  'phone_masked',
] as const satisfies ReadonlyArray<keyof PersonRow>;

/** Fails to compile when PersonRow gains a column the list above lacks. */
type Missing = Exclude<keyof PersonRow, (typeof PEOPLE_COLUMNS)[number]>;
const complete: [Missing] extends [never] ? true : never = true;
void complete;

interface Statements {
  person: BetterSqlite3.Statement;
  identity: BetterSqlite3.Statement;
}

const prepared = new WeakMap<BetterSqlite3.Database, Statements>();

function statements(handle: BetterSqlite3.Database): Statements {
  let s = prepared.get(handle);
  if (!s) {
    s = {
      person: handle.prepare(`insert into people (${PEOPLE_COLUMNS.join(', ')}) values (${PEOPLE_COLUMNS.map(() => '?').join(', ')})`),
      identity: handle.prepare('insert into person_identities (id_index, person_id) values (?, ?) on conflict (id_index) do nothing'),
    };
    prepared.set(handle, s);
  }
  return s;
}

/**
 * Claims the rows' ID blind indexes and inserts the people whose index this call claimed (others
 * are held already, by another person or an earlier row of the batch). Returns the claimed indexes.
 * Must run inside a transaction on `q`; on SQLite `db.sqlite` is that transaction's connection.
 */
export async function claimAndInsertPeople(q: Q, db: Db, rows: PersonRow[], bulk?: BulkLoad): Promise<Set<string>> {
  const handle = db.sqlite;
  if (!handle && bulk) return copyPeople(q, bulk, rows);
  if (!handle) {
    const claimed = await claimIdentities(
      q,
      rows.map((r) => ({ id_index: r.id_index, person_id: r.id })),
    );
    await insertPeople(
      q,
      rows.filter((r) => claimed.has(r.id_index)),
    );
    return claimed;
  }
  const { person, identity } = statements(handle);
  const claimed = new Set<string>();
  const values: Array<string | number | null> = new Array<string | number | null>(PEOPLE_COLUMNS.length);
  for (const r of rows) {
    if (identity.run(r.id_index, r.id).changes !== 1) continue;
    claimed.add(r.id_index);
    for (let i = 0; i < PEOPLE_COLUMNS.length; i++) {
      const c = PEOPLE_COLUMNS[i];
      values[i] = c === undefined ? null : r[c];
    }
    person.run(values);
  }
  return claimed;
}

/**
 * PostgreSQL through COPY, inside the caller's transaction on the loader's connection. The staging
 * table is temporary (this session only) and emptied at every commit; a rolled-back batch takes its
 * claims and its people with it, so a re-run after a kill neither loses nor duplicates a person.
 */
async function copyPeople(q: Q, bulk: BulkLoad, rows: PersonRow[]): Promise<Set<string>> {
  if (!rows.length) return new Set();
  await sql`create temporary table if not exists import_identity_stage (id_index text not null, person_id text not null) on commit delete rows`.execute(
    q,
  );
  let stage = '';
  for (const r of rows) stage += `${copyTextValue(r.id_index)}\t${copyTextValue(r.id)}\n`;
  await bulk.copyIn('copy import_identity_stage (id_index, person_id) from stdin', stage);
  const got = await sql<{ id_index: string }>`insert into person_identities (id_index, person_id)
    select id_index, person_id from import_identity_stage on conflict (id_index) do nothing returning id_index`.execute(q);
  const claimed = new Set(got.rows.map((r) => r.id_index));
  let data = '';
  for (const r of rows) {
    if (!claimed.has(r.id_index)) continue;
    let line = '';
    for (let i = 0; i < PEOPLE_COLUMNS.length; i++) {
      const c = PEOPLE_COLUMNS[i];
      line += (i ? '\t' : '') + copyTextValue(c === undefined ? null : r[c]);
    }
    data += `${line}\n`;
  }
  if (data) await bulk.copyIn(`copy people (${PEOPLE_COLUMNS.join(', ')}) from stdin`, data);
  return claimed;
}
