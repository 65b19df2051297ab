/** Applications and referrals: statuses, the workflow (kernel) and the fixed list of rejection reasons. */
import { defineWorkflow } from '../kernel/index.js';
import './jobs.errors.js';

export const applicationStatuses = ['submitted', 'viewed', 'interview', 'offered', 'hired', 'rejected', 'withdrawn', 'expired'] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];
export const applicationEvents = ['view', 'invite', 'offer', 'hire', 'reject', 'withdraw', 'expire'] as const;
export type ApplicationEvent = (typeof applicationEvents)[number];
/** Steps the employer (or an officer for it) takes; withdraw is the worker's, expire the timer's. */
export const answerEvents = ['view', 'invite', 'offer', 'hire', 'reject'] as const;
export type AnswerEvent = (typeof answerEvents)[number];

export const rejectReasons = [
  'requirements_not_met',
  'skills_mismatch',
  'position_filled',
  'no_show',
  'declined_offer',
  'other_candidate',
] as const;
export type RejectReason = (typeof rejectReasons)[number];

export const applicationWorkflow = defineWorkflow({
  entityType: 'job_application',
  table: 'job_applications',
  states: applicationStatuses,
  rules: [
    { event: 'view', from: 'submitted', to: 'viewed' },
    { event: 'invite', from: ['submitted', 'viewed'], to: 'interview' },
    { event: 'offer', from: ['viewed', 'interview'], to: 'offered' },
    { event: 'hire', from: 'offered', to: 'hired' },
    { event: 'reject', from: ['submitted', 'viewed', 'interview', 'offered'], to: 'rejected' },
    { event: 'withdraw', from: ['submitted', 'viewed', 'interview', 'offered'], to: 'withdrawn' },
    { event: 'expire', from: ['submitted', 'viewed'], to: 'expired' },
  ],
  invalidCode: 'job_application_step_invalid',
  conflictCode: 'job_application_state_changed',
});

/** What the worker is told at each step (the posting's title filled in). */
export const stepNotices: Record<ApplicationEvent, { zh: string; en: string }> = {
  view: { zh: '用人单位已查看您对“{t}”的申请', en: 'The employer has seen your application for "{t}"' },
  invite: { zh: '用人单位邀请您参加“{t}”的面试', en: 'You are invited to an interview for "{t}"' },
  offer: { zh: '恭喜！“{t}”向您发出录用意向', en: 'You have an offer for "{t}"' },
  hire: { zh: '您已被“{t}”录用，就业信息已更新', en: 'You are hired for "{t}"; your employment record is updated' },
  reject: { zh: '很遗憾，您对“{t}”的申请未被录用', en: 'Your application for "{t}" was not successful' },
  withdraw: { zh: '您已撤回对“{t}”的申请', en: 'You withdrew your application for "{t}"' },
  expire: {
    zh: '用人单位未在期限内答复您对“{t}”的申请，申请已失效',
    en: 'The employer did not answer your application for "{t}" in time; it has expired',
  },
};
