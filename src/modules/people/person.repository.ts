/** All SQL of people and the national identity reference table. */
import { sql, type Kysely, type Transaction, type Selectable } from 'kysely';
import type { Database } from '../../db/schema.js';
import { compiledQuery } from '../../db/compiled.js';
import type { PersonDataColumns, PersonRow } from './person.table.js';

export type Q = Kysely<Database> | Transaction<Database>;
export type Person = Selectable<PersonRow>;

/** Rows per multi-row INSERT: ~30 columns each stays under SQLite's and PostgreSQL's parameter limits. */
export const INSERT_CHUNK = 500;

// Every signed-in read of a person: compiled once (decision 167).
const byId = compiledQuery(1, (q, id: string) => q.selectFrom('people').selectAll().where('id', '=', id));

export async function findPersonById(q: Q, id: string): Promise<Person | undefined> {
  return (await byId(q, id)).rows[0];
}

/**
 * Reads and locks the records a merge joins, in id order so two merges of the same pair cannot
 * deadlock (PostgreSQL row locks; SQLite's write transactions are already serial).
 */
export async function lockPeopleForMerge(q: Q, dialect: 'sqlite' | 'postgres', ids: readonly string[]): Promise<Person[]> {
  const query = q
    .selectFrom('people')
    .selectAll()
    .where('id', 'in', [...ids])
    .orderBy('id');
  return (dialect === 'postgres' ? query.forUpdate() : query).execute();
}

/** The people with these ids (any order; ids not found are left out), in chunks the drivers accept. */
export async function findPeopleByIds(q: Q, ids: readonly string[]): Promise<Person[]> {
  const out: Person[] = [];
  for (let i = 0; i < ids.length; i += INSERT_CHUNK) {
    out.push(
      ...(await q
        .selectFrom('people')
        .selectAll()
        .where('id', 'in', ids.slice(i, i + INSERT_CHUNK))
        .execute()),
    );
  }
  return out;
}

/** The person registered with an ID blind index (through the identity table). */
export async function findIdentity(q: Q, idIndex: string): Promise<{ id_index: string; person_id: string } | undefined> {
  return q.selectFrom('person_identities').selectAll().where('id_index', '=', idIndex).executeTakeFirst();
}

/** The live people registered under several blind indexes, in ONE query (import batches). */
export async function findByIdIndexes(q: Q, idIndexes: string[]): Promise<Person[]> {
  if (idIndexes.length === 0) return [];
  const out: Person[] = [];
  for (let i = 0; i < idIndexes.length; i += 30_000) {
    const part = idIndexes.slice(i, i + 30_000);
    out.push(
      ...(await q
        .selectFrom('person_identities')
        .innerJoin('people', 'people.id', 'person_identities.person_id')
        .selectAll('people')
        .where('person_identities.id_index', 'in', part)
        .execute()),
    );
  }
  return out;
}

/** Inserts people with multi-row statements (identity rows are claimed first, see claimIdentities). */
export async function insertPeople(q: Q, rows: PersonRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK)
    await q
      .insertInto('people')
      .values(rows.slice(i, i + INSERT_CHUNK))
      .execute();
}

/** Claims many ID blind indexes at once; returns those this call claimed (others are held already). */
export async function claimIdentities(q: Q, rows: Array<{ id_index: string; person_id: string }>): Promise<Set<string>> {
  const claimed = new Set<string>();
  for (let i = 0; i < rows.length; i += 5000) {
    const got = await q
      .insertInto('person_identities')
      .values(rows.slice(i, i + 5000))
      .onConflict((oc) => oc.column('id_index').doNothing())
      .returning('id_index')
      .execute();
    for (const r of got) claimed.add(r.id_index);
  }
  return claimed;
}

