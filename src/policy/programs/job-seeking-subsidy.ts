/** 求职创业（交通）补贴: job-seeking and transport subsidy for poor labourers going out to work (O61-4.1). */
import { C, t, type Program } from '../criteria.js';
import { E } from '../expr.js';
import { rateSet } from './common.js';

/** Once a year, paid by the hukou place; more for low-income and subsistence households. */
export const jobSeekingSubsidy: Program = {
  id: 'job-seeking-subsidy',
  name: t('贫困劳动力外出务工求职交通补贴', 'Job-seeking and transport subsidy for poor labourers'),
  summary: t(
    '建档立卡贫困劳动力到户籍所在县以外务工达到规定月数的，由户籍地每年发放一次交通补贴；低收入、低保家庭标准更高。',
    'Registered poor labourers working outside their home county for the set months get a yearly travel subsidy from their hukou place; more for low-income and subsistence households.',
  ),
  subject: 'person',
  payer: 'hukou',
  values: [
    { name: 'age', label: t('年龄', 'age'), unit: 'count', expr: E.age('birthDate') },
    {
      name: 'base',
      label: t('基本标准', 'base amount'),
      unit: 'fen',
      expr: E.if(E.is('household', 'lowIncome', 'dibao'), E.param('poor.jobSeekingLowIncomeFen'), E.param('poor.jobSeekingFen')),
    },
    { name: 'total', label: t('合计', 'total'), unit: 'fen', expr: E.add(E.ref('base'), E.param('poor.oneOffExtraFen')) },
  ],
  criteria: C.all(
    'eligible',
    {
      label: t('可以领取求职交通补贴', 'Can receive the travel subsidy'),
      clause: 'O61-4.1',
      fail: t('暂不符合求职交通补贴的条件。', 'You do not meet the conditions for the travel subsidy.'),
    },
    C.check(
      'poverty-registered',
      {
        label: t('建档立卡贫困劳动力', 'A registered poor labourer'),
        clause: 'O61-4.1',
        fail: t('这项补贴面向建档立卡贫困劳动力。', 'This subsidy is for registered poor labourers.'),
      },
      E.flag('povertyRegistered'),
    ),
    C.check(
      'working-age',
      {
        label: t('在劳动年龄内', 'Of working age'),
        clause: 'LAB-1994-15',
        fail: t('年龄不在劳动年龄范围内。', 'Your age is outside the working age.'),
        shows: [
          { name: 'age', label: t('年龄（岁）', 'age (years)'), kind: 'count', expr: E.ref('age') },
          { name: 'min', label: t('劳动年龄下限（岁）', 'youngest working age'), kind: 'count', expr: E.param('labour.minAge') },
          { name: 'max', label: t('劳动年龄上限（不含，岁）', 'working age ends at'), kind: 'count', expr: E.param('labour.maxAge') },
        ],
        detail: t('现年{age}岁，劳动年龄为{min}岁至不满{max}岁。', 'Aged {age}; working age is from {min} to under {max}.'),
      },
      E.and(E.ge(E.ref('age'), E.param('labour.minAge')), E.lt(E.ref('age'), E.param('labour.maxAge'))),
    ),
    C.check(
      'works-away',
      {
        label: t('在户籍所在县以外务工', 'Working outside the home county'),
        clause: 'O61-4.1',
        fail: t('在本县内务工的，不能领取外出务工交通补贴。', 'Work inside your home county does not count as going out.'),
      },
      E.not(E.sameArea('employment', 'hukou')),
    ),
    C.check(
      'months-away',
      {
        label: t('外出务工达到规定月数且仍在岗', 'Worked away long enough and still employed'),
        clause: 'O61-4.1',
        fail: t('外出务工时间还不够，或目前没有在岗。', 'Not enough months working away, or not working now.'),
      },
      E.and(E.flag('employedNow'), E.ge(E.fact('monthsEmployedAway'), E.param('poor.minMonthsAway'))),
    ),
    C.check(
      'once-a-year',
      { label: t('本年度未领取', 'Not yet paid this year'), clause: 'O61-4.1', fail: t('本年度已经领取过。', 'Already paid this year.') },
      E.not(E.flag('jobSeekingPaidThisYear')),
    ),
    rateSet('total', 'O61-4.1'),
  ),
  amount: E.ref('total'),
  eligibleMessage: t('您可以领取外出务工求职交通补贴{amount}元。', 'You can receive a travel subsidy of ¥{amount}.'),
};
