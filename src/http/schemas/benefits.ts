/** TypeBox schemas of the claims and payments routes. */
import { Type } from 'typebox';
import { Nullable } from './common.js';

export const ClaimStatusSchema = Type.Union([
  Type.Literal('submitted'),
  Type.Literal('township_approved'),
  Type.Literal('approved'),
  Type.Literal('paid'),
  Type.Literal('refused'),
  Type.Literal('reconsideration_requested'),
  Type.Literal('refused_final'),
]);
export const ReviewLevelSchema = Type.Union([Type.Literal('township'), Type.Literal('county'), Type.Literal('reconsideration')]);

export const ClaimReviewSchema = Type.Object({
  id: Type.String(),
  level: ReviewLevelSchema,
  reviewerId: Type.String(),
  outcome: Type.Union([Type.Literal('approve'), Type.Literal('refuse')]),
  reason: Type.String(),
  at: Type.String(),
});

export const ClaimEvidenceSchema = Type.Object({
  id: Type.String(),
  blobHash: Type.String(),
  fileName: Type.String(),
  contentType: Type.String(),
  size: Type.Integer(),
  uploadedBy: Type.String(),
  uploadedAt: Type.String(),
});

/** Entry status values (kept in step with `entryStatuses` in the module). */
export const EntryStatusSchema = Type.Union([
  Type.Literal('pending'),
  Type.Literal('batched'),
  Type.Literal('paid'),
  Type.Literal('failed'),
  Type.Literal('reversed'),
]);

/** Who a record is for, as staff lists show it. */
export const PersonLabelSchema = Type.Object({ name: Type.String(), idNumberMasked: Type.String() });

export const PaymentEntrySchema = Type.Object({
  id: Type.String(),
  number: Type.String({ description: 'Readable number 都安-2026-付000045' }),
  claimNumber: Type.String(),
  province: Type.String(),
  claimId: Type.String(),
  personId: Type.String(),
  programId: Type.String(),
  instalment: Type.String(),
  kind: Type.Union([Type.Literal('payment'), Type.Literal('reversal')]),
  amountFen: Type.Integer(),
  idempotencyKey: Type.String(),
  familyKey: Type.String(),
  attempt: Type.Integer(),
  reverses: Nullable(Type.String()),
  createdAt: Type.String(),
  createdBy: Nullable(Type.String()),
  status: Type.Union([
    Type.Literal('pending'),
    Type.Literal('batched'),
    Type.Literal('paid'),
    Type.Literal('failed'),
    Type.Literal('reversed'),
  ]),
  bankReference: Nullable(Type.String()),
  batchId: Nullable(Type.String()),
  person: Type.Optional(PersonLabelSchema),
});

export const ClaimSchema = Type.Object({
  id: Type.String(),
  number: Type.String({ description: 'Readable number 都安-2026-000123' }),
  person: Type.Optional(PersonLabelSchema),
  province: Type.String(),
  region: Type.String(),
  programId: Type.String(),
  personId: Type.String(),
  enterpriseId: Nullable(Type.String()),
  submittedBy: Type.String(),
  channel: Type.Union([Type.Literal('worker'), Type.Literal('officer'), Type.Literal('employer')]),
  status: ClaimStatusSchema,
  asOf: Type.String(),
  facts: Type.Record(Type.String(), Type.Unknown()),
  decision: Type.Unknown({
    description:
      'The engine decision: criteria with pass/fail, facts and parameters used with sources, citations, messages, rulesetVersion, parameterSnapshot',
  }),
  version: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  reconsiderationUntil: Nullable(Type.String()),
  reviews: Type.Array(ClaimReviewSchema),
  evidence: Type.Array(ClaimEvidenceSchema),
  payments: Type.Optional(Type.Array(PaymentEntrySchema)),
  names: Type.Optional(
    Type.Record(Type.String(), Type.String(), { description: 'Display names of the submitter and reviewers, by user id' }),
  ),
});

export const PaymentBatchSchema = Type.Object({
  id: Type.String(),
  number: Type.String({ description: 'Readable number 都安-2026-批000007' }),
  province: Type.String(),
  region: Type.String(),
  entryCount: Type.Integer(),
  totalFen: Type.Integer(),
  createdBy: Nullable(Type.String()),
  createdAt: Type.String(),
  reconciledAt: Nullable(Type.String()),
});

export const SubmitClaimBody = Type.Object({
  programId: Type.String({ minLength: 1, maxLength: 64 }),
  personId: Type.Optional(Type.String({ maxLength: 64 })),
  enterpriseId: Type.Optional(Type.String({ maxLength: 64 })),
  asOf: Type.Optional(Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' })),
  facts: Type.Record(Type.String(), Type.Unknown()),
});

export const ReviewBody = Type.Object({
  outcome: Type.Union([Type.Literal('approve'), Type.Literal('refuse')]),
  reason: Type.String({ maxLength: 1000, default: '' }),
});
