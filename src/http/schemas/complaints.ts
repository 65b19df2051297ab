/** Schemas of wage-arrears complaints (欠薪投诉) and legal-aid referrals (法律援助转介). */
import { Type } from 'typebox';
import { DateString, Fen, Nullable, Version } from './common.js';

const Month = Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM' });
const Id = Type.String({ minLength: 1, maxLength: 64 });
const Amount = Type.Integer({ minimum: 1, maximum: 1_000_000_000, description: 'fen' });
const Note = Type.String({ maxLength: 1000 });

export const ComplaintStatusSchema = Type.Union(
  [
    Type.Literal('filed'),
    Type.Literal('accepted'),
    Type.Literal('investigating'),
    Type.Literal('mediated'),
    Type.Literal('transferred'),
    Type.Literal('resolved'),
    Type.Literal('closed'),
    Type.Literal('rejected'),
  ],
  {
    description:
      'filed 已投诉 · accepted 已受理 · investigating 调查中 · mediated 已调解 · transferred 已移送劳动监察 · resolved 已解决 · closed 已结案 · rejected 不予受理',
  },
);

export const ReferralStatusSchema = Type.Union(
  [Type.Literal('referred'), Type.Literal('accepted'), Type.Literal('concluded'), Type.Literal('declined')],
  { description: 'referred 已转介 · accepted 已受理 · concluded 已办结 · declined 不予受理' },
);

const PersonLine = {
  personId: Type.String(),
  name: Type.String(),
  idNumberMasked: Type.String(),
};

export const ReferralSchema = Type.Object({
  id: Type.String(),
  complaintId: Type.String(),
  number: Type.String({ description: "the complaint's readable number" }),
  employerName: Type.String(),
  region: Type.String(),
  regionName: Type.String(),
  status: ReferralStatusSchema,
  workers: Type.Array(Type.Object(PersonLine)),
  note: Type.String(),
  outcome: Nullable(Type.String()),
  version: Type.Integer(),
  createdAt: Type.String(),
});

export const ComplaintSchema = Type.Object({
  id: Type.String(),
  number: Type.String({ description: 'readable number, e.g. 都安-2026-欠000012' }),
  region: Type.String(),
  regionName: Type.String(),
  status: ComplaintStatusSchema,
  channel: Type.Union([Type.Literal('worker'), Type.Literal('officer')]),
  employerId: Nullable(Type.String()),
  employerName: Type.String(),
  employerCode: Nullable(Type.String()),
  employerPlace: Nullable(Type.String()),
  employerFlagged: Type.Boolean({ description: 'the registered employer is on the malicious-arrears list' }),
  site: Type.String(),
  periodFrom: Type.String(),
  periodTo: Type.String(),
  owedFen: Type.Integer(),
  recoveredFen: Nullable(Type.Integer()),
  description: Type.String(),
  filedOn: Type.String(),
  acceptDue: Type.String(),
  acceptedOn: Nullable(Type.String()),
  concludeDue: Nullable(Type.String()),
  escalation: Nullable(Type.Union([Type.Literal('accept'), Type.Literal('conclude')])),
  escalatedAt: Nullable(Type.String()),
  outcome: Nullable(Type.String()),
  version: Type.Integer(),
  workers: Type.Array(Type.Object({ ...PersonLine, owedFen: Type.Integer(), recoveredFen: Nullable(Type.Integer()) })),
  events: Type.Optional(
    Type.Array(
      Type.Object({
        kind: Type.String({
          description:
            'filed · accepted · rejected · investigating · mediated · transferred · resolved · closed · escalated · employer_flagged · referred · legal_aid_accepted · legal_aid_declined · legal_aid_concluded · evidence_added',
        }),
        note: Nullable(Type.String()),
        amountFen: Nullable(Type.Integer()),
        at: Type.String(),
      }),
    ),
  ),
  evidence: Type.Optional(
    Type.Array(
      Type.Object({
        id: Type.String(),
        fileName: Type.String(),
        contentType: Type.String(),
        size: Type.Integer(),
        uploadedAt: Type.String(),
      }),
    ),
  ),
  referrals: Type.Optional(Type.Array(ReferralSchema)),
});

const Filing = {
  employerId: Type.Optional(Id),
  employerName: Type.Optional(Type.String({ maxLength: 200 })),
  employerCode: Type.Optional(Type.String({ pattern: '^[0-9]{6}([0-9]{3})?$' })),
  site: Type.String({ maxLength: 200, description: 'project or site (工程项目或工地)' }),
  periodFrom: Month,
  periodTo: Month,
  description: Type.Optional(Type.String({ maxLength: 2000 })),
  officeCode: Type.Optional(Type.String({ pattern: '^[0-9]{6}([0-9]{3})?$', description: 'the county (or township) office to file with' })),
};

export const FileComplaintBody = Type.Object({
  ...Filing,
  receivedOn: Type.Optional(DateString),
  workers: Type.Array(Type.Object({ personId: Id, owedFen: Amount }), { minItems: 1, maxItems: 200 }),
});

export const SelfComplaintBody = Type.Object({ ...Filing, owedFen: Amount });

export const PrefillSchema = Type.Object({
  employerId: Nullable(Type.String()),
  employerName: Type.String(),
  employerCode: Nullable(Type.String()),
  site: Type.String(),
  offices: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
});

export const StepBody = Type.Object({ version: Version(), note: Type.Optional(Note) });
export const RejectBody = Type.Object({ version: Version(), reason: Note });
export const ResolveBody = Type.Object({
  version: Version(),
  recovered: Type.Array(Type.Object({ personId: Id, recoveredFen: Fen() }), { minItems: 1, maxItems: 200 }),
  note: Type.Optional(Note),
});
export const FlagBody = Type.Object({ reason: Type.String({ maxLength: 500 }), date: DateString });
export const ReferBody = Type.Object({ personIds: Type.Optional(Type.Array(Id, { maxItems: 200 })), note: Note });
export const DeadlinesSchema = Type.Object({
  acceptWorkingDays: Type.Integer({ minimum: 1, maximum: 250 }),
  concludeWorkingDays: Type.Integer({ minimum: 1, maximum: 250 }),
});
