/** The error codes of the assistance module (decision 142). */
import { defineErrors, type CodesOf } from '../../core/errors.js';

export const assistanceErrors = defineErrors({
  assistance_case_closed: {
    status: 409,
    zh: '该帮扶台账已结案，不能再记录服务',
    en: 'The assistance case is closed; no more steps can be recorded',
  },
  assistance_step_unknown: {
    status: 400,
    zh: '服务类型不在可选范围内',
    en: 'The kind of step is not one of the listed kinds',
  },
  assistance_referral_from_matching: {
    status: 422,
    zh: '岗位推荐须从人岗匹配结果中选择岗位办理，系统会自动记录',
    en: 'A job referral is made from the matching recommendations; it is recorded on the case by itself',
  },
  assistance_welfare_post_needs_category: {
    status: 422,
    zh: '只有就业困难人员（脱贫劳动力、长期失业、残疾、大龄或重点地区）才能推荐公益性岗位',
    en: 'A public-welfare post referral is only for people in a difficulty category',
  },
  assistance_category_unknown: {
    status: 400,
    zh: '困难类别不在可选范围内（脱贫劳动力和重点地区由登记信息自动认定）',
    en: 'The category is not one an officer records (poor labourer and priority area come from the registry)',
  },
  assistance_step_date_invalid: {
    status: 422,
    zh: '服务日期须在登记之日至今天之间',
    en: 'The date of the step must lie between the registration and today',
  },
});

declare module '../../core/errors.js' {
  interface ModuleErrorCodes extends CodesOf<typeof assistanceErrors> {}
}
