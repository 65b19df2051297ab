/** The error codes of gig work (decision 142). The day rate's minimum-wage refusal is the jobs module's own. */
import { defineErrors, type CodesOf } from '../../core/errors.js';

export const gigsErrors = defineErrors({
  gig_invalid: { status: 400, zh: '零工任务信息不完整或有误', en: 'The gig task is incomplete or wrong' },
  gig_not_open: { status: 409, zh: '该零工任务已停止报名', en: 'The gig task no longer takes sign-ups' },
  gig_full: { status: 409, zh: '该零工任务已确认满员', en: 'The gig task already has its full headcount confirmed' },
  gig_already_signed_up: { status: 409, zh: '您已报名该零工任务', en: 'You have already signed up for this gig' },
  gig_step_invalid: { status: 409, zh: '当前状态不能进行此操作', en: 'This step is not possible now' },
  gig_state_changed: {
    status: 409,
    zh: '零工或报名的状态已变化，请刷新后重试',
    en: 'The gig or sign-up has moved on; reload and try again',
  },
  gig_already_rated: { status: 409, zh: '您已评价过这次零工', en: 'You have already rated this gig' },
  gig_not_finished: { status: 409, zh: '零工完成确认后才能评价', en: 'A gig can be rated once its completion is confirmed' },
  gig_employer_suspended: {
    status: 403,
    zh: '该用人单位的零工发布已被暂停',
    en: "The employer's gig posting is suspended",
  },
  gig_no_person: {
    status: 403,
    zh: '您的账户没有关联人员档案，不能报名零工',
    en: 'Your account is not linked to a person record, so it cannot take gigs',
  },
  gig_no_employer: {
    status: 403,
    zh: '您的账户没有关联用人单位，不能发布零工',
    en: 'Your account is not linked to an employer, so it cannot post gigs',
  },
});

declare module '../../core/errors.js' {
  interface ModuleErrorCodes extends CodesOf<typeof gigsErrors> {}
}
