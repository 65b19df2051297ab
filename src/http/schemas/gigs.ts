/** TypeBox schemas of the gig-work API (issue 9.5): tasks, sign-ups, ratings, reports, history. */
import { Type } from 'typebox';
import { DateString, Fen, lit, MAX_PAGE, Nullable, Version } from './common.js';
import { reportActions, reportStatuses } from '../../modules/gigs/index.js';

export const TaskStatusSchema = lit(['open', 'closed', 'cancelled'] as const);
export const SignupStatusSchema = lit([
  'signed_up',
  'confirmed',
  'declined',
  'withdrawn',
  'recorded',
  'completed',
  'disputed',
  'cancelled',
] as const);
export const ReportReasonSchema = lit(['unpaid', 'underpaid', 'unsafe', 'no_show', 'harassment', 'false_information', 'other'] as const);
// From the module's workflow, so a new state or action cannot be missing from the API.
export const ReportStatusSchema = lit(reportStatuses);
export const ReportActionSchema = lit(reportActions);

const Code = Type.String({ pattern: '^[0-9]{6}([0-9]{3})?$', description: 'division code (6 or 9 digits)' });

export const TaskBody = Type.Object({
  enterpriseId: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'officers: the employer posted for' })),
  title: Type.String({ minLength: 1, maxLength: 100 }),
  occupationCode: Type.String({ minLength: 1, maxLength: 20, description: '2022 occupation classification' }),
  placeCode: Code,
  address: Type.String({ minLength: 1, maxLength: 200 }),
  startDate: DateString,
  endDate: Type.Optional(DateString),
  dayRateFen: Fen({ description: 'day rate in fen (at least 8 × the local hourly minimum)' }),
  headcount: Type.Integer({ minimum: 1, maximum: 200 }),
  bring: Type.Optional(Type.String({ maxLength: 200, description: 'what to bring' })),
});

export const TaskQuery = Type.Object({
  status: Type.Optional(TaskStatusSchema),
  place: Type.Optional(Type.String({ pattern: '^[0-9]{2,9}$', description: 'places under this division code' })),
  page: Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
});

export const TaskSchema = Type.Object({
  id: Type.String(),
  enterpriseId: Type.String(),
  enterpriseName: Type.String(),
  title: Type.String(),
  occupationCode: Type.String(),
  placeCode: Type.String(),
  address: Type.String(),
  startDate: Type.String(),
  endDate: Type.String(),
  days: Type.Integer(),
  dayRateFen: Type.Integer(),
  headcount: Type.Integer(),
  confirmed: Type.Integer(),
  waiting: Type.Integer(),
  bring: Type.String(),
  status: TaskStatusSchema,
  version: Type.Integer(),
  createdAt: Type.String(),
});

export const SignupSchema = Type.Object({
  id: Type.String(),
  taskId: Type.String(),
  personId: Type.String(),
  name: Type.String(),
  status: SignupStatusSchema,
  daysWorked: Nullable(Type.Integer()),
  paidFen: Nullable(Type.Integer()),
  disputeReason: Nullable(Type.String()),
  workerRating: Nullable(Type.Integer()),
  employerRating: Nullable(Type.Integer()),
  version: Type.Integer(),
  createdAt: Type.String(),
});

export const MySignupSchema = Type.Intersect([SignupSchema, Type.Object({ task: TaskSchema })]);

export const VersionBody = Type.Object({ version: Version() });
export const RecordBody = Type.Object({
  version: Version(),
  daysWorked: Type.Integer({ minimum: 0, maximum: 7 }),
  paidFen: Fen({ description: 'amount paid (a record, not a transfer)' }),
});
export const DisputeBody = Type.Object({ version: Version(), reason: Type.String({ minLength: 1, maxLength: 500 }) });
export const RatingBody = Type.Object({
  score: Type.Integer({ minimum: 1, maximum: 5 }),
  comment: Type.Optional(Type.String({ maxLength: 300 })),
});
export const ReportBody = Type.Object({ reason: ReportReasonSchema, detail: Type.String({ minLength: 1, maxLength: 1000 }) });
export const ActBody = Type.Object({ action: ReportActionSchema, note: Type.String({ minLength: 1, maxLength: 500 }), version: Version() });

export const ReportSchema = Type.Object({
  id: Type.String(),
  signupId: Type.String(),
  taskId: Type.String(),
  taskTitle: Type.String(),
  enterpriseId: Type.String(),
  enterpriseName: Type.String(),
  personName: Type.String(),
  placeCode: Type.String(),
  side: lit(['worker', 'employer'] as const),
  reason: ReportReasonSchema,
  detail: Type.String(),
  status: ReportStatusSchema,
  actions: Type.Array(ReportActionSchema),
  actionNote: Nullable(Type.String()),
  version: Type.Integer(),
  createdAt: Type.String(),
});

const Count = Type.Object({ status: Type.String(), n: Type.Integer() });
export const MarketSchema = Type.Object({ tasks: Type.Array(Count), signups: Type.Array(Count), openReports: Type.Integer() });
