/** What the API shows of gig tasks, sign-ups and reports. */
import type { GigRatingRow, GigReportRow, GigSignupRow, GigTaskRow } from './gig.table.js';
import {
  gigDays,
  reportWorkflow,
  type ReportAction,
  type ReportReason,
  type ReportStatus,
  type SignupStatus,
  type TaskStatus,
} from './gig.js';
import { eventsFrom } from '../kernel/index.js';

export interface TaskView {
  id: string;
  enterpriseId: string;
  enterpriseName: string;
  title: string;
  occupationCode: string;
  placeCode: string;
  address: string;
  startDate: string;
  endDate: string;
  days: number;
  dayRateFen: number;
  headcount: number;
  confirmed: number;
  /** Sign-ups waiting for the employer. */
  waiting: number;
  bring: string;
  status: TaskStatus;
  version: number;
  createdAt: string;
}

export interface SignupView {
  id: string;
  taskId: string;
  personId: string;
  name: string;
  status: SignupStatus;
  daysWorked: number | null;
  paidFen: number | null;
  disputeReason: string | null;
  /** The worker's rating of the employer and the employer's of the worker (1–5), once given. */
  workerRating: number | null;
  employerRating: number | null;
  version: number;
  createdAt: string;
}

export interface MySignupView extends SignupView {
  task: TaskView;
}

export interface ReportView {
  id: string;
  signupId: string;
  taskId: string;
  taskTitle: string;
  enterpriseId: string;
  enterpriseName: string;
  personName: string;
  placeCode: string;
  side: 'worker' | 'employer';
  reason: ReportReason;
  detail: string;
  status: ReportStatus;
  /** What an officer may do now: the workflow's steps from this status (suspend only on a worker's report). */
  actions: ReportAction[];
  actionNote: string | null;
  version: number;
  createdAt: string;
}

export function toTaskView(t: GigTaskRow, enterpriseName: string, waiting: number): TaskView {
  return {
    id: t.id,
    enterpriseId: t.enterprise_id,
    enterpriseName,
    title: t.title,
    occupationCode: t.occupation_code,
    placeCode: t.place_code,
    address: t.address,
    startDate: t.start_date,
    endDate: t.end_date,
    days: gigDays(t.start_date, t.end_date),
    dayRateFen: Number(t.day_rate_fen),
    headcount: Number(t.headcount),
    confirmed: Number(t.confirmed),
    waiting,
    bring: t.bring,
    status: t.status as TaskStatus,
    version: Number(t.version),
    createdAt: t.created_at,
  };
}

export function toSignupView(s: GigSignupRow, name: string, ratings: readonly GigRatingRow[]): SignupView {
  const by = (side: string) => {
    const r = ratings.find((x) => x.signup_id === s.id && x.side === side);
    return r ? Number(r.score) : null;
  };
  return {
    id: s.id,
    taskId: s.task_id,
    personId: s.person_id,
    name,
    status: s.status as SignupStatus,
    daysWorked: s.days_worked === null ? null : Number(s.days_worked),
    paidFen: s.paid_fen === null ? null : Number(s.paid_fen),
    disputeReason: s.dispute_reason,
    workerRating: by('worker'),
    employerRating: by('employer'),
    version: Number(s.version),
    createdAt: s.created_at,
  };
}

export function toReportView(
  r: GigReportRow,
  s: { taskId: string; taskTitle: string; enterpriseId: string; enterpriseName: string; personName: string },
): ReportView {
  return {
    id: r.id,
    signupId: r.signup_id,
    ...s,
    placeCode: r.place_code,
    side: r.side as 'worker' | 'employer',
    reason: r.reason as ReportReason,
    detail: r.detail,
    status: r.status as ReportStatus,
    actions: eventsFrom(reportWorkflow, r.status).filter((a) => a !== 'suspend' || r.side === 'worker'),
    actionNote: r.action_note,
    version: Number(r.version),
    createdAt: r.created_at,
  };
}
