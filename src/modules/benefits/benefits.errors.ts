/**
 * The error codes of the benefits module (claims, reviews, payments), defined here rather than in the
 * shared registry (decision 142). Every benefits file that refuses imports this file, through the
 * module face or directly, so the codes are registered before they are used.
 */
import { defineErrors, type CodesOf } from '../../core/errors.js';
import { refuse, type Refusal } from '../../core/result.js';

export const benefitsErrors = defineErrors({
  merge_claim_out_of_scope: {
    status: 403,
    zh: '待合并记录有辖区以外办理的申请，不能合并',
    en: 'The duplicate has a claim handled outside your jurisdiction; the merge cannot move it',
  },
  claim_state_changed: { status: 409, zh: '申请状态已变化，请刷新后重试', en: 'The claim has moved on; reload and try again' },
  claim_not_reviewable: { status: 409, zh: '该申请当前不在此审核环节', en: 'The claim is not waiting for a review at this level' },
  claim_self_review: { status: 403, zh: '不能审核自己提交的申请', en: 'You cannot review a claim you submitted' },
  claim_same_reviewer: {
    status: 403,
    zh: '县级审核和复议须由前一环节以外的人员办理',
    en: 'The county review and reconsideration must be by someone other than the earlier reviewer',
  },
  claim_level_forbidden: { status: 403, zh: '您的岗位不能办理这一级审核', en: 'Your role cannot review at this level' },
  claim_facts_locked: {
    status: 409,
    zh: '申请已进入审核，信息不能再修改',
    en: 'The claim is under review; its facts can no longer change',
  },
  claim_not_eligible: {
    status: 422,
    zh: '按政策规定不符合条件，不能批准',
    en: 'The decision says not eligible; the claim cannot be approved',
  },
  reconsideration_expired: { status: 409, zh: '已超过申请复议的期限', en: 'The period for asking for reconsideration has ended' },
  reconsideration_not_allowed: { status: 409, zh: '只有被拒绝的申请可以申请复议', en: 'Only a refused claim can be reconsidered' },
  payment_in_effect: {
    status: 409,
    zh: '该人员此项目此期次已有有效付款',
    en: 'A payment is already in effect for this person, program and instalment',
  },
  payment_over_limit: { status: 409, zh: '付款总额将超过补贴全额', en: 'The payments would exceed the full subsidy' },
  payment_not_reissuable: {
    status: 409,
    zh: '只有失败或已冲正的付款可以重新发放',
    en: 'Only a failed or reversed payment can be re-issued',
  },
  payment_not_reversible: {
    status: 409,
    zh: '该付款不能冲正（未支付或已冲正）',
    en: 'This payment cannot be reversed (not paid, or already reversed)',
  },
  batch_empty: { status: 409, zh: '没有待发放的付款', en: 'There are no pending payments to batch' },
  reconciliation_file: { status: 400, zh: '对账文件格式错误', en: 'The reconciliation file is malformed' },
});

declare module '../../core/errors.js' {
  interface ModuleErrorCodes extends CodesOf<typeof benefitsErrors> {}
}

/** The refusal of a merge that would move a claim handled outside the officer's jurisdiction, naming it (decision 162). */
export function claimElsewhere(claim: string, region: string): Refusal {
  return refuse('merge_claim_out_of_scope', {
    zh: `申请 ${claim} 由辖区以外（${region}）办理，合并不能转移它；请由该地或上级经办人合并`,
    en: `Claim ${claim} is handled outside your jurisdiction (${region}); ask that office or a wider one to merge`,
  }).reason;
}
