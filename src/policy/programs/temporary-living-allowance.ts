/** 临时生活补助: the 2020 temporary living allowance for migrant workers insured under a year (UIX-2020-TLA). */
import { C, t, type Program } from '../criteria.js';
import { E } from '../expr.js';
import { rateSet, registeredAndNotWorking, windowShown } from './common.js';

/** Monthly, at the insured place's urban subsistence line, for up to 3 months within the window. */
export const temporaryLivingAllowance: Program = {
  id: 'temporary-living-allowance',
  name: t('临时生活补助', 'Temporary living allowance'),
  summary: t(
    '政策期内，2019年1月1日之后参保、缴费不满1年的失业农民工，由参保地按当地城市低保标准按月发放，最长3个月。',
    "During the window, unemployed migrant workers insured since 2019-01-01 for under a year get the insured place's urban subsistence line monthly for up to 3 months.",
  ),
  subject: 'person',
  payer: 'insured',
  values: [
    {
      name: 'monthly',
      label: t('每月标准（参保地城市低保标准）', 'monthly amount (urban subsistence line)'),
      unit: 'fen',
      expr: E.param('welfare.urbanDibaoFen'),
    },
    {
      name: 'monthsLeft',
      label: t('尚可领取月数', 'months left'),
      unit: 'months',
      expr: E.max(0, E.sub(E.param('tla.maxMonths'), E.fact('allowanceMonthsDrawn'))),
    },
  ],
  criteria: C.all(
    'eligible',
    {
      label: t('可以领取临时生活补助', 'Can receive the temporary living allowance'),
      clause: 'UIX-2020-TLA',
      fail: t('暂不符合领取临时生活补助的条件。', 'You do not meet the conditions for the allowance.'),
    },
    C.check(
      'in-window',
      {
        label: t('在政策执行期内', 'Within the policy window'),
        clause: 'UIX-2020-TLA',
        fail: t('临时生活补助不在执行期内。', 'The allowance is not available on this date.'),
        ...windowShown('tla.windowStart', 'tla.windowEnd'),
      },
      E.within('tla.windowStart', 'tla.windowEnd'),
    ),
    C.check(
      'migrant-worker',
      {
        label: t('农民工', 'A migrant worker'),
        clause: 'UIX-2020-TLA',
        fail: t('临时生活补助只发给农民工。', 'The allowance is for migrant workers.'),
      },
      E.flag('migrantWorker'),
    ),
    C.check(
      'insured-recently',
      {
        label: t('2019年1月1日之后参保', 'First insured on or after 2019-01-01'),
        clause: 'UIX-2020-TLA',
        fail: t('首次参保时间早于政策规定的日期。', 'You were first insured before the date the policy sets.'),
      },
      E.ge(E.date('firstInsuredDate'), E.param('tla.insuredSince')),
    ),
    C.check(
      'under-one-year',
      {
        label: t('参保缴费不满1年', 'Insured for less than a year'),
        clause: 'UIX-2020-TLA',
        fail: t('缴费满1年的，请申请失业保险金或失业补助金。', 'With a year of contributions, claim the benefit or the subsidy instead.'),
      },
      E.and(E.ge(E.fact('contributionMonths'), 1), E.lt(E.fact('contributionMonths'), E.param('ui.minContributionMonths'))),
    ),
    registeredAndNotWorking(),
    C.check(
      'months-left',
      {
        label: t('尚有可领取月数', 'Months left'),
        clause: 'UIX-2020-TLA',
        fail: t('临时生活补助已领满最长月数。', 'You have received the most months allowed.'),
      },
      E.gt(E.ref('monthsLeft'), 0),
    ),
    rateSet('monthly', 'UIX-2020-TLA'),
  ),
  amount: E.mul(E.ref('monthly'), E.ref('monthsLeft')),
  months: E.ref('monthsLeft'),
  monthlyFen: E.ref('monthly'),
  eligibleMessage: t(
    '您可以领取临时生活补助：每月{monthly}元，最长{months}个月，合计{amount}元。',
    'You can receive the temporary living allowance: ¥{monthly} a month for up to {months} months, ¥{amount} in all.',
  ),
};
