/**
 * The error codes of the jobs module (postings, screening, the reserve, applications), defined here
 * rather than in the shared registry (decision 142).
 */
import { defineErrors, type CodesOf } from '../../core/errors.js';

export const jobsErrors = defineErrors({
  job_pay_below_minimum: {
    status: 422,
    zh: '工资低于当地最低工资标准',
    en: 'The pay is below the local minimum wage',
  },
  job_minimum_wage_unknown: {
    status: 422,
    zh: '工作地点在该日期没有最低工资标准，无法审核工资',
    en: 'The work place has no minimum wage on that date, so the pay cannot be checked',
  },
  job_posting_invalid: { status: 400, zh: '岗位信息不完整或有误', en: 'The posting is incomplete or wrong' },
  job_posting_not_open: { status: 409, zh: '该岗位当前不在招聘中', en: 'The posting is not open' },
  job_posting_state_changed: { status: 409, zh: '岗位状态已变化，请刷新后重试', en: 'The posting has moved on; reload and try again' },
  job_no_employer: { status: 403, zh: '您的账户没有关联用人单位', en: 'Your account is not linked to an employer' },
  job_no_person: { status: 403, zh: '您的账户没有关联人员档案', en: 'Your account is not linked to a person record' },
  job_already_applied: { status: 409, zh: '已申请过该岗位', en: 'You have already applied for this posting' },
  job_application_state_changed: {
    status: 409,
    zh: '求职申请的状态已变化，请刷新后重试',
    en: 'The job application has moved on; reload and try again',
  },
  job_application_step_invalid: {
    status: 409,
    zh: '该申请当前不能进行此操作',
    en: 'This step is not possible for the application now',
  },
  job_posting_full: { status: 409, zh: '该岗位已招满', en: 'The posting is already filled' },
  job_term_exists: { status: 409, zh: '词库中已有该词', en: 'The dictionary already has this term' },
});

declare module '../../core/errors.js' {
  interface ModuleErrorCodes extends CodesOf<typeof jobsErrors> {}
}
