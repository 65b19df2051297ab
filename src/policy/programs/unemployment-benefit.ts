/** 失业保险金: the unemployment-insurance benefit (失业保险条例 arts. 14, 15, 17, 18, 21; O61-3.6). */
import { C, t, type Program } from '../criteria.js';
import { E } from '../expr.js';
import { equalTreatment, involuntarySeparation, monthsAgainst, noPension, rateSet } from './common.js';

const contributions = E.fact('contributionMonths');

/** The unemployment-insurance benefit, paid monthly by the insured place. */
export const unemploymentBenefit: Program = {
  id: 'unemployment-benefit',
  name: t('失业保险金', 'Unemployment-insurance benefit'),
  summary: t(
    '失业保险缴费满1年、非本人意愿失业、已登记并求职的，按缴费年限最长领取12、18或24个月，每月标准由参保地确定。',
    "With at least a year of contributions, involuntary job loss and registration, you get up to 12, 18 or 24 months by years of contributions, at the insured place's monthly rate.",
  ),
  subject: 'person',
  payer: 'insured',
  values: [
    {
      name: 'entitledMonths',
      label: t('按缴费年限可领月数', 'months by years of contributions'),
      unit: 'months',
      expr: E.if(E.ge(contributions, 120), 24, E.if(E.ge(contributions, 60), 18, 12)),
    },
    {
      name: 'monthsLeft',
      label: t('尚可领取月数', 'months left'),
      unit: 'months',
      expr: E.max(0, E.sub(E.ref('entitledMonths'), E.fact('benefitMonthsDrawn'))),
    },
    { name: 'monthly', label: t('每月标准', 'monthly amount'), unit: 'fen', expr: E.param('ui.benefitMonthlyFen') },
  ],
  criteria: C.all(
    'eligible',
    {
      label: t('可以领取失业保险金', 'Can receive the benefit'),
      clause: 'O61-3.6',
      fail: t('暂不符合领取失业保险金的条件。', 'You do not meet the conditions for the benefit yet.'),
    },
    C.check(
      'contributed-one-year',
      {
        label: t('失业保险缴费满1年', 'At least one year of contributions'),
        clause: 'UI-1999-14',
        fail: t('失业保险累计缴费不满1年。', 'You have paid unemployment insurance for less than a year.'),
        ...monthsAgainst('contributionMonths', E.param('ui.minContributionMonths'), '已累计缴费', 'Months of contributions'),
      },
      E.ge(contributions, E.param('ui.minContributionMonths')),
    ),
    C.check(
      'involuntary',
      {
        label: t('非因本人意愿中断就业', 'Lost work involuntarily'),
        clause: 'UI-1999-14',
        fail: t(
          '主动辞职或因本人过错被辞退的，不能领取失业保险金。',
          'Resigning of your own will or dismissal for misconduct does not qualify.',
        ),
      },
      involuntarySeparation,
    ),
    C.check(
      'registered-seeking',
      {
        label: t('已办理失业登记并有求职要求', 'Registered and looking for work'),
        clause: 'UI-1999-14',
        fail: t('请办理失业登记并登记求职意向。', 'Register as unemployed and say you are looking for work.'),
      },
      E.and(E.flag('registeredUnemployed'), E.flag('seekingWork')),
    ),
    C.check(
      'not-working',
      {
        label: t('目前未就业', 'Not working now'),
        clause: 'UI-1999-15',
        fail: t('已重新就业的，停止领取失业保险金。', 'The benefit stops once you work again.'),
      },
      E.not(E.flag('employedNow')),
    ),
    noPension(),
    C.check(
      'not-contract-worker',
      {
        label: t('不属于领取一次性生活补助的农民合同制工人', 'Not a migrant contract worker paid the one-time allowance instead'),
        clause: 'UI-1999-21',
        locality: 'insured',
        fail: t(
          '农民合同制工人按规定领取一次性生活补助，请申请该补助。',
          'Migrant contract workers get the one-time living allowance instead: apply for that.',
        ),
      },
      E.not(E.flag('migrantContractWorker')),
      [
        {
          id: 'equal-treatment',
          label: t(
            '参保地规定农民工个人缴费的同等享受失业保险金',
            'The insured place treats migrant workers who paid personally like urban workers',
          ),
          clause: 'UI-1999-21',
          when: equalTreatment,
        },
      ],
    ),
    C.check(
      'months-left',
      {
        label: t('尚有可领取月数', 'Months of benefit left'),
        clause: 'UI-1999-17',
        fail: t('本次失业可领取的月数已经领完。', 'You have received all the months this spell allows.'),
      },
      E.gt(E.ref('monthsLeft'), 0),
    ),
    rateSet('monthly', 'UI-1999-18'),
  ),
  amount: E.mul(E.ref('monthly'), E.ref('monthsLeft')),
  months: E.ref('monthsLeft'),
  monthlyFen: E.ref('monthly'),
  eligibleMessage: t(
    '您可以领取失业保险金：每月{monthly}元，最长{months}个月，合计{amount}元。',
    'You can receive the unemployment benefit: ¥{monthly} a month for up to {months} months, ¥{amount} in all.',
  ),
};
