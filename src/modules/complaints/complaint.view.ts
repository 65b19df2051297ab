/** What a complaint and a referral look like when they leave the module: names, masked IDs, places named. */
import { fullName } from '../regions/index.js';
import type { ComplaintStatus, Escalation, ReferralStatus } from './complaint.js';
import type { ComplaintEventRow, ComplaintEvidenceRow, ComplaintRow, ComplaintWorkerRow, LegalAidReferralRow } from './complaint.table.js';

export interface PersonName {
  name: string;
  idNumberMasked: string;
}

export interface ComplaintWorkerView extends PersonName {
  personId: string;
  owedFen: number;
  recoveredFen: number | null;
}

export interface ComplaintEventView {
  kind: string;
  note: string | null;
  amountFen: number | null;
  at: string;
}

export interface ComplaintEvidenceView {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  uploadedAt: string;
}

export interface ReferralView {
  id: string;
  complaintId: string;
  number: string;
  employerName: string;
  region: string;
  regionName: string;
  status: ReferralStatus;
  workers: Array<PersonName & { personId: string }>;
  note: string;
  outcome: string | null;
  version: number;
  createdAt: string;
}

export interface ComplaintView {
  id: string;
  number: string;
  region: string;
  regionName: string;
  status: ComplaintStatus;
  channel: 'worker' | 'officer';
  employerId: string | null;
  employerName: string;
  employerCode: string | null;
  employerPlace: string | null;
  /** The registered employer is on the malicious-arrears list (the enterprises module's flag). */
  employerFlagged: boolean;
  site: string;
  periodFrom: string;
  periodTo: string;
  owedFen: number;
  recoveredFen: number | null;
  description: string;
  filedOn: string;
  acceptDue: string;
  acceptedOn: string | null;
  concludeDue: string | null;
  escalation: Escalation | null;
  escalatedAt: string | null;
  outcome: string | null;
  version: number;
  workers: ComplaintWorkerView[];
  events?: ComplaintEventView[];
  evidence?: ComplaintEvidenceView[];
  referrals?: ReferralView[];
}

export function placeName(code: string): string {
  return fullName(code) ?? code;
}

export function toView(
  row: ComplaintRow,
  workers: Array<ComplaintWorkerRow & PersonName>,
  employerFlagged: boolean,
  more: { events?: ComplaintEventRow[]; evidence?: ComplaintEvidenceRow[]; referrals?: ReferralView[] } = {},
): ComplaintView {
  const view: ComplaintView = {
    id: row.id,
    number: row.number,
    region: row.region,
    regionName: placeName(row.region),
    status: row.status as ComplaintStatus,
    channel: row.channel === 'worker' ? 'worker' : 'officer',
    employerId: row.employer_id,
    employerName: row.employer_name,
    employerCode: row.employer_code,
    employerPlace: row.employer_code === null ? null : placeName(row.employer_code),
    employerFlagged,
    site: row.site,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    owedFen: Number(row.owed_fen),
    recoveredFen: row.recovered_fen === null ? null : Number(row.recovered_fen),
    description: row.description,
    filedOn: row.filed_on,
    acceptDue: row.accept_due,
    acceptedOn: row.accepted_on,
    concludeDue: row.conclude_due,
    escalation: row.escalation === 'accept' || row.escalation === 'conclude' ? row.escalation : null,
    escalatedAt: row.escalated_at,
    outcome: row.outcome,
    version: Number(row.version),
    workers: workers.map((w) => ({
      personId: w.person_id,
      name: w.name,
      idNumberMasked: w.idNumberMasked,
      owedFen: Number(w.owed_fen),
      recoveredFen: w.recovered_fen === null ? null : Number(w.recovered_fen),
    })),
  };
  if (more.events)
    view.events = more.events.map((e) => ({
      kind: e.kind,
      note: e.note,
      amountFen: e.amount_fen === null ? null : Number(e.amount_fen),
      at: e.at,
    }));
  if (more.evidence)
    view.evidence = more.evidence.map((e) => ({
      id: e.id,
      fileName: e.file_name,
      contentType: e.content_type,
      size: Number(e.size),
      uploadedAt: e.uploaded_at,
    }));
  if (more.referrals) view.referrals = more.referrals;
  return view;
}

/** The person ids a referral names (stored as a JSON array). */
export function referralPeople(row: Pick<LegalAidReferralRow, 'person_ids'>): string[] {
  const parsed: unknown = JSON.parse(row.person_ids);
  return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
}

export function toReferralView(
  row: LegalAidReferralRow,
  complaint: { number: string; employerName: string },
  workers: Array<PersonName & { personId: string }>,
): ReferralView {
  return {
    id: row.id,
    complaintId: row.complaint_id,
    number: complaint.number,
    employerName: complaint.employerName,
    region: row.region,
    regionName: placeName(row.region),
    status: row.status as ReferralStatus,
    workers,
    note: row.note,
    outcome: row.outcome,
    version: Number(row.version),
    createdAt: row.created_at,
  };
}
