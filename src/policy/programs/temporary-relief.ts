/** 一次性临时救助: one-time temporary relief for uninsured unemployed people outside 低保 (O61-3.7, CA-2020-RELIEF). */
import { C, t, type Program } from '../criteria.js';
import { E } from '../expr.js';
import { rateSet } from './common.js';

/** Paid by the place of work or permanent residence where the person applies. */
export const temporaryRelief: Program = {
  id: 'temporary-relief',
  name: t('一次性临时救助', 'One-time temporary relief'),
  summary: t(
    '连续3个月无收入、未参加失业保险、未纳入低保的失业人员，本人向就业地或常住地申请，一次性发放临时救助金。',
    'Unemployed people with no income for 3 months, without unemployment insurance and outside subsistence allowance, apply in person at their place of work or residence for one payment.',
  ),
  subject: 'person',
  payer: 'application',
  values: [
    {
      name: 'dibao',
      label: t('申请地城市低保标准', 'urban subsistence line where applying'),
      unit: 'fen',
      expr: E.param('welfare.urbanDibaoFen'),
    },
    { name: 'relief', label: t('救助金额', 'relief amount'), unit: 'fen', expr: E.mul(E.ref('dibao'), E.param('relief.dibaoMonths')) },
  ],
  criteria: C.all(
    'eligible',
    {
      label: t('可以获得一次性临时救助', 'Can receive temporary relief'),
      clause: 'O61-3.7',
      fail: t('暂不符合一次性临时救助的条件。', 'You do not meet the conditions for temporary relief.'),
    },
    C.check(
      'no-income',
      {
        label: t('连续3个月无收入来源', 'No income for three months in a row'),
        clause: 'CA-2020-RELIEF',
        fail: t('连续无收入的时间还不够3个月。', 'You have been without income for less than three months in a row.'),
      },
      E.ge(E.fact('monthsWithoutIncome'), E.param('relief.minMonthsWithoutIncome')),
    ),
    C.check(
      'uninsured',
      {
        label: t('未参加失业保险', 'Not covered by unemployment insurance'),
        clause: 'O61-3.7',
        fail: t(
          '参加过失业保险的，请申请失业保险待遇。',
          'If you paid unemployment insurance, claim unemployment-insurance payments instead.',
        ),
      },
      E.eq(E.fact('contributionMonths'), 0),
    ),
    C.check(
      'not-dibao',
      {
        label: t('未纳入低保', 'Not receiving subsistence allowance'),
        clause: 'O61-3.7',
        fail: t('已纳入低保的家庭按低保政策保障。', 'Households on subsistence allowance are supported by it.'),
      },
      E.not(E.is('household', 'dibao')),
    ),
    C.check(
      'unemployed',
      {
        label: t('目前失业', 'Unemployed now'),
        clause: 'O61-3.7',
        fail: t('目前在职的，不能申请临时救助。', 'People working now cannot apply.'),
      },
      E.not(E.flag('employedNow')),
    ),
    C.check(
      'in-person',
      {
        label: t('本人申请', 'Applied in person'),
        clause: 'CA-2020-RELIEF',
        fail: t('临时救助需要本人申请。', 'You need to apply yourself.'),
      },
      E.flag('appliedInPerson'),
    ),
    C.any(
      'place',
      {
        label: t('在就业地或常住地申请', 'Applied at the place of work or residence'),
        clause: 'O61-3.7',
        fail: t('请到就业地或常住地申请。', 'Apply where you work or where you live.'),
      },
      C.check(
        'at-work-place',
        { label: t('申请地是就业地', 'Applied where working'), clause: 'O61-3.7', fail: t('申请地不是就业地。', 'Not the place of work.') },
        E.sameArea('application', 'employment'),
      ),
      C.check(
        'at-residence',
        {
          label: t('申请地是常住地', 'Applied where living'),
          clause: 'O61-3.7',
          fail: t('申请地不是常住地。', 'Not the place of residence.'),
        },
        E.sameArea('application', 'residence'),
      ),
    ),
    rateSet('relief', 'O61-3.7'),
  ),
  amount: E.ref('relief'),
  eligibleMessage: t('您可以获得一次性临时救助{amount}元。', 'You can receive one-time temporary relief of ¥{amount}.'),
};
