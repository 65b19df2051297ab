/** The error codes of rapid response (decision 142). */
import { defineErrors, type CodesOf } from '../../core/errors.js';

export const rapidResponseErrors = defineErrors({
  rapid_response_kind_unknown: {
    status: 400,
    zh: '事件类型不在可选范围内',
    en: 'The event kind is not one of the listed kinds',
  },
  rapid_response_enterprise_required: {
    status: 422,
    zh: '规模裁员和企业关停须选择登记库中的企业',
    en: 'A lay-off or a closure names an enterprise from the registry',
  },
  rapid_response_person_unknown: {
    status: 422,
    zh: '登记库中没有与该身份证号码和姓名相符的人员',
    en: 'No registry record holds this ID number with this name',
  },
  rapid_response_offer_closed: {
    status: 409,
    zh: '该项服务已办结，请刷新后查看',
    en: 'This offer is already closed; reload to see it',
  },
  rapid_response_task_changed: {
    status: 409,
    zh: '任务已被他人处理，请刷新后再试',
    en: 'Someone else changed the task; reload and try again',
  },
});

declare module '../../core/errors.js' {
  interface ModuleErrorCodes extends CodesOf<typeof rapidResponseErrors> {}
}
