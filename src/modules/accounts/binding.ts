/**
 * Binding a worker's phone account to a registry record (pure; decision 105). A phone binds by itself
 * only when the record carries that phone; otherwise the worker files a request (ID number, name, a
 * note) and an officer whose jurisdiction holds the person confirms or rejects it. The worker sees the
 * request's state, never anything of the record, until the binding holds.
 */
import { maskIdNumber, maskPhone } from '../../crypto/mask.js';
import { defineWorkflow } from '../kernel/index.js';
import type { WorkerBindingRequestRow } from './worker.table.js';

export const bindingStatuses = ['pending', 'confirmed', 'rejected', 'withdrawn'] as const;
export type BindingStatus = (typeof bindingStatuses)[number];
export type BindingEvent = 'confirm' | 'reject' | 'withdraw';

/**
 * A request's steps as a kernel workflow (decision 163): only a pending request moves, once, each
 * step guarded by status and version and audited (`binding_request.<event>`). An officer confirms or
 * rejects; a new request, or a binding by phone, withdraws the account's pending one.
 */
export const bindingWorkflow = defineWorkflow({
  entityType: 'binding_request',
  table: 'worker_binding_requests',
  states: bindingStatuses,
  rules: [
    { event: 'confirm' as const, from: 'pending' as const, to: 'confirmed' as const },
    { event: 'reject' as const, from: 'pending' as const, to: 'rejected' as const },
    { event: 'withdraw' as const, from: 'pending' as const, to: 'withdrawn' as const },
  ],
  invalidCode: 'binding_decided',
  conflictCode: 'binding_decided',
});

export function isBindingStatus(s: string): s is BindingStatus {
  return (bindingStatuses as readonly string[]).includes(s);
}

/** A person as the binding queue needs them, through the people module's reader (a port). */
export interface BindingPerson {
  id: string;
  name: string;
  province: string;
  hukouCode: string;
  /** Household registration, permanent residence, employment and insured place. */
  codes: Array<string | null>;
  idNumberMasked: string;
  mergedInto: string | null;
}

/** How the accounts module finds a registry record without knowing the people tables. */
export interface PersonDirectory {
  /** The id of the one live record with this phone, or null. */
  byPhone(phone: string): Promise<string | null>;
  /** The live record with this ID number whose name matches, or null. */
  byIdNumberAndName(idNumber: string, name: string): Promise<{ personId: string; province: string } | null>;
  /** The person's summary, or null when the id is unknown. */
  summary(personId: string): Promise<BindingPerson | null>;
  /** Many people's summaries in one read (unknown ids left out). */
  summaries(personIds: readonly string[]): Promise<Map<string, BindingPerson>>;
  /** The live record a merged record ended in (itself when not merged); null when unknown. */
  survivorOf(personId: string): Promise<string | null>;
}

/** A request as its worker sees it: its state only. */
export interface BindingRequestView {
  id: string;
  status: BindingStatus;
  submittedAt: string;
  decidedAt: string | null;
  reason: string | null;
}

/** The worker's binding: whether the account is bound, and the latest request. */
export interface BindingState {
  bound: boolean;
  request: BindingRequestView | null;
}

/** A request in an officer's queue: what was submitted, masked, and the matched record, masked. */
export interface BindingRequestStaffView extends BindingRequestView {
  userId: string;
  submittedName: string;
  submittedIdMasked: string | null;
  note: string | null;
  phoneMasked: string | null;
  decidedBy: string | null;
  person: { id: string; name: string; idNumberMasked: string; hukouCode: string; mergedInto: string | null } | null;
}

export function requestView(row: WorkerBindingRequestRow): BindingRequestView {
  return {
    id: row.id,
    status: isBindingStatus(row.status) ? row.status : 'pending',
    submittedAt: row.created_at,
    decidedAt: row.decided_at,
    reason: row.reason,
  };
}

/** The staff view of a request; `decrypt` opens the stored ID number and phone only to mask them. */
export function staffView(
  row: WorkerBindingRequestRow & { phone_enc: string | null },
  person: BindingPerson | null,
  decrypt: (s: string) => string,
): BindingRequestStaffView {
  return {
    ...requestView(row),
    userId: row.user_id,
    submittedName: row.submitted_name,
    submittedIdMasked: row.id_enc ? maskIdNumber(decrypt(row.id_enc)) : null,
    note: row.note,
    phoneMasked: row.phone_enc ? maskPhone(decrypt(row.phone_enc)) : null,
    decidedBy: row.decided_by,
    person: person
      ? {
          id: person.id,
          name: person.name,
          idNumberMasked: person.idNumberMasked,
          hukouCode: person.hukouCode,
          mergedInto: person.mergedInto,
        }
      : null,
  };
}