/** Claims an ID blind index; false when another person holds it (the unique key decides under concurrency). */
export async function claimIdentity(q: Q, idIndex: string, personId: string): Promise<boolean> {
  const r = await q
    .insertInto('person_identities')
    .values({ id_index: idIndex, person_id: personId })
    .onConflict((oc) => oc.column('id_index').doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function releaseIdentity(q: Q, idIndex: string, personId: string): Promise<void> {
  await q.deleteFrom('person_identities').where('id_index', '=', idIndex).where('person_id', '=', personId).execute();
}

export async function insertPerson(q: Q, row: PersonRow): Promise<void> {
  await q.insertInto('people').values(row).execute();
}

/** Updates data columns when the version matches; returns false on a version conflict. */
export async function updatePerson(q: Q, id: string, version: number, data: PersonDataColumns, now: string): Promise<boolean> {
  const r = await q
    .updateTable('people')
    .set({ ...data, version: version + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Import updates: one statement per changed row, bumping the version. */
export async function overwritePerson(q: Q, id: string, data: PersonDataColumns, now: string): Promise<void> {
  await q
    .updateTable('people')
    .set({ ...data, version: sql<number>`version + 1`, updated_at: now })
    .where('id', '=', id)
    .execute();
}

/**
 * Marks a duplicate as merged into a survivor (kept, not deleted), only while it is not merged
 * already; false when it was (a merge the other way committed first), so no merge overwrites another.
 */
export async function markMerged(q: Q, duplicateId: string, survivorId: string, now: string): Promise<boolean> {
  const r = await q
    .updateTable('people')
    .set({ merged_into: survivorId, version: sql<number>`version + 1`, updated_at: now })
    .where('id', '=', duplicateId)
    .where('merged_into', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Bumps a record's version (a change to its child histories). */
export async function touchPerson(q: Q, id: string, now: string): Promise<void> {
  await q
    .updateTable('people')
    .set({ version: sql<number>`version + 1`, updated_at: now })
    .where('id', '=', id)
    .execute();
}

/**
 * The merge chain from a record towards its survivor in one recursive query: the last link read
 * (at most `maxLinks` links, so a corrupted cycle still ends), or undefined when the id is unknown.
 * The survivor is that link when its merged_into is null.
 */
export async function lastMergeLink(q: Q, id: string, maxLinks: number): Promise<{ id: string; merged_into: string | null } | undefined> {
  const r = await sql<{ id: string; merged_into: string | null }>`with recursive chain(id, merged_into, depth) as (
      select id, merged_into, 1 from people where id = ${id}
      union all
      select p.id, p.merged_into, c.depth + 1 from people p join chain c on p.id = c.merged_into where c.depth < ${maxLinks}
    ) select id, merged_into from chain order by depth desc limit 1`.execute(q);
  return r.rows[0];
}

/** Every record merged into this one, directly or through other merged records, in one recursive query. */
export async function mergedFamilyIds(q: Q, survivorId: string): Promise<string[]> {
  const r = await sql<{ id: string }>`with recursive family(id) as (
      select id from people where merged_into = ${survivorId}
      union
      select p.id from people p join family f on p.merged_into = f.id
    ) select id from family`.execute(q);
  return r.rows.map((row) => row.id).filter((id) => id !== survivorId);
}

/** Moves the child histories of a duplicate to its survivor. */
export async function moveChildren(q: Q, fromId: string, toId: string, province: string): Promise<void> {
  await q.updateTable('person_occupations').set({ person_id: toId, province }).where('person_id', '=', fromId).execute();
  await q.updateTable('employment_history').set({ person_id: toId, province }).where('person_id', '=', fromId).execute();
  await q.updateTable('insurance_history').set({ person_id: toId, province }).where('person_id', '=', fromId).execute();
}

export async function countPeople(q: Q): Promise<number> {
  const r = await q
    .selectFrom('people')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Ids of live (not merged) records with a phone blind index, at most `limit`. */
export async function liveIdsByPhoneIndex(q: Q, phoneIndex: string, limit: number): Promise<string[]> {
  const rows = await q
    .selectFrom('people')
    .select('id')
    .where('phone_index', '=', phoneIndex)
    .where('merged_into', 'is', null)
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** A batch of people written before the masked columns (migration 0032), after `afterId`, in id order. */
export async function peopleWithoutMasks(
  q: Q,
  afterId: string,
  limit: number,
): Promise<Array<Pick<PersonRow, 'id' | 'id_enc' | 'id_masked' | 'phone_enc' | 'phone_masked'>>> {
  return q
    .selectFrom('people')
    .select(['id', 'id_enc', 'id_masked', 'phone_enc', 'phone_masked'])
    .where('id_masked', 'is', null)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Fills one person's masked forms, unless a write filled them meanwhile. */
export async function setMasks(q: Q, id: string, idMasked: string, phoneMasked: string | null): Promise<void> {
  await q
    .updateTable('people')
    .set({ id_masked: idMasked, phone_masked: phoneMasked })
    .where('id', '=', id)
    .where('id_masked', 'is', null)
    .execute();
}
