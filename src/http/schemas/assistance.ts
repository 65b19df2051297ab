/** Schemas of assistance cases (就业援助台账, O61-3.1). */
import { Type } from 'typebox';
import { DateString, lit, Nullable, Version } from './common.js';

export const RequirementSchema = lit(
  ['first_contact', 'guidance', 'referrals', 'offer'] as const,
  'first_contact 首次联系 · guidance 职业指导 · referrals 岗位推荐 · offer 培训或创业服务',
);
export const StepKindSchema = lit(
  [
    'first_contact',
    'career_guidance',
    'job_referral',
    'training_offer',
    'entrepreneurship_offer',
    'welfare_post_referral',
    'follow_up',
  ] as const,
  '首次联系 · 职业指导 · 岗位推荐 · 培训服务 · 创业服务 · 公益性岗位推荐 · 跟踪回访',
);
export const CategorySchema = lit(
  ['poor_labourer', 'priority_area', 'long_term_unemployed', 'disabled', 'older_worker'] as const,
  '脱贫劳动力 · 重点地区 · 长期失业 · 残疾 · 大龄',
);
const ItemStateSchema = lit(['done', 'done_late', 'open', 'overdue'] as const);
const PrioritySchema = lit(['high', 'normal'] as const);

const PlanItemFields = {
  requirement: RequirementSchema,
  dueOn: Type.String(),
  dueIn: lit(['working_days', 'calendar_days'] as const, 'how the due date was counted'),
  target: Type.Integer(),
  done: Type.Integer(),
  metOn: Nullable(Type.String()),
  state: ItemStateSchema,
};

const SummaryFields = {
  id: Type.String({ description: "the case's id is its unemployment registration's id" }),
  registrationNumber: Type.String(),
  personId: Type.String(),
  personName: Type.String(),
  region: Type.String(),
  status: lit(['open', 'closed'] as const),
  openedOn: Type.String(),
  priority: PrioritySchema,
  officerId: Nullable(Type.String()),
};

export const CaseSummarySchema = Type.Object(SummaryFields);

export const CaseSchema = Type.Object({
  ...SummaryFields,
  idNumberMasked: Type.String(),
  closedOn: Nullable(Type.String()),
  closeReason: Nullable(Type.String()),
  derivedCategories: Type.Array(CategorySchema),
  recordedCategories: Type.Array(CategorySchema),
  standard: Type.Object({
    firstContactWorkingDays: Type.Integer(),
    planCalendarDays: Type.Integer(),
    guidanceSessions: Type.Integer(),
    jobReferrals: Type.Integer(),
    offers: Type.Integer(),
  }),
  plan: Type.Array(Type.Object(PlanItemFields)),
  steps: Type.Array(
    Type.Object({
      id: Type.String(),
      kind: StepKindSchema,
      onDate: Type.String(),
      officerName: Type.String(),
      outcome: Type.String(),
      applicationId: Nullable(Type.String()),
      postingTitle: Nullable(Type.String()),
      recordedAt: Type.String(),
    }),
  ),
  version: Type.Integer(),
});

export const OverdueSchema = Type.Object({
  caseId: Type.String(),
  registrationNumber: Type.String(),
  personName: Type.String(),
  region: Type.String(),
  priority: PrioritySchema,
  officerId: Nullable(Type.String()),
  ...PlanItemFields,
});

export const ReminderSchema = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  registrationNumber: Type.String(),
  personName: Type.String(),
  region: Type.String(),
  requirement: RequirementSchema,
  dueOn: Type.String(),
  createdAt: Type.String(),
  metSince: Nullable(Type.String({ description: 'the date the item was met after the reminder, if it was' })),
});

export const StepBody = Type.Object({
  kind: StepKindSchema,
  onDate: Type.Optional(DateString),
  outcome: Type.String({ minLength: 1, maxLength: 1000 }),
});
export const CategoriesBody = Type.Object({
  version: Version(),
  categories: Type.Array(lit(['long_term_unemployed', 'disabled', 'older_worker'] as const), { maxItems: 3 }),
});
export const ReferBody = Type.Object({ postingId: Type.String({ minLength: 1, maxLength: 64 }) });
