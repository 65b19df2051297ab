/** The error codes of the unemployment module (decision 142). */
import { defineErrors, type CodesOf } from '../../core/errors.js';

export const unemploymentErrors = defineErrors({
  unemployment_place_refused: {
    status: 422,
    zh: '失业登记须在本人的户籍地、常住地、就业地或参保地办理',
    en: 'Unemployment is registered at the household registration, permanent residence, place of employment or insured place',
  },
  unemployment_place_unknown: {
    status: 422,
    zh: '登记信息中没有这一类地点，请先补充该地点',
    en: 'The registry holds no place of this kind for the person; add it first',
  },
  unemployment_already_registered: {
    status: 409,
    zh: '该人员已有有效的失业登记，可办理转移而不是重新登记',
    en: 'The person already has an active unemployment registration; transfer it instead of registering again',
  },
  unemployment_reason_unknown: {
    status: 400,
    zh: '注销原因不在可选范围内',
    en: 'The deregistration reason is not one of the listed reasons',
  },
});

declare module '../../core/errors.js' {
  interface ModuleErrorCodes extends CodesOf<typeof unemploymentErrors> {}
}
