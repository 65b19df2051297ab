/** All SQL of complaints and legal-aid referrals. Reads by jurisdiction go through src/db/scope.ts. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { whereInScope } from '../../db/scope.js';
import type { ComplaintEventRow, ComplaintEvidenceRow, ComplaintRow, ComplaintWorkerRow, LegalAidReferralRow } from './complaint.table.js';

type Q = Kysely<Database> | Transaction<Database>;

export async function insertComplaint(q: Q, row: ComplaintRow, workers: ComplaintWorkerRow[]): Promise<void> {
  await q.insertInto('complaints').values(row).execute();
  await q.insertInto('complaint_workers').values(workers).execute();
}

export async function insertEvent(q: Q, row: ComplaintEventRow): Promise<void> {
  await q.insertInto('complaint_events').values(row).execute();
}

export async function insertEvidence(q: Q, row: ComplaintEvidenceRow): Promise<void> {
  await q.insertInto('complaint_evidence').values(row).execute();
}

export async function findComplaint(q: Q, id: string): Promise<ComplaintRow | undefined> {
  return q.selectFrom('complaints').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function workersOf(q: Q, complaintIds: readonly string[]): Promise<ComplaintWorkerRow[]> {
  if (complaintIds.length === 0) return [];
  return q
    .selectFrom('complaint_workers')
    .selectAll()
    .where('complaint_id', 'in', [...complaintIds])
    .orderBy('id')
    .execute();
}

export async function setRecovered(q: Q, complaintId: string, personId: string, fen: number): Promise<void> {
  await q
    .updateTable('complaint_workers')
    .set({ recovered_fen: fen })
    .where('complaint_id', '=', complaintId)
    .where('person_id', '=', personId)
    .execute();
}

export async function eventsOf(q: Q, complaintId: string): Promise<ComplaintEventRow[]> {
  return q.selectFrom('complaint_events').selectAll().where('complaint_id', '=', complaintId).orderBy('at').orderBy('id').execute();
}

export async function evidenceOf(q: Q, complaintId: string): Promise<ComplaintEvidenceRow[]> {
  return q
    .selectFrom('complaint_evidence')
    .selectAll()
    .where('complaint_id', '=', complaintId)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
}

export interface ComplaintFilter {
  status?: string | undefined;
  /** Only complaints marked escalated that are still open. */
  overdue?: boolean | undefined;
  employerId?: string | undefined;
  limit: number;
  offset: number;
}

const OPEN = ['filed', 'accepted', 'investigating', 'mediated', 'transferred'];

/** A page of complaints in a jurisdiction, newest first. */
export async function listInScope(q: Q, scope: string, f: ComplaintFilter): Promise<{ rows: ComplaintRow[]; total: number }> {
  let base = whereInScope(q.selectFrom('complaints'), scope, { codes: ['region'], province: 'province' });
  if (f.status !== undefined) base = base.where('status', '=', f.status);
  if (f.employerId !== undefined) base = base.where('employer_id', '=', f.employerId);
  if (f.overdue) base = base.where('escalation', 'is not', null).where('status', 'in', OPEN);
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const rows = await base.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(f.limit).offset(f.offset).execute();
  return { rows, total: Number(count?.n ?? 0) };
}

/** The complaints a person is party to, newest first. */
export async function complaintsOfPerson(q: Q, personId: string): Promise<ComplaintRow[]> {
  return q
    .selectFrom('complaints as c')
    .innerJoin('complaint_workers as w', 'w.complaint_id', 'c.id')
    .selectAll('c')
    .where('w.person_id', '=', personId)
    .orderBy('c.created_at', 'desc')
    .orderBy('c.id', 'desc')
    .execute();
}

export async function insertReferral(q: Q, row: LegalAidReferralRow): Promise<void> {
  await q.insertInto('legal_aid_referrals').values(row).execute();
}

export async function findReferral(q: Q, id: string): Promise<LegalAidReferralRow | undefined> {
  return q.selectFrom('legal_aid_referrals').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function referralsOf(q: Q, complaintId: string): Promise<LegalAidReferralRow[]> {
  return q.selectFrom('legal_aid_referrals').selectAll().where('complaint_id', '=', complaintId).orderBy('created_at').execute();
}

/** A page of referrals in a jurisdiction, with their complaint's number and employer. */
export async function referralsInScope(
  q: Q,
  scope: string,
  f: { status?: string | undefined; limit: number; offset: number },
): Promise<{ rows: Array<LegalAidReferralRow & { number: string; employer_name: string }>; total: number }> {
  let base = whereInScope(q.selectFrom('legal_aid_referrals as r'), scope, { codes: ['r.region'], province: 'r.province' });
  if (f.status !== undefined) base = base.where('r.status', '=', f.status);
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const rows = await base
    .innerJoin('complaints as c', 'c.id', 'r.complaint_id')
    .selectAll('r')
    .select(['c.number as number', 'c.employer_name as employer_name'])
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { rows, total: Number(count?.n ?? 0) };
}
