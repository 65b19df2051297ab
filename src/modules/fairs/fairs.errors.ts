/** The error codes of the job-fairs module (decision 142). */
import { defineErrors, type CodesOf } from '../../core/errors.js';

export const fairsErrors = defineErrors({
  fair_full: {
    status: 409,
    zh: '招聘会报名人数已满',
    en: 'The job fair is full: no more registrations are taken',
  },
  fair_already_registered: {
    status: 409,
    zh: '该人员已报名这场招聘会',
    en: 'The person is already registered for this job fair',
  },
  fair_already_checked_in: {
    status: 409,
    zh: '该报名码已签到，不能重复签到',
    en: 'This registration code has already been checked in; a second check-in is refused',
  },
  fair_code_unknown: {
    status: 404,
    zh: '这场招聘会没有这个报名码',
    en: 'There is no such registration code for this job fair',
  },
  fair_not_onsite: {
    status: 422,
    zh: '线上招聘会没有现场签到',
    en: 'An online-only job fair has no check-in at the door',
  },
  fair_ended: {
    status: 422,
    zh: '招聘会已结束',
    en: 'The job fair has ended',
  },
  fair_not_participant: {
    status: 422,
    zh: '该单位未参加这场招聘会',
    en: 'The employer does not take part in this job fair',
  },
  fair_already_participant: {
    status: 409,
    zh: '该单位已参加或已申请参加这场招聘会',
    en: 'The employer already takes part in this job fair or has applied to',
  },
  fair_posting_refused: {
    status: 422,
    zh: '只能带本单位正在招聘的岗位参加招聘会',
    en: 'An employer brings only its own open postings to a job fair',
  },
  fair_posting_not_in_fair: {
    status: 422,
    zh: '该岗位不在这场招聘会上',
    en: 'The posting is not at this job fair',
  },
  fair_no_person: {
    status: 404,
    zh: '没有找到身份证号码和姓名相符的人员',
    en: 'No person with this ID number and name was found',
  },
});

declare module '../../core/errors.js' {
  interface ModuleErrorCodes extends CodesOf<typeof fairsErrors> {}
}
