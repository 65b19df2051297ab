/** 一次性生活补助: the one-time living allowance for migrant contract workers (失业保险条例 art. 21). */
import { C, t, type Program } from '../criteria.js';
import { E } from '../expr.js';
import { equalTreatment, monthsAgainst, rateSet } from './common.js';

/** Paid once per contract by the insured place, by full years of continuous work. */
export const livingAllowance: Program = {
  id: 'living-allowance',
  name: t('农民合同制工人一次性生活补助', 'One-time living allowance for migrant contract workers'),
  summary: t(
    '单位招用的农民合同制工人连续工作满1年、单位已缴纳失业保险费，劳动合同期满未续订或提前解除的，按工作年限一次性发放生活补助。',
    'Migrant contract workers with a year of continuous work whose employer paid unemployment insurance get a one-time allowance by years worked when the contract ends.',
  ),
  subject: 'person',
  payer: 'insured',
  values: [
    {
      name: 'years',
      label: t('计发年数', 'years counted'),
      unit: 'count',
      expr: E.min(E.idiv(E.fact('continuousServiceMonths'), 12), E.param('ui.livingAllowanceMaxYears')),
    },
    { name: 'perYear', label: t('每满1年发放金额', 'amount per full year'), unit: 'fen', expr: E.param('ui.livingAllowanceMonthlyFen') },
  ],
  criteria: C.all(
    'eligible',
    {
      label: t('可以领取一次性生活补助', 'Can receive the living allowance'),
      clause: 'UI-1999-21',
      fail: t('暂不符合领取一次性生活补助的条件。', 'You do not meet the conditions for the allowance.'),
    },
    C.check(
      'contract-worker',
      {
        label: t('农民合同制工人', 'A migrant contract worker'),
        clause: 'UI-1999-21',
        fail: t('一次性生活补助只发给农民合同制工人。', 'The allowance is for migrant contract workers.'),
      },
      E.flag('migrantContractWorker'),
    ),
    C.check(
      'employer-paid',
      {
        label: t('单位已缴纳失业保险费', 'The employer paid unemployment insurance'),
        clause: 'UI-1999-21',
        fail: t('单位没有为您缴纳失业保险费。', 'Your employer did not pay unemployment insurance for you.'),
      },
      E.flag('employerPaidInsurance'),
    ),
    C.check(
      'one-year-continuous',
      {
        label: t('连续工作满1年', 'One year of continuous work'),
        clause: 'UI-1999-21',
        fail: t('在本单位连续工作不满1年。', 'You worked less than a year in a row for this employer.'),
        ...monthsAgainst('continuousServiceMonths', E.c(12), '在本单位连续工作', 'Months of continuous work'),
      },
      E.ge(E.fact('continuousServiceMonths'), 12),
    ),
    C.check(
      'contract-ended',
      {
        label: t('劳动合同期满未续订或提前解除', 'The contract ended or was terminated early'),
        clause: 'UI-1999-21',
        fail: t('劳动合同尚未结束。', 'Your contract has not ended.'),
      },
      E.not(E.is('separationReason', 'notSeparated')),
    ),
    C.check(
      'not-paid-before',
      {
        label: t('本合同未领取过', 'Not yet paid for this contract'),
        clause: 'UI-1999-21',
        fail: t('本次合同的一次性生活补助已经领取过。', 'The allowance for this contract has been paid already.'),
      },
      E.not(E.flag('livingAllowancePaid')),
    ),
    C.check(
      'no-equal-treatment',
      {
        label: t('参保地未实行农民工同等享受失业保险金', 'The insured place does not pay migrant workers the full benefit'),
        clause: 'UI-1999-21',
        locality: 'insured',
        fail: t(
          '您的参保地规定个人缴费的农民工同等领取失业保险金，请申请失业保险金。',
          'Your insured place pays migrant workers who paid personally the full benefit: apply for that.',
        ),
      },
      E.not(equalTreatment),
    ),
    rateSet('perYear', 'UI-1999-21'),
  ),
  amount: E.mul(E.ref('perYear'), E.ref('years')),
  monthlyFen: E.ref('perYear'),
  eligibleMessage: t('您可以一次性领取生活补助{amount}元。', 'You can receive a one-time living allowance of ¥{amount}.'),
};
