/** Schemas of rapid response (快速响应). */
import { Type } from 'typebox';
import { Bilingual, DateString, Nullable, Version } from './common.js';

export const EventKindSchema = Type.Union(
  [Type.Literal('layoff'), Type.Literal('closure'), Type.Literal('epidemic'), Type.Literal('disaster')],
  { description: 'layoff 规模裁员 · closure 企业关停 · epidemic 疫情 · disaster 灾害' },
);
export const TaskDepartmentSchema = Type.Union(
  [
    Type.Literal('employment_bureau'),
    Type.Literal('enterprise'),
    Type.Literal('transport'),
    Type.Literal('civil_affairs'),
    Type.Literal('justice'),
    Type.Literal('poverty_office'),
    Type.Literal('development_reform'),
  ],
  {
    description:
      'employment_bureau 就业部门 · enterprise 企业 · transport 交通运输 · civil_affairs 民政 · justice 司法 · poverty_office 乡村振兴 · development_reform 发展改革',
  },
);
const TaskStatusSchema = Type.Union([Type.Literal('open'), Type.Literal('in_progress'), Type.Literal('done')], {
  description: 'open 待办 · in_progress 办理中 · done 已完成',
});
const OfferKindSchema = Type.Union([Type.Literal('registration'), Type.Literal('referral'), Type.Literal('relief')], {
  description: 'registration 失业登记 · referral 岗位推荐 · relief 救助与补贴',
});
const OfferStatusSchema = Type.Union([Type.Literal('offered'), Type.Literal('taken_up'), Type.Literal('declined')], {
  description: 'offered 已提供 · taken_up 已接受 · declined 未接受',
});

export const EventSummarySchema = Type.Object({
  id: Type.String(),
  number: Type.String({ description: 'readable number, e.g. 东莞-2026-响000001' }),
  kind: EventKindSchema,
  enterpriseId: Nullable(Type.String()),
  enterpriseName: Nullable(Type.String()),
  region: Type.String({ description: 'where it happens (the event belongs to its county)' }),
  occurredOn: Type.String(),
  description: Type.String(),
  workersAffected: Type.Integer(),
  reportedVia: Type.Union([Type.Literal('employer'), Type.Literal('officer')], { description: 'who recorded it' }),
  recordedOn: Type.String(),
  createdAt: Type.String(),
});

export const TaskSchema = Type.Object({
  id: Type.String(),
  eventId: Type.String(),
  eventNumber: Type.String(),
  region: Type.String(),
  department: TaskDepartmentSchema,
  template: Type.String({ description: 'what to do (a template key)' }),
  dueOn: Type.String(),
  status: TaskStatusSchema,
  overdue: Type.Boolean({ description: 'not done and past its due date (Beijing)' }),
  overdueMarkedAt: Nullable(Type.String()),
  ownerUserId: Nullable(Type.String()),
  ownerName: Nullable(Type.String()),
  note: Nullable(Type.String()),
  doneOn: Nullable(Type.String()),
  version: Type.Integer(),
  mayAct: Type.Boolean(),
});

export const OfferSchema = Type.Object({
  id: Type.String(),
  workerId: Type.String(),
  kind: OfferKindSchema,
  ref: Type.String({ description: 'a posting id (referral), a program id (relief), empty (registration)' }),
  label: Bilingual,
  amountFen: Nullable(Type.Integer()),
  status: OfferStatusSchema,
  offeredOn: Type.String(),
  closedOn: Nullable(Type.String()),
  note: Nullable(Type.String()),
  version: Type.Integer(),
});

export const EventSchema = Type.Object({
  ...EventSummarySchema.properties,
  access: Type.Union([Type.Literal('full'), Type.Literal('partial'), Type.Literal('enterprise')], {
    description: 'full: the event’s area · partial: a listed worker’s home or a task’s area · enterprise: the reporting employer',
  }),
  workersListed: Type.Integer(),
  tasks: Type.Array(TaskSchema),
  workers: Type.Array(
    Type.Object({
      id: Type.String(),
      personId: Type.String(),
      name: Type.String(),
      idNumberMasked: Type.String(),
      homeRegion: Type.String(),
      addedVia: Type.Union([Type.Literal('picked'), Type.Literal('imported')], {
        description: 'picked from the registry or imported from .xlsx',
      }),
      offers: Type.Array(OfferSchema),
    }),
  ),
  progress: Type.Array(
    Type.Object({ department: TaskDepartmentSchema, total: Type.Integer(), done: Type.Integer(), overdue: Type.Integer() }),
  ),
  mayManage: Type.Boolean(),
});

const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });
const Affected = Type.Integer({ minimum: 1, maximum: 1_000_000 });

export const CreateEventBody = Type.Object({
  kind: EventKindSchema,
  enterpriseId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  placeCode: Type.Optional(
    Type.String({ pattern: '^[0-9]{6}([0-9]{3})?$', description: 'where it happens; the enterprise address when left out' }),
  ),
  occurredOn: DateString,
  description: Text(2000),
  workersAffected: Affected,
});

export const ReportLayoffBody = Type.Object({ occurredOn: DateString, description: Text(2000), workersAffected: Affected });

export const AddWorkersBody = Type.Object({
  personIds: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { minItems: 1, maxItems: 200 }),
});

export const AddOutcomeSchema = Type.Object({
  added: Type.Integer(),
  alreadyListed: Type.Integer(),
  problems: Type.Array(Type.Object({ rowNumber: Type.Integer(), code: Type.String(), message: Bilingual })),
});

export const TaskStepBody = Type.Object({ version: Version(), note: Type.Optional(Type.String({ maxLength: 1000 })) });
export const OfferStepBody = Type.Object({ version: Version(), note: Type.Optional(Type.String({ maxLength: 500 })) });
