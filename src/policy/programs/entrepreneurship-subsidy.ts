/** 一次性创业补贴: the one-time start-up subsidy for returning or incoming migrant workers (O61-2.3). */
import { C, t, type Program } from '../criteria.js';
import { E } from '../expr.js';

const operating = E.ref('operatingMonths');
const fullYear = E.ge(operating, E.param('entre.fullMonths'));
const licence = E.date('businessLicenceDate');
const closed = E.date('businessClosedDate');
const paid = { name: 'paid', label: t('已领取', 'already paid'), kind: 'fen', expr: E.fact('startupPaidFen') } as const;

/**
 * Two instalments: 50% after six months of normal operation, the rest after a year (or the whole
 * amount at once after a year). What was already paid is a fact, so the total never exceeds the
 * full amount for the person. A business that closed (an optional date) gets nothing from that day.
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
      'still-trading',
      {
        label: t('尚未停业', 'Still trading'),
        clause: 'O61-2.3',
        fail: t('企业已经停业，停业之日起不再发放一次性创业补贴。', 'The business has closed; the subsidy stops from the day it closed.'),
        shows: [
          { name: 'closed', label: t('停业日期', 'closed on'), kind: 'date', expr: closed },
          {
            name: 'ranFor',
            label: t('停业前经营月数', 'months in operation before closing'),
            kind: 'months',
            expr: E.monthsBetween(licence, closed),
          },
        ],
        detail: t('{closed}停业，共经营{ranFor}。', 'It closed on {closed} after {ranFor}.'),
      },
      // No closure date compares false, so the check passes while the business trades.
      E.not(E.ge(E.asOf(), closed)),
    ),
    C.check(
      'six-months',
      {
        label: t('正常经营满6个月', 'Six months of normal operation'),
        clause: 'O61-2.3',
        fail: t('正常经营还不满6个月，满6个月后可先领50%。', 'Less than six months in operation; after six months you can draw 50%.'),
        shows: [
          { name: 'operating', label: t('已正常经营', 'in operation for'), kind: 'months', expr: operating },
          { name: 'required', label: t('需正常经营', 'months needed'), kind: 'months', expr: E.param('entre.advanceMonths') },
          {
            name: 'opens',
            label: t('可先领一半的日期', 'advance opens on'),
            kind: 'date',
            expr: E.addMonths(licence, E.param('entre.advanceMonths')),
          },
        ],
        detail: t(
          '已正常经营{operating}，需满{required}；{opens}起可以先领取一半。',
          'In operation for {operating} of the {required} needed; the advance can be drawn from {opens}.',
        ),
      },
      E.ge(operating, E.param('entre.advanceMonths')),
    ),
    C.check(
      'not-paid-in-full',
      {
        label: t('补贴尚未全额领取', 'Not yet paid in full'),
        clause: 'O61-2.3',
        fail: t('一次性创业补贴已经全额领取，不能再领取。', 'The start-up subsidy has been paid in full; nothing more can be paid.'),
        shows: [paid, { name: 'full', label: t('补贴全额', 'full subsidy'), kind: 'fen', expr: E.ref('fullAmount') }],
        detail: t('已领取{paid}，全额为{full}。', '{paid} has been paid of {full}.'),
      },
      E.lt(E.fact('startupPaidFen'), E.ref('fullAmount')),
    ),
    C.check(
      'not-fully-paid',
      {
        label: t('本阶段尚有未领取的补贴', 'Something left to pay at this stage'),
        clause: 'O61-2.3',
        fail: t(
          '先领的一半已经领取，余额要等正常经营满1年后领取。',
          'The advance has been paid; the balance comes after a year in operation.',
        ),
        shows: [
          paid,
          {
            name: 'balance',
            label: t('余额', 'balance'),
            kind: 'fen',
            expr: E.max(0, E.sub(E.ref('fullAmount'), E.fact('startupPaidFen'))),
          },
          {
            name: 'balanceOpens',
            label: t('可领余额的日期', 'balance opens on'),
            kind: 'date',
            expr: E.addMonths(licence, E.param('entre.fullMonths')),
          },
        ],
        detail: t(
          '已领取{paid}，余额{balance}在{balanceOpens}起可以领取。',
          '{paid} has been paid; the balance of {balance} can be drawn from {balanceOpens}.',
        ),
      },
      // Speaks only while something is still owed: once paid in full, "not-paid-in-full" says so instead.
      E.or(E.gt(E.ref('payable'), 0), E.ge(E.fact('startupPaidFen'), E.ref('fullAmount'))),
    ),
  ),
  amount: E.ref('payable'),
  instalment: E.if(fullYear, 2, 1),
  eligibleMessage: t('您本次可以领取一次性创业补贴{amount}元。', 'You can now receive ¥{amount} of the start-up subsidy.'),
};
