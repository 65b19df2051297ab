/** TypeBox schemas of job fairs (招聘会). */
import { Type } from 'typebox';
import { DateString, lit, Nullable } from './common.js';

export const FairKindSchema = lit(['online', 'onsite', 'both'] as const, 'online 线上 · onsite 现场 · both 线上线下');
export const TargetGroupSchema = lit(
  ['poor_labourers', 'returning_migrants', 'relocated', 'unemployed', 'graduates'] as const,
  'poor_labourers 建档立卡贫困劳动力 · returning_migrants 返乡农民工 · relocated 易地搬迁群众 · unemployed 失业人员 · graduates 高校毕业生',
);
const Booth = Type.String({ minLength: 1, maxLength: 20 });

export const FairBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  kind: FairKindSchema,
  startsOn: DateString,
  endsOn: DateString,
  hours: Type.String({ maxLength: 11, description: 'HH:MM-HH:MM, Beijing time' }),
  venueCode: Type.Optional(Nullable(Type.String({ maxLength: 12 }))),
  venueAddress: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  targetGroups: Type.Array(TargetGroupSchema, { maxItems: 5 }),
  capacity: Type.Integer({ minimum: 1, maximum: 100_000 }),
});

const FairFields = {
  id: Type.String(),
  region: Type.String({ description: 'the organising office' }),
  name: Type.String(),
  kind: FairKindSchema,
  startsOn: Type.String(),
  endsOn: Type.String(),
  hours: Type.String(),
  venueCode: Nullable(Type.String()),
  venueAddress: Nullable(Type.String()),
  targetGroups: Type.Array(TargetGroupSchema),
  capacity: Type.Integer(),
  registered: Type.Integer(),
  phase: lit(['upcoming', 'running', 'ended'] as const),
  manageable: Type.Boolean({ description: 'the caller organises this fair' }),
};
export const FairSchema = Type.Object(FairFields);

export const FairPostingSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  workCode: Type.String(),
  payMinFen: Type.Integer(),
  payMaxFen: Type.Integer(),
  payPeriod: lit(['month', 'day', 'hour', 'piece'] as const),
  headcount: Type.Integer(),
  open: Type.Boolean(),
});

export const FairEmployerSchema = Type.Object({
  enterpriseId: Type.String(),
  name: Type.String(),
  status: lit(['applied', 'joined'] as const, 'applied 已申请 · joined 已参加'),
  booth: Nullable(Type.String()),
  postings: Type.Array(FairPostingSchema),
});

export const RegistrationSchema = Type.Object({
  id: Type.String(),
  fairId: Type.String(),
  fairName: Type.Optional(Type.String()),
  startsOn: Type.Optional(Type.String()),
  personId: Type.String(),
  personName: Type.Optional(Type.String()),
  code: Type.String({ description: 'the short code shown at the door' }),
  channel: lit(['phone', 'door'] as const),
  registeredAt: Type.String(),
  checkedInAt: Nullable(Type.String()),
});

export const FairDetailSchema = Type.Object({
  ...FairFields,
  employers: Type.Array(FairEmployerSchema),
  myRegistration: Nullable(RegistrationSchema),
  myParticipation: Nullable(lit(['applied', 'joined'] as const)),
});

export const CountsSchema = Type.Object({
  registered: Type.Integer(),
  checkedIn: Type.Integer(),
  onlineVisitors: Type.Integer(),
  employers: Type.Integer(),
  postings: Type.Integer(),
  applications: Type.Integer(),
  hires: Type.Integer(),
});

export const InviteBody = Type.Object({
  enterpriseId: Type.String({ minLength: 1, maxLength: 64 }),
  booth: Type.Optional(Nullable(Booth)),
});
export const ApproveBody = Type.Object({ booth: Type.Optional(Nullable(Booth)) });
export const PostingsBody = Type.Object({ postingIds: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 50 }) });
export const DoorBody = Type.Object({
  idNumber: Type.String({ minLength: 15, maxLength: 18 }),
  name: Type.String({ minLength: 1, maxLength: 50 }),
});
export const CheckInBody = Type.Object({ code: Type.String({ minLength: 1, maxLength: 20 }) });
export const FairApplyBody = Type.Object({ postingId: Type.String({ minLength: 1, maxLength: 64 }) });
export const FairEnterpriseParams = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 64 }),
  enterpriseId: Type.String({ minLength: 1, maxLength: 64 }),
});
