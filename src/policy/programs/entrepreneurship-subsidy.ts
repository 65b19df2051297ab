/** 一次性创业补贴: the one-time start-up subsidy for returning or incoming migrant workers (O61-2.3). */
import { C, t, type Program } from '../criteria.js';
import { E } from '../expr.js';

const operating = E.ref('operatingMonths');
const fullYear = E.ge(operating, E.param('entre.fullMonths'));

/**
 * Two instalments: 50% after six months of normal operation, the rest after a year (or the whole
 * amount at once after a year). What was already paid is a fact, so the total never exceeds the
 * full amount for the person.
 */
export const entrepreneurshipSubsidy: Program = {
  id: 'entrepreneurship-subsidy',
  name: t('一次性创业补贴', 'One-time entrepreneurship subsidy'),
  summary: t(
    '返乡入乡农民工首次创业、正常经营6个月以上可先领50%，满1年领取全额（已领部分扣除），金额由创业地确定。',
    'Returning or incoming migrant workers starting their first business draw 50% after six months of normal operation and the rest after a year; the place of business sets the amount.',
  ),
  subject: 'person',
  payer: 'business',
  values: [
    {
      name: 'operatingMonths',
      label: t('已正常经营月数', 'months in operation'),
      unit: 'months',
      expr: E.monthsBetween(E.date('businessLicenceDate'), E.asOf()),
    },
    {
      name: 'fullAmount',
      label: t('补贴全额', 'full subsidy'),
      unit: 'fen',
      expr: E.if(E.is('businessKind', 'firm'), E.param('entre.subsidyFirmFen'), E.param('entre.subsidyIndividualFen')),
    },
    {
      name: 'due',
      label: t('截至目前应发累计', 'due so far'),
      unit: 'fen',
      expr: E.if(fullYear, E.ref('fullAmount'), E.mulBp(E.ref('fullAmount'), E.param('entre.advanceShareBp'))),
    },
    { name: 'payable', label: t('本次可领', 'payable now'), unit: 'fen', expr: E.max(0, E.sub(E.ref('due'), E.fact('startupPaidFen'))) },
  ],
  criteria: C.all(
    'eligible',
    {
      label: t('可以领取一次性创业补贴', 'Can receive the start-up subsidy'),
      clause: 'O61-2.3',
      fail: t('暂不符合一次性创业补贴的条件。', 'You do not meet the conditions for the start-up subsidy.'),
    },
    C.check(
      'migrant-worker',
      {
        label: t('农民工', 'A migrant worker'),
        clause: 'O61-2.3',
        fail: t('这项补贴面向农民工。', 'This subsidy is for migrant workers.'),
      },
      E.flag('migrantWorker'),
    ),
    C.any(
      'returning-or-incoming',
      {
        label: t('返乡或入乡创业', 'Returning home or coming in to start up'),
        clause: 'O61-2.3',
        fail: t(
          '需要是外出务工后回到户籍地创业，或到外地（入乡）创业。',
          'You must have come back home after working away, or moved to another place to start up.',
        ),
      },
      C.check(
        'returning',
        {
          label: t('外出务工后返回户籍地创业', 'Came home after working away'),
          clause: 'O61-2.3',
          fail: t('不是返乡创业。', 'Not a return home.'),
        },
        E.and(E.flag('returnedFromWorkAway'), E.sameArea('hukou', 'business')),
      ),
      C.check(
        'incoming',
        {
          label: t('到户籍地以外创业', 'Starting up away from the hukou place'),
          clause: 'O61-2.3',
          fail: t('不是入乡创业。', 'Not starting up elsewhere.'),
        },
        E.not(E.sameArea('hukou', 'business')),
      ),
    ),
    C.check(
      'first-business',
      {
        label: t('首次创业', 'First business'),
        clause: 'O61-2.3',
        fail: t('这项补贴只给首次创业的人。', 'The subsidy is only for a first business.'),
      },
      E.flag('firstBusiness'),
    ),
    C.check(
      'operating-normally',
      {
        label: t('正常经营', 'Operating normally'),
        clause: 'O61-2.3',
        fail: t('企业或个体户需处于正常经营状态。', 'The business must be operating normally.'),
      },
      E.flag('operatingNormally'),
    ),
    C.check(
      'six-months',
      {
        label: t('正常经营满6个月', 'Six months of normal operation'),
        clause: 'O61-2.3',
        fail: t('正常经营还不满6个月，满6个月后可先领50%。', 'Less than six months in operation; after six months you can draw 50%.'),
      },
      E.ge(operating, E.param('entre.advanceMonths')),
    ),
    C.check(
      'not-fully-paid',
      {
        label: t('尚有未领取的补贴', 'Something left to pay'),
        clause: 'O61-2.3',
        fail: t('当前阶段的补贴已经领取，满1年后可领取余额。', 'This stage has been paid; the rest comes after a year.'),
      },
      E.gt(E.ref('payable'), 0),
    ),
  ),
  amount: E.ref('payable'),
  instalment: E.if(fullYear, 2, 1),
  eligibleMessage: t('您本次可以领取一次性创业补贴{amount}元。', 'You can now receive ¥{amount} of the start-up subsidy.'),
};
