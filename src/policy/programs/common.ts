/** Criteria and expressions shared by several programs (one definition, reused). */
import type { ClauseId } from '../clauses.js';
import { C, t, type CheckNode, type Shown } from '../criteria.js';
import { E, type BoolExpr, type NumExpr } from '../expr.js';
import type { NumFactKey } from '../facts.js';
import type { ParamKey } from '../param-defs.js';
import type { Bilingual } from '../types.js';

/** Loss of work not of one's own will (失业保险条例 art. 14). */
export const involuntarySeparation: BoolExpr = E.is('separationReason', 'contractExpired', 'employerTerminated', 'resignedForCause');

/** The insured place treats migrant contract workers who paid personally like urban workers (a local override). */
export const equalTreatment: BoolExpr = E.and(E.eq(E.param('ui.migrantEqualTreatment', 'insured'), 1), E.flag('personallyContributed'));

/** Not drawing a basic pension (benefits stop then, art. 15). */
export function noPension(): CheckNode {
  return C.check(
    'no-pension',
    {
      label: t('未领取基本养老金', 'Not drawing a basic pension'),
      clause: 'UI-1999-15',
      fail: t('已领取基本养老金的，不能再领取这项待遇。', 'People who draw a basic pension cannot get this payment.'),
    },
    E.not(E.flag('receivingPension')),
  );
}

/** Registered as unemployed and not working now (registration may be at any of the four places, O61-3.2). */
export function registeredAndNotWorking(): CheckNode {
  return C.check(
    'registered-unemployed',
    {
      label: t('已办理失业登记且目前未就业', 'Registered as unemployed and not working'),
      clause: 'O61-3.2',
      fail: t(
        '请先在户籍地、常住地、就业地或参保地办理失业登记。',
        'Register as unemployed first, at your hukou place, residence, place of work or insured place.',
      ),
    },
    E.and(E.flag('registeredUnemployed'), E.not(E.flag('employedNow'))),
  );
}

/** The local rate behind the amount exists (a place with no published figure yields "not eligible", never "eligible, ¥0"). */
export function rateSet(value: string, clause: ClauseId): CheckNode {
  return C.check(
    'rate-set',
    {
      label: t('当地已公布该项标准', 'The local rate is set'),
      clause,
      fail: t('当地尚未公布这项待遇的标准，请联系经办机构。', 'The local rate for this payment is not set; contact the office.'),
    },
    E.gt(E.ref(value), 0),
  );
}

/** The window of a dated program (start and end parameters), shown with its in-window check. */
export function windowShown(start: ParamKey, end: ParamKey): { shows: readonly Shown[]; detail: Bilingual } {
  return {
    shows: [
      { name: 'from', label: t('执行起始日', 'first day'), kind: 'date', expr: E.param(start) },
      { name: 'to', label: t('执行截止日', 'last day'), kind: 'date', expr: E.param(end) },
    ],
    detail: t('执行期为{from}至{to}。', 'It applies from {from} to {to}.'),
  };
}

/** Months of a fact against the months a parameter requires (e.g. 11 of 12 months of contributions). */
export function monthsAgainst(fact: NumFactKey, needed: NumExpr, zh: string, en: string): { shows: readonly Shown[]; detail: Bilingual } {
  return {
    shows: [
      { name: 'have', label: t(zh, en), kind: 'months', expr: E.fact(fact) },
      { name: 'need', label: t('需满', 'needed'), kind: 'months', expr: needed },
    ],
    detail: t(`${zh}{have}，需满{need}。`, `${en}: {have} of the {need} needed.`),
  };
}
