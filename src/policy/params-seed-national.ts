/**
 * National parameter rows. Rule values (thresholds and windows written in national documents) are
 * not illustrative; money fallbacks are: no national minimum wage, subsistence line or benefit
 * exists, every province sets its own, so the demo carries placeholders a locality must replace.
 */
import type { ParameterRow } from './parameters.js';
import { ruleRow, seedRow } from './params-seed-build.js';

const FALLBACK = '全国兜底示例值：该项由各省（市、县）自行确定 / national placeholder: each locality sets this';

const ASSIST =
  '失业人员就业服务标准（各地自定，示例为5个工作日内首次联系、30日内完成职业指导、3次岗位推荐和1次培训或创业服务） / assistance service standard (set locally; the example: first contact within 5 working days, then within 30 days guidance, three referrals and one training or entrepreneurship offer)';

/** National rows. */
export const NATIONAL_SEED: readonly ParameterRow[] = [
  seedRow('wage.minMonthlyFen', 'CN', '2019-01-01', 141000, FALLBACK, { clause: 'MW-2004' }),
  seedRow('wage.minHourlyFen', 'CN', '2019-01-01', 1400, FALLBACK, { clause: 'MW-2004' }),
  seedRow('welfare.urbanDibaoFen', 'CN', '2019-01-01', 60000, FALLBACK, { clause: 'SA-2014' }),
  ruleRow('labour.minAge', '1995-01-01', 16, '劳动法第15条 / Labour Law art. 15', 'LAB-1994-15'),
  seedRow('labour.maxAge', 'CN', '2019-01-01', 60, '脱贫劳动力统计口径常用16至60周岁 / poverty labour statistics commonly use ages 16–59', {
    clause: 'O61-4.1',
  }),
  ruleRow('ui.minContributionMonths', '1999-01-22', 12, '失业保险条例第14条：缴费满1年 / one year of contributions', 'UI-1999-14'),
  seedRow('ui.benefitMonthlyFen', 'CN', '2019-01-01', 120000, FALLBACK, { clause: 'UI-1999-18' }),
  ruleRow(
    'ui.migrantEqualTreatment',
    '1999-01-22',
    0,
    '失业保险条例第21条：农民合同制工人领取一次性生活补助 / art. 21: migrant contract workers get a one-time allowance',
    'UI-1999-21',
  ),
  seedRow('ui.livingAllowanceMonthlyFen', 'CN', '2019-01-01', 60000, FALLBACK, { clause: 'UI-1999-21' }),
  seedRow('ui.livingAllowanceMaxYears', 'CN', '2019-01-01', 12, FALLBACK, { clause: 'UI-1999-21' }),
  ruleRow('uis.windowStart', '2020-01-01', '2020-03-01', '扩大失业保险保障范围通知：2020年3月起 / from March 2020', 'UIX-2020-SUB'),
  ruleRow('uis.windowEnd', '2020-01-01', '2020-12-31', '扩大失业保险保障范围通知：至2020年12月 / to December 2020', 'UIX-2020-SUB'),
  ruleRow('uis.shareBp', '2020-01-01', 8000, '标准不超过当地失业保险金的80% / at most 80% of the local benefit', 'UIX-2020-SUB'),
  ruleRow('uis.maxMonths', '2020-01-01', 6, '发放6个月 / six months', 'UIX-2020-SUB'),
  ruleRow('tla.windowStart', '2020-01-01', '2020-05-01', '2020年5月起 / from May 2020', 'UIX-2020-TLA'),
  ruleRow('tla.windowEnd', '2020-01-01', '2020-12-31', '至2020年12月 / to December 2020', 'UIX-2020-TLA'),
  ruleRow('tla.insuredSince', '2020-01-01', '2019-01-01', '2019年1月1日之后参保 / insured since 2019-01-01', 'UIX-2020-TLA'),
  ruleRow('tla.maxMonths', '2020-01-01', 3, '不超过3个月 / up to three months', 'UIX-2020-TLA'),
  ruleRow(
    'relief.minMonthsWithoutIncome',
    '2020-06-01',
    3,
    '连续3个月无收入来源 / no income for three consecutive months',
    'CA-2020-RELIEF',
  ),
  seedRow('relief.dibaoMonths', 'CN', '2020-06-01', 3, '临时救助标准由各地确定 / set locally', { clause: 'O61-3.7' }),
  seedRow('entre.subsidyIndividualFen', 'CN', '2020-08-06', 500000, '常见标准5000元（河南、江西） / ¥5,000 is common', {
    clause: 'O61-2.3',
  }),
  seedRow('entre.subsidyFirmFen', 'CN', '2020-08-06', 500000, '常见标准5000元 / ¥5,000 is common', { clause: 'O61-2.3' }),
  ruleRow('entre.advanceMonths', '2020-08-06', 6, '人社部发〔2020〕61号：正常经营6个月以上可先行申领50% / 50% after six months', 'O61-2.3'),
  ruleRow('entre.fullMonths', '2020-08-06', 12, '人社部发〔2020〕61号：正常经营1年以上 / one year of normal operation', 'O61-2.3'),
  ruleRow('entre.advanceShareBp', '2020-08-06', 5000, '先行申领50% / 50% in advance', 'O61-2.3'),
  seedRow('training.level5Fen', 'CN', '2019-05-18', 120000, '按证书等级补贴示例 / example by certificate level', { clause: 'O61-3.3' }),
  seedRow('training.level4Fen', 'CN', '2019-05-18', 150000, '按证书等级补贴示例 / example by certificate level', { clause: 'O61-3.3' }),
  seedRow('training.level3Fen', 'CN', '2019-05-18', 200000, '按证书等级补贴示例 / example by certificate level', { clause: 'O61-3.3' }),
  seedRow('training.level2Fen', 'CN', '2019-05-18', 400000, '按证书等级补贴示例 / example by certificate level', { clause: 'O61-3.3' }),
  seedRow('training.level1Fen', 'CN', '2019-05-18', 500000, '按证书等级补贴示例 / example by certificate level', { clause: 'O61-3.3' }),
  seedRow('training.specialSkillFen', 'CN', '2019-05-18', 100000, '专项职业能力证书示例 / special-skill example', { clause: 'O61-3.3' }),
  seedRow('training.sybFen', 'CN', '2019-05-18', 150000, 'SYB创业培训示例 / SYB example', { clause: 'O61-3.3' }),
  ruleRow('training.yearlyLimit', '2019-05-18', 3, '国办发〔2019〕24号：每人每年不超过3次 / at most three a year', 'VST-2019'),
  seedRow(
    'training.claimWindowMonths',
    'CN',
    '2019-05-18',
    12,
    '取得证书后12个月内申领（各地规定不一） / claim within 12 months (varies)',
    { clause: 'O61-3.3' },
  ),
  seedRow('ojt.windowStart', 'CN', '2020-01-01', '2020-01-01', '以工代训政策期（待核实） / policy period (to be confirmed)', {
    clause: 'OJT-2020',
  }),
  seedRow('ojt.windowEnd', 'CN', '2020-01-01', '2021-12-31', '以工代训政策期（待核实） / policy period (to be confirmed)', {
    clause: 'OJT-2020',
  }),
  seedRow('ojt.perWorkerMonthFen', 'CN', '2020-01-01', 50000, '每人每月500元（湖南2020） / ¥500 per worker-month (Hunan 2020)', {
    clause: 'OJT-2020',
  }),
  seedRow('ojt.maxMonths', 'CN', '2020-01-01', 6, '最长6个月（湖南2020） / up to six months (Hunan 2020)', { clause: 'OJT-2020' }),
  seedRow('poor.jobSeekingFen', 'CN', '2020-01-01', 50000, '每年500元（贵州） / ¥500 a year (Guizhou)', { clause: 'O61-4.1' }),
  seedRow(
    'poor.jobSeekingLowIncomeFen',
    'CN',
    '2020-01-01',
    100000,
    '低收入家庭1000元（贵州） / ¥1,000 for low-income households (Guizhou)',
    { clause: 'O61-4.1' },
  ),
  ruleRow('poor.oneOffExtraFen', '2020-01-01', 0, '无全国性额外补贴 / no national extra', 'O61-4.3'),
  seedRow('poor.minMonthsAway', 'CN', '2020-01-01', 3, '外出务工3个月以上（各地规定不一） / three months away (varies)', {
    clause: 'O61-4.1',
  }),
  seedRow('assist.firstContactWorkingDays', 'CN', '2020-01-01', 5, ASSIST, { clause: 'O61-3.1' }),
  seedRow('assist.planDays', 'CN', '2020-01-01', 30, ASSIST, { clause: 'O61-3.1' }),
  seedRow('assist.guidanceSessions', 'CN', '2020-01-01', 1, ASSIST, { clause: 'O61-3.1' }),
  seedRow('assist.jobReferrals', 'CN', '2020-01-01', 3, ASSIST, { clause: 'O61-3.1' }),
  seedRow('assist.offers', 'CN', '2020-01-01', 1, ASSIST, { clause: 'O61-3.1' }),
  ruleRow('wfr.labourShareBp', '2020-08-06', 1500, '人社部发〔2020〕61号：劳务报酬比例不低于15% / at least 15%', 'O61-2.2'),
  seedRow(
    'wfr.labourShareBp',
    'CN',
    '2022-06-01',
    3000,
    '2022年以工代赈通知：提高到30%以上；生效日期待核实 / 2022 notice: at least 30%; effective date to be confirmed',
    { clause: 'WFR-2022' },
  ),
];
