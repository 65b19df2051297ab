/** All SQL of postings, the term dictionary and job messages (scoped with src/db/scope.ts). */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { whereInScope } from '../../db/scope.js';
import type { JobMessageRow, JobPostingRow, JobTermRow } from './jobs.table.js';

type Q = Kysely<Database> | Transaction<Database>;

export async function insertPosting(q: Q, row: JobPostingRow): Promise<void> {
  await q.insertInto('job_postings').values(row).execute();
}

export async function findPosting(q: Q, id: string): Promise<JobPostingRow | undefined> {
  return q.selectFrom('job_postings').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface PostingQuery {
  status?: readonly string[] | undefined;
  enterpriseId?: string | undefined;
  occupationPrefix?: string | undefined;
  workPrefix?: string | undefined;
  text?: string | undefined;
  limit: number;
  offset: number;
}

/** Postings in the jurisdiction (work place or employer's address), newest first. */
export async function listPostings(q: Q, jurisdiction: string, f: PostingQuery): Promise<{ rows: JobPostingRow[]; total: number }> {
  let qb = whereInScope(q.selectFrom('job_postings'), jurisdiction, { codes: ['work_code', 'enterprise_code'] });
  if (f.status && f.status.length > 0) qb = qb.where('status', 'in', f.status);
  if (f.enterpriseId) qb = qb.where('enterprise_id', '=', f.enterpriseId);
  if (f.occupationPrefix) qb = whereInScope(qb, f.occupationPrefix, { codes: ['occupation_code'] });
  if (f.workPrefix) qb = whereInScope(qb, f.workPrefix, { codes: ['work_code'] });
  if (f.text) qb = qb.where('title', 'like', `%${f.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const total = await qb.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const rows = await qb.selectAll().orderBy('created_at', 'desc').orderBy('id').limit(f.limit).offset(f.offset).execute();
  return { rows, total: Number(total?.n ?? 0) };
}

const FACT_COLUMNS = [
  'id',
  'occupation_code',
  'work_code',
  'pay_min_fen',
  'pay_max_fen',
  'pay_period',
  'piece_monthly_fen',
  'housing',
  'meals',
  'contract_kind',
  'priority_sector',
] as const;

function openFacts(q: Q, today: string) {
  return q
    .selectFrom('job_postings')
    .select(FACT_COLUMNS)
    .where('status', '=', 'open')
    .where('expires_on', '>=', today)
    .where((eb) => eb('filled', '<', eb.ref('headcount')));
}

/** The columns matching reads of the open postings (the recommendation path; full rows only for the best N). */
export async function openPostingFacts(q: Q, today: string) {
  return openFacts(q, today).orderBy('id').execute();
}

/** The same columns of those of `ids` that are open today (an update of the index in place, decision 216). */
export async function openPostingFactsOf(q: Q, today: string, ids: readonly string[]) {
  const out = [];
  for (let k = 0; k < ids.length; k += 1000)
    out.push(
      ...(await openFacts(q, today)
        .where('id', 'in', ids.slice(k, k + 1000))
        .execute()),
    );
  return out;
}

/** The change counter of job_postings (migration 0029) and where its log was last cut (0031). */
export async function postingsChangeState(q: Q): Promise<{ n: number; prunedBelow: number }> {
  const r = await q.selectFrom('job_postings_changes').select(['n', 'pruned_below']).where('id', '=', 1).executeTakeFirst();
  return { n: Number(r?.n ?? 0), prunedBelow: Number(r?.pruned_below ?? 0) };
}

/** The distinct postings written after counter value `after` up to `upTo`, at most `limit` of them. */
export async function changedPostingIds(q: Q, after: number, upTo: number, limit: number): Promise<string[]> {
  const rows = await q
    .selectFrom('job_postings_log')
    .select('posting_id')
    .distinct()
    .where('seq', '>', after)
    .where('seq', '<=', upTo)
    .limit(limit)
    .execute();
  return rows.map((r) => r.posting_id);
}

/** Cuts the log below counter value `below` (never moving the mark back); returns the rows removed. */
export async function pruneChangeLog(q: Q, below: number): Promise<number> {
  await q.updateTable('job_postings_changes').set({ pruned_below: below }).where('id', '=', 1).where('pruned_below', '<', below).execute();
  const r = await q.deleteFrom('job_postings_log').where('seq', '<', below).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function postingsByIds(q: Q, ids: readonly string[]): Promise<JobPostingRow[]> {
  if (ids.length === 0) return [];
  return q.selectFrom('job_postings').selectAll().where('id', 'in', ids).execute();
}

export async function addFilled(q: Q, id: string): Promise<JobPostingRow | undefined> {
  await q
    .updateTable('job_postings')
    .set((eb) => ({ filled: eb('filled', '+', 1) }))
    .where('id', '=', id)
    .execute();
  return findPosting(q, id);
}

export async function setFlags(q: Q, id: string, flags: string): Promise<void> {
  await q.updateTable('job_postings').set({ flags }).where('id', '=', id).execute();
}

/** The reserve now: open postings (and their open places) grouped by a key column. */
export async function reserveBy(
  q: Q,
  jurisdiction: string,
  key: 'work_code' | 'occupation_code' | 'priority_sector' | 'industry_code',
  keyLength: number | null,
): Promise<Array<{ key: string; postings: number; places: number }>> {
  const keyExpr =
    keyLength === null ? sql<string>`cast(${sql.ref(key)} as text)` : sql<string>`substr(${sql.ref(key)}, 1, ${sql.lit(keyLength)})`;
  const rows = await whereInScope(q.selectFrom('job_postings'), jurisdiction, { codes: ['work_code', 'enterprise_code'] })
    .where('status', '=', 'open')
    .select([keyExpr.as('key'), (eb) => eb.fn.countAll<number>().as('postings'), sql<number>`sum(headcount - filled)`.as('places')])
    .groupBy(keyExpr)
    .orderBy(keyExpr)
    .execute();
  return rows.map((r) => ({ key: String(r.key), postings: Number(r.postings), places: Number(r.places ?? 0) }));
}

/** Opened and ended instants of the postings in scope since a date (for counts over time). */
export async function reserveSpans(
  q: Q,
  jurisdiction: string,
  since: string,
): Promise<Array<{ opened_at: string; ended_at: string | null; places: number }>> {
  return whereInScope(q.selectFrom('job_postings'), jurisdiction, { codes: ['work_code', 'enterprise_code'] })
    .where('opened_at', 'is not', null)
    .where((eb) => eb.or([eb('ended_at', 'is', null), eb('ended_at', '>=', since)]))
    .select(['opened_at', 'ended_at', sql<number>`headcount`.as('places')])
    .execute()
    .then((rows) => rows.map((r) => ({ opened_at: r.opened_at ?? '', ended_at: r.ended_at, places: Number(r.places) })));
}

export async function listTerms(q: Q): Promise<JobTermRow[]> {
  return q.selectFrom('job_terms').selectAll().orderBy('category').orderBy('term').execute();
}

export async function insertTerm(q: Q, row: JobTermRow): Promise<void> {
  await q.insertInto('job_terms').values(row).execute();
}

export async function deleteTerm(q: Q, id: string): Promise<JobTermRow | undefined> {
  const row = await q.selectFrom('job_terms').selectAll().where('id', '=', id).executeTakeFirst();
  if (row) await q.deleteFrom('job_terms').where('id', '=', id).execute();
  return row;
}

/** Inserts a message unless one with the same id exists; true when this call inserted it. */
export async function insertMessageOnce(q: Q, row: JobMessageRow): Promise<boolean> {
  const r = await q
    .insertInto('job_messages')
    .values(row)
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function listMessages(q: Q, owner: { personId?: string; enterpriseId?: string }, limit: number): Promise<JobMessageRow[]> {
  let qb = q.selectFrom('job_messages').selectAll();
  if (owner.personId) qb = qb.where('person_id', '=', owner.personId);
  else if (owner.enterpriseId) qb = qb.where('enterprise_id', '=', owner.enterpriseId);
  else return [];
  return qb.orderBy('created_at', 'desc').orderBy('id').limit(limit).execute();
}
