/** All SQL of enterprises and the national credit-code table. */
import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { Database } from '../../db/schema.js';
import { whereInScope } from '../../db/scope.js';
import { likeContains, likeEscaped } from '../../db/dialect.js';
import type { CreditCodeRow, EnterpriseRow } from './enterprise.table.js';

type Q = Kysely<Database> | Transaction<Database>;
export type Enterprise = Selectable<EnterpriseRow>;
const CHUNK = 200;

export async function findById(q: Q, id: string): Promise<Enterprise | undefined> {
  return q.selectFrom('enterprises').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The enterprises holding any of the given credit codes, in one query through the reference table. */
export async function findByCreditCodes(q: Q, codes: string[]): Promise<Enterprise[]> {
  if (codes.length === 0) return [];
  return q
    .selectFrom('credit_codes')
    .innerJoin('enterprises', 'enterprises.id', 'credit_codes.enterprise_id')
    .selectAll('enterprises')
    .where('credit_codes.credit_code', 'in', codes)
    .execute();
}

/**
 * Claims credit codes for enterprises; returns the codes actually claimed (a code someone else
 * holds is skipped, so a race ends as a refusal, not an exception).
 */
export async function claimCreditCodes(q: Q, rows: Array<Insertable<CreditCodeRow>>): Promise<Set<string>> {
  const claimed = new Set<string>();
  for (let i = 0; i < rows.length; i += CHUNK) {
    const out = await q
      .insertInto('credit_codes')
      .values(rows.slice(i, i + CHUNK))
      .onConflict((oc) => oc.column('credit_code').doNothing())
      .returning('credit_code')
      .execute();
    for (const r of out) claimed.add(r.credit_code);
  }
  return claimed;
}

export async function insertEnterprises(q: Q, rows: Array<Insertable<EnterpriseRow>>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK)
    await q
      .insertInto('enterprises')
      .values(rows.slice(i, i + CHUNK))
      .execute();
}

/** Updates when the stored version is the expected one; returns false on a lost race (optimistic lock). */
export async function updateVersioned(q: Q, id: string, expectedVersion: number, patch: Updateable<EnterpriseRow>): Promise<boolean> {
  const r = await q
    .updateTable('enterprises')
    .set({ ...patch, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export interface EnterpriseFilter {
  /** Division prefix every result's address starts with ('' = nationwide). */
  prefix: string;
  /** Only this enterprise (an employer's own). */
  onlyId?: string | undefined;
  name?: string | undefined;
  creditCode?: string | undefined;
  /** Industry codes to match (a section expands to itself and its divisions). */
  industryCodes?: string[] | undefined;
  size?: string | undefined;
  arrears?: boolean | undefined;
}

function filtered(q: Q, f: EnterpriseFilter) {
  let base = q.selectFrom('enterprises');
  base = whereInScope(base, f.prefix, { codes: ['address_code'], province: 'province' });
  if (f.onlyId !== undefined) base = base.where('id', '=', f.onlyId);
  if (f.name) base = base.where(likeEscaped('name', likeContains(f.name)));
  if (f.creditCode) base = base.where('credit_code', '=', f.creditCode);
  if (f.industryCodes) base = f.industryCodes.length > 0 ? base.where('industry_code', 'in', f.industryCodes) : base.where('id', '=', '');
  if (f.size) base = base.where('size', '=', f.size);
  if (f.arrears !== undefined) base = base.where('arrears_flag', '=', f.arrears ? 1 : 0);
  return base;
}

/** One page of enterprises matching a filter, by name, with the total. */
export async function list(q: Q, f: EnterpriseFilter, limit: number, offset: number): Promise<{ rows: Enterprise[]; total: number }> {
  const base = filtered(q, f);
  const rows = await base.selectAll().orderBy('name').orderBy('id').limit(limit).offset(offset).execute();
  const t = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(t.n) };
}

/** How many enterprises match a filter (dashboards). */
export async function count(q: Q, f: EnterpriseFilter): Promise<number> {
  const t = await filtered(q, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(t.n);
}
