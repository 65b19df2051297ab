/** Schemas of labour sharing between firms (用工余缺调剂, O61-1.3). */
import { Type } from 'typebox';
import { DateString, Fen, Nullable, Version } from './common.js';

const Place = Type.String({ pattern: '^[0-9]{6}([0-9]{3})?$', description: 'division code of the work place (county or township)' });
const Occupation = Type.String({ pattern: '^[1-8](-[0-9]{2}){0,3}$', description: '2022 occupation classification code, e.g. 6-18-01-01' });
const Side = Type.Union([Type.Literal('offer'), Type.Literal('request')], { description: 'offer 富余人员 · request 用工需求' });
const Party = Type.Union([Type.Literal('lender'), Type.Literal('borrower')], { description: 'lender 出借单位 · borrower 借入单位' });
const ListingStatus = Type.Union([Type.Literal('open'), Type.Literal('matched'), Type.Literal('closed')], {
  description: 'open 发布中 · matched 已对接 · closed 已关闭',
});
const AgreementStatus = Type.Union(
  [Type.Literal('draft'), Type.Literal('awaiting_consent'), Type.Literal('active'), Type.Literal('ended'), Type.Literal('cancelled')],
  { description: 'draft 草稿 · awaiting_consent 待职工确认 · active 履行中 · ended 已结束 · cancelled 已取消' },
);
const Consent = Type.Union([Type.Literal('pending'), Type.Literal('consented'), Type.Literal('declined')], {
  description: 'pending 待确认 · consented 本人同意 · declined 本人不同意',
});

export const ListingSchema = Type.Object({
  id: Type.String(),
  side: Side,
  enterpriseId: Type.String(),
  enterpriseName: Type.String(),
  region: Type.String(),
  headcount: Type.Integer(),
  occupationCodes: Type.Array(Type.String()),
  skills: Type.String(),
  startDate: Type.String(),
  endDate: Type.String(),
  placeCode: Type.String(),
  placeName: Type.String(),
  address: Type.String(),
  wageFen: Nullable(Type.Integer()),
  status: ListingStatus,
  version: Type.Integer(),
  createdAt: Type.String(),
});

export const ListingBody = Type.Object({
  enterpriseId: Type.Optional(
    Type.String({ minLength: 1, maxLength: 64, description: 'the firm (officers only; an employer is its own)' }),
  ),
  side: Side,
  headcount: Type.Integer({ minimum: 1, maximum: 10_000 }),
  occupationCodes: Type.Array(Occupation, { minItems: 1, maxItems: 10 }),
  skills: Type.String({ maxLength: 500 }),
  startDate: DateString,
  endDate: DateString,
  placeCode: Place,
  address: Type.String({ minLength: 1, maxLength: 200 }),
  wageFen: Type.Optional(Nullable(Fen({ description: 'pay per month on a request (fen)' }))),
});

export const ProposalSchema = Type.Object({
  offerId: Type.String(),
  requestId: Type.String(),
  score: Type.Integer(),
  overlapDays: Type.Integer(),
  distanceKm: Nullable(Type.Integer()),
  reasons: Type.Array(
    Type.Object({
      factor: Type.Union([Type.Literal('occupation'), Type.Literal('distance'), Type.Literal('period'), Type.Literal('headcount')]),
      points: Type.Integer(),
      zh: Type.String(),
      en: Type.String(),
    }),
  ),
  offer: ListingSchema,
  request: ListingSchema,
});

export const AgreementSchema = Type.Object({
  id: Type.String(),
  lenderId: Type.String(),
  lenderName: Type.String(),
  borrowerId: Type.String(),
  borrowerName: Type.String(),
  offerId: Nullable(Type.String()),
  requestId: Nullable(Type.String()),
  startDate: Type.String(),
  endDate: Type.String(),
  placeCode: Type.String(),
  placeName: Type.String(),
  address: Type.String(),
  occupationCode: Type.String(),
  wageFen: Type.Integer(),
  wagePayer: Party,
  injuryInsurer: Party,
  status: AgreementStatus,
  activatedOn: Nullable(Type.String()),
  endedOn: Nullable(Type.String()),
  version: Type.Integer(),
  createdAt: Type.String(),
  workers: Type.Array(
    Type.Object({
      personId: Type.String(),
      name: Type.String(),
      consent: Consent,
      answeredAt: Nullable(Type.String()),
      lent: Type.Boolean({ description: 'the agreement is active and the worker consented' }),
    }),
  ),
});

export const AgreementBody = Type.Object({
  offerId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  requestId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  lenderId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  borrowerId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  startDate: DateString,
  endDate: DateString,
  placeCode: Place,
  address: Type.String({ minLength: 1, maxLength: 200 }),
  occupationCode: Occupation,
  wageFen: Fen({ description: 'wage per month (fen), not below the work place’s minimum wage' }),
  wagePayer: Party,
  injuryInsurer: Party,
  workerIds: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), {
    minItems: 1,
    maxItems: 200,
    description: 'people on the lender’s staff',
  }),
});

export const VersionBody = Type.Object({ version: Version() });
export const AnswerBody = Type.Object({
  answer: Type.Union([Type.Literal('consent'), Type.Literal('decline')], { description: 'the worker’s own answer' }),
});
export const ListingQuery = Type.Object({
  side: Type.Optional(Side),
  status: Type.Optional(ListingStatus),
  page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
});
export const AgreementQuery = Type.Object({
  status: Type.Optional(AgreementStatus),
  page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
});
