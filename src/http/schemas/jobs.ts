/** TypeBox schemas of the jobs API (postings, the reserve, matching, applications, messages). */
import { Type } from 'typebox';
import { DateString, Fen, lit, Version } from './common.js';

export const PayPeriodSchema = lit(['month', 'day', 'hour', 'piece'] as const, 'pay period: 月/日/小时/计件');
export const ContractKindSchema = lit(['regular', 'seasonal', 'temporary', 'part_time', 'gig'] as const);
export const PostingStatusSchema = lit(['screening', 'held', 'open', 'rejected', 'closed', 'expired', 'filled'] as const);
export const TermCategorySchema = lit(['sex', 'ethnicity', 'hukou', 'age', 'health'] as const);
export const ApplicationStatusSchema = lit([
  'submitted',
  'viewed',
  'interview',
  'offered',
  'hired',
  'rejected',
  'withdrawn',
  'expired',
] as const);
export const RejectReasonSchema = lit([
  'requirements_not_met',
  'skills_mismatch',
  'position_filled',
  'no_show',
  'declined_offer',
  'other_candidate',
] as const);
const Code = Type.String({ pattern: '^[0-9]{6}([0-9]{3})?$', description: 'division code (6 or 9 digits)' });

export const PostingBody = Type.Object({
  enterpriseId: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'officers: the employer posted for' })),
  title: Type.String({ minLength: 1, maxLength: 100 }),
  occupationCode: Type.String({ minLength: 1, maxLength: 20 }),
  industryCode: Type.Optional(Type.String({ minLength: 1, maxLength: 4 })),
  workCode: Code,
  workAddress: Type.String({ minLength: 1, maxLength: 200 }),
  headcount: Type.Integer({ minimum: 1, maximum: 10_000 }),
  payMinFen: Type.Integer({ minimum: 1, maximum: 100_000_000 }),
  payMaxFen: Type.Integer({ minimum: 1, maximum: 100_000_000 }),
  payPeriod: PayPeriodSchema,
  pieceMonthlyFen: Type.Optional(Type.Union([Fen({ description: 'piece rates: the stated monthly equivalent' }), Type.Null()])),
  contractKind: ContractKindSchema,
  housing: Type.Boolean(),
  meals: Type.Boolean(),
  requirements: Type.String({ maxLength: 2000 }),
  education: Type.Optional(Type.Union([Type.String({ maxLength: 20 }), Type.Null()])),
  skills: Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 20 }),
  ageMin: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 100 }), Type.Null()])),
  ageMax: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 100 }), Type.Null()])),
  startDate: DateString,
});

const FlagSchema = Type.Object({
  kind: lit(['term', 'age_limit', 'arrears'] as const),
  term: Type.Optional(Type.String()),
  category: Type.Optional(TermCategorySchema),
  ageMax: Type.Optional(Type.Integer()),
});

export const PostingSchema = Type.Object({
  id: Type.String(),
  enterpriseId: Type.String(),
  enterpriseName: Type.Union([Type.String(), Type.Null()]),
  title: Type.String(),
  occupationCode: Type.String(),
  industryCode: Type.String(),
  prioritySector: Type.Boolean(),
  workCode: Type.String(),
  workAddress: Type.String(),
  headcount: Type.Integer(),
  filled: Type.Integer(),
  payMinFen: Type.Integer(),
  payMaxFen: Type.Integer(),
  payPeriod: PayPeriodSchema,
  pieceMonthlyFen: Type.Union([Type.Integer(), Type.Null()]),
  contractKind: ContractKindSchema,
  housing: Type.Boolean(),
  meals: Type.Boolean(),
  requirements: Type.String(),
  education: Type.Union([Type.String(), Type.Null()]),
  skills: Type.Array(Type.String()),
  ageMin: Type.Union([Type.Integer(), Type.Null()]),
  ageMax: Type.Union([Type.Integer(), Type.Null()]),
  startDate: Type.String(),
  expiresOn: Type.String(),
  status: PostingStatusSchema,
  flags: Type.Array(FlagSchema),
  screenNote: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  version: Type.Integer(),
});

export const VersionBody = Type.Object({ version: Version() });
export const ScreenBody = Type.Object({ version: Version(), note: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })) });
export const RejectPostingBody = Type.Object({ version: Version(), note: Type.String({ minLength: 1, maxLength: 500 }) });

export const PostingQuery = Type.Object({
  status: Type.Optional(PostingStatusSchema),
  occupation: Type.Optional(Type.String({ pattern: '^[0-9](-[0-9]{2}){0,3}$' })),
  place: Type.Optional(Type.String({ pattern: '^[0-9]{2,9}$' })),
  q: Type.Optional(Type.String({ maxLength: 50 })),
  page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
});

export const MinimumWageSchema = Type.Object({
  monthlyFen: Type.Integer(),
  hourlyFen: Type.Integer(),
  region: Type.String(),
  placeName: Type.String(),
  monthlySource: Type.String(),
  hourlySource: Type.String(),
  effectiveFrom: Type.String(),
});

export const ReasonSchema = Type.Object({
  factor: Type.String(),
  points: Type.Number(),
  zh: Type.String(),
  en: Type.String(),
  clause: Type.Optional(Type.String()),
});

const MatchFields = {
  postingId: Type.String(),
  personId: Type.String(),
  score: Type.Number(),
  boosted: Type.Number(),
  distanceKm: Type.Union([Type.Number(), Type.Null()]),
  tier: Type.String(),
  reasons: Type.Array(ReasonSchema),
};
export const RecommendationSchema = Type.Object({ ...MatchFields, posting: PostingSchema });
export const CandidateSchema = Type.Object({ ...MatchFields, name: Type.String() });

export const ReserveGroupSchema = Type.Object({
  key: Type.String(),
  name: Type.String(),
  postings: Type.Integer(),
  places: Type.Integer(),
});
export const ReservePointSchema = Type.Object({ month: Type.String(), postings: Type.Integer(), places: Type.Integer() });
export const TermSchema = Type.Object({ id: Type.String(), term: Type.String(), category: TermCategorySchema });
export const SettingsSchema = Type.Object({
  expiryDays: Type.Integer({ minimum: 1, maximum: 365 }),
  reminderDays: Type.Integer({ minimum: 1, maximum: 30 }),
  applicationDays: Type.Integer({ minimum: 1, maximum: 90 }),
});

export const ApplicationSchema = Type.Object({
  id: Type.String(),
  postingId: Type.String(),
  personId: Type.String(),
  status: ApplicationStatusSchema,
  rejectReason: Type.Union([RejectReasonSchema, Type.Null()]),
  referred: Type.Boolean(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  version: Type.Integer(),
  postingTitle: Type.Optional(Type.String()),
  personName: Type.Optional(Type.String()),
});

export const StepBody = Type.Object({
  event: lit(['view', 'invite', 'offer', 'hire', 'reject', 'withdraw'] as const),
  version: Version(),
  reason: Type.Optional(RejectReasonSchema),
});

export const MessageSchema = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  refId: Type.String(),
  zh: Type.String(),
  en: Type.String(),
  createdAt: Type.String(),
  readAt: Type.Union([Type.String(), Type.Null()]),
});
