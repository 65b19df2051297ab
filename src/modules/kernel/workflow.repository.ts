/**
 * The one guarded status update every workflow uses: `update <table> set status, version + 1, …
 * where id = ? and status = <from> and version = <expected>`. Table and column names come only from
 * the whitelist below (they are SQL identifiers, never input); values are bound parameters.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';

type Q = Kysely<Database> | Transaction<Database>;

/**
 * The tables that carry a workflow: each has a text `id`, a status column, an integer version
 * column and an updated-at column, plus the columns a step may change together with the status.
 * A table may name a `statusSince` column: every step that changes the status sets it, so clocks
 * count from the status, not from the last edit (decision 164). A module with a new workflow adds
 * its table here.
 */
export const workflowTables = {
  claims: {
    status: 'status',
    version: 'version',
    updatedAt: 'updated_at',
    statusSince: 'status_since',
    patchable: ['facts', 'decision', 'as_of', 'reconsideration_until'],
  },
  job_postings: {
    status: 'status',
    version: 'version',
    updatedAt: 'updated_at',
    patchable: ['expires_on', 'screen_note', 'opened_at', 'ended_at'],
  },
  job_applications: { status: 'status', version: 'version', updatedAt: 'updated_at', patchable: ['reject_reason'] },
  unemployment_registrations: {
    status: 'status',
    version: 'version',
    updatedAt: 'updated_at',
    patchable: ['place_kind', 'place_code', 'region', 'province', 'ended_on', 'end_reason'],
  },
  rapid_response_tasks: { status: 'status', version: 'version', updatedAt: 'updated_at', patchable: ['owner_user_id', 'note', 'done_on'] },
  rapid_response_offers: { status: 'status', version: 'version', updatedAt: 'updated_at', patchable: ['closed_on', 'note'] },
  complaints: {
    status: 'status',
    version: 'version',
    updatedAt: 'updated_at',
    patchable: ['accepted_on', 'conclude_due', 'escalation', 'escalated_at', 'outcome', 'recovered_fen'],
  },
  legal_aid_referrals: { status: 'status', version: 'version', updatedAt: 'updated_at', patchable: ['outcome'] },
  sharing_listings: { status: 'status', version: 'version', updatedAt: 'updated_at', patchable: [] },
  sharing_agreements: { status: 'status', version: 'version', updatedAt: 'updated_at', patchable: ['activated_on', 'ended_on'] },
  gig_tasks: { status: 'status', version: 'version', updatedAt: 'updated_at', patchable: [] },
  gig_signups: { status: 'status', version: 'version', updatedAt: 'updated_at', patchable: ['days_worked', 'paid_fen', 'dispute_reason'] },
  assistance_cases: { status: 'status', version: 'version', updatedAt: 'updated_at', patchable: ['closed_on', 'close_reason'] },
  job_fair_employers: { status: 'status', version: 'version', updatedAt: 'updated_at', patchable: ['booth'] },
  // A binding request's steps set decided_at (its "updated at") and who decided, and why.
  worker_binding_requests: { status: 'status', version: 'version', updatedAt: 'decided_at', patchable: ['decided_by', 'reason'] },
  gig_reports: { status: 'status', version: 'version', updatedAt: 'updated_at', patchable: ['action_note', 'acted_by'] },
} as const satisfies Record<
  string,
  { status: string; version: string; updatedAt: string; statusSince?: string; patchable: readonly string[] }
>;

export type WorkflowTable = keyof typeof workflowTables;

/** The columns a step on this table may set besides status, version and updated-at. */
export type PatchColumn<T extends WorkflowTable> = (typeof workflowTables)[T]['patchable'][number];

export type Patch<T extends WorkflowTable> = Partial<Record<PatchColumn<T>, string | number | null>>;

export function isWorkflowTable(name: string): name is WorkflowTable {
  return Object.prototype.hasOwnProperty.call(workflowTables, name);
}

export type MoveOutcome = 'moved' | 'missing' | 'changed';

/**
 * Moves one row from `from` to `to` when it still has `from` and `expectedVersion`, setting the
 * version to expectedVersion + 1; 'changed' when it exists but someone moved or edited it first.
 */
export async function guardedMove<T extends WorkflowTable>(
  q: Q,
  table: T,
  m: { id: string; from: string; to: string; expectedVersion: number; at: string; patch?: Patch<T> },
): Promise<MoveOutcome> {
  if (!isWorkflowTable(table)) throw new Error(`not a workflow table: ${String(table)}`);
  const cols = workflowTables[table];
  const allowed: readonly string[] = cols.patchable;
  const sets = [
    sql`${sql.ref(cols.status)} = ${m.to}`,
    sql`${sql.ref(cols.version)} = ${m.expectedVersion + 1}`,
    sql`${sql.ref(cols.updatedAt)} = ${m.at}`,
  ];
  const since = 'statusSince' in cols ? cols.statusSince : undefined;
  if (since !== undefined && m.to !== m.from) sets.push(sql`${sql.ref(since)} = ${m.at}`);
  for (const [column, value] of Object.entries(m.patch ?? {})) {
    if (!allowed.includes(column)) throw new Error(`column ${column} of ${table} cannot change with a workflow step`);
    sets.push(sql`${sql.ref(column)} = ${value ?? null}`);
  }
  const r = await sql`update ${sql.table(table)} set ${sql.join(sets)}
    where ${sql.ref('id')} = ${m.id} and ${sql.ref(cols.status)} = ${m.from} and ${sql.ref(cols.version)} = ${m.expectedVersion}`.execute(
    q,
  );
  if (Number(r.numAffectedRows ?? 0) === 1) return 'moved';
  const found = await sql<{ id: string }>`select ${sql.ref('id')} from ${sql.table(table)} where ${sql.ref('id')} = ${m.id}`.execute(q);
  return found.rows.length === 0 ? 'missing' : 'changed';
}
