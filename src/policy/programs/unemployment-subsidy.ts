/** 失业补助金: the 2020 unemployment subsidy (UIX-2020-SUB), its window kept as dated parameters. */
import { C, t, type Program } from '../criteria.js';
import { E } from '../expr.js';
import { involuntarySeparation, noPension, rateSet, registeredAndNotWorking, windowShown } from './common.js';

/** The unemployment subsidy for people whose benefit ran out or who are insured but do not qualify. */
export const unemploymentSubsidy: Program = {
  id: 'unemployment-subsidy',
  name: t('失业补助金', 'Unemployment subsidy'),
  summary: t(
    '政策期内，失业保险金领取期满仍未就业、或参保但不符合领取失业保险金条件的失业人员，按月领取不超过当地失业保险金80%的失业补助金，最长6个月。',
    'During the policy window, unemployed people whose benefit ran out, or who are insured but do not qualify for it, get up to 6 months at no more than 80% of the local benefit.',
  ),
  subject: 'person',
  payer: 'insured',
  values: [
    {
      name: 'monthly',
      label: t('每月标准', 'monthly amount'),
      unit: 'fen',
      expr: E.mulBp(E.param('ui.benefitMonthlyFen'), E.param('uis.shareBp')),
    },
    {
      name: 'monthsLeft',
      label: t('尚可领取月数', 'months left'),
      unit: 'months',
      expr: E.max(0, E.sub(E.param('uis.maxMonths'), E.fact('subsidyMonthsDrawn'))),
    },
  ],
  criteria: C.all(
    'eligible',
    {
      label: t('可以领取失业补助金', 'Can receive the unemployment subsidy'),
      clause: 'UIX-2020-SUB',
      fail: t('暂不符合领取失业补助金的条件。', 'You do not meet the conditions for the subsidy.'),
    },
    C.check(
      'in-window',
      {
        label: t('在政策执行期内', 'Within the policy window'),
        clause: 'UIX-2020-SUB',
        fail: t('失业补助金政策不在执行期内。', 'The subsidy is not available on this date.'),
        ...windowShown('uis.windowStart', 'uis.windowEnd'),
      },
      E.within('uis.windowStart', 'uis.windowEnd'),
    ),
    C.check(
      'insured',
      {
        label: t('参加过失业保险', 'Has been insured'),
        clause: 'UIX-2020-SUB',
        fail: t('失业补助金只发给参加过失业保险的人员。', 'The subsidy is only for people who paid unemployment insurance.'),
      },
      E.ge(E.fact('contributionMonths'), 1),
    ),
    registeredAndNotWorking(),
    C.any(
      'benefit-ended-or-not-qualified',
      {
        label: t('失业保险金已领完，或不符合领取条件', 'Benefit ran out, or does not qualify for it'),
        clause: 'UIX-2020-SUB',
        fail: t(
          '正在领取或可以领取失业保险金的，请先领取失业保险金。',
          'If you receive or can claim the unemployment benefit, claim that first.',
        ),
      },
      C.check(
        'benefit-ran-out',
        {
          label: t('失业保险金领取期满', 'Benefit ran out'),
          clause: 'UIX-2020-SUB',
          fail: t('失业保险金尚未领取期满。', 'Your benefit has not run out.'),
        },
        E.is('benefitStatus', 'exhausted'),
      ),
      C.check(
        'not-qualified',
        {
          label: t('参保但不符合领取失业保险金条件', 'Insured but not qualified for the benefit'),
          clause: 'UI-1999-14',
          fail: t('您符合领取失业保险金的条件，应领取失业保险金。', 'You qualify for the unemployment benefit; claim it instead.'),
        },
        E.and(
          E.is('benefitStatus', 'none'),
          E.or(E.lt(E.fact('contributionMonths'), E.param('ui.minContributionMonths')), E.not(involuntarySeparation)),
        ),
      ),
    ),
    noPension(),
    C.check(
      'months-left',
      {
        label: t('尚有可领取月数', 'Months left'),
        clause: 'UIX-2020-SUB',
        fail: t('失业补助金已领满最长月数。', 'You have received the most months allowed.'),
      },
      E.gt(E.ref('monthsLeft'), 0),
    ),
    rateSet('monthly', 'UIX-2020-SUB'),
  ),
  amount: E.mul(E.ref('monthly'), E.ref('monthsLeft')),
  months: E.ref('monthsLeft'),
  monthlyFen: E.ref('monthly'),
  eligibleMessage: t(
    '您可以领取失业补助金：每月{monthly}元，最长{months}个月，合计{amount}元。',
    'You can receive the unemployment subsidy: ¥{monthly} a month for up to {months} months, ¥{amount} in all.',
  ),
};
