/** The error codes of labour sharing (decision 142). */
import { defineErrors, type CodesOf } from '../../core/errors.js';

export const sharingErrors = defineErrors({
  sharing_invalid: { status: 400, zh: '用工调剂信息不完整或有误', en: 'The labour-sharing details are incomplete or wrong' },
  sharing_listing_not_open: { status: 409, zh: '该供需信息已不在发布中', en: 'The offer or request is no longer open' },
  sharing_agreement_wrong_state: {
    status: 409,
    zh: '协议当前状态不允许这一操作',
    en: 'The agreement is not in a state that allows this step',
  },
  sharing_state_changed: { status: 409, zh: '状态已变化，请刷新后重试', en: 'It has moved on; reload and try again' },
  sharing_not_staff: {
    status: 422,
    zh: '所选人员不是出借单位的在职职工',
    en: 'A person picked is not employed by the lending firm',
  },
  sharing_wage_below_minimum: { status: 422, zh: '工资低于用工地最低工资标准', en: 'The wage is below the minimum wage of the work place' },
  sharing_minimum_wage_unknown: {
    status: 422,
    zh: '用工地在该日期没有最低工资标准，无法审核工资',
    en: 'The work place has no minimum wage on that date, so the wage cannot be checked',
  },
  sharing_same_firm: { status: 422, zh: '出借单位和借入单位不能是同一家', en: 'The lender and the borrower must be different firms' },
  sharing_consent_own_only: {
    status: 403,
    zh: '是否同意借调只能由职工本人在手机上确认',
    en: 'Only the worker may consent, from their own phone',
  },
  sharing_already_answered: { status: 409, zh: '您已答复过这份借调协议', en: 'You have already answered this agreement' },
});

declare module '../../core/errors.js' {
  interface ModuleErrorCodes extends CodesOf<typeof sharingErrors> {}
}
