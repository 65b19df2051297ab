/** The error codes of the complaints module (decision 142). */
import { defineErrors, type CodesOf } from '../../core/errors.js';

export const complaintsErrors = defineErrors({
  complaint_workers_invalid: {
    status: 422,
    zh: '请列出受影响的劳动者（每人一次），并填写每人的欠薪金额',
    en: 'List the workers affected (each once) with the amount owed to each',
  },
  complaint_office_refused: {
    status: 422,
    zh: '只能向本人户籍地、常住地、就业地、参保地或用人单位所在地的县级人社部门投诉',
    en: "A complaint is filed with the county of one of the worker's four places or of the employer",
  },
  complaint_recovered_invalid: {
    status: 422,
    zh: '追回金额应为每位劳动者不超过其欠薪金额的非负整数（分）',
    en: 'The amount recovered for each worker is whole fen, not negative and not above what was owed',
  },
  complaint_employer_unregistered: {
    status: 422,
    zh: '该投诉的用人单位未在单位库中登记，无法标记恶意欠薪',
    en: 'The employer of this complaint is not in the enterprise registry, so it cannot be flagged',
  },
  complaint_employer_elsewhere: {
    status: 422,
    zh: '用人单位不在本辖区，恶意欠薪标记须由单位所在地的人社部门办理',
    en: "The employer lies outside this jurisdiction; the employer's own bureau flags malicious arrears",
  },
  complaint_deadline_invalid: {
    status: 422,
    zh: '期限应为1至250个工作日',
    en: 'A deadline is 1 to 250 working days',
  },
});

declare module '../../core/errors.js' {
  interface ModuleErrorCodes extends CodesOf<typeof complaintsErrors> {}
}
