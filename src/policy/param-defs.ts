/**
 * The parameters programs may use: key, unit, bilingual label and the clause that governs it.
 * Values live in dated, regional rows (parameters.ts); this table only says what each key means.
 */
import type { ClauseId } from './clauses.js';
import type { Bilingual } from './types.js';

/** Units of parameter values. Money is integer fen; shares are basis points (8000 = 80%); dates are ISO strings. */
export type ParamUnit = 'fen' | 'months' | 'years' | 'count' | 'bp' | 'date' | 'flag';

/** What a parameter key means. */
export interface ParamDef {
  unit: ParamUnit;
  label: Bilingual;
  clause: ClauseId;
}

function def(unit: ParamUnit, clause: ClauseId, zh: string, en: string): ParamDef {
  return { unit, clause, label: { zh, en } };
}

/** Every parameter key with its meaning. */
export const PARAM_DEFS = {
  'wage.minMonthlyFen': def('fen', 'MW-2004', '月最低工资标准', 'monthly minimum wage'),
  'wage.minHourlyFen': def('fen', 'MW-2004', '小时最低工资标准', 'hourly minimum wage'),
  'welfare.urbanDibaoFen': def('fen', 'SA-2014', '城市居民最低生活保障标准（每月）', 'urban subsistence line (per month)'),
  'labour.minAge': def('years', 'LAB-1994-15', '最低就业年龄', 'minimum working age'),
  'labour.maxAge': def('years', 'O61-4.1', '劳动年龄上限（不含）', 'upper working age (exclusive)'),
  'ui.minContributionMonths': def('months', 'UI-1999-14', '领取失业保险金的最低缴费月数', 'minimum contribution months for the benefit'),
  'ui.benefitMonthlyFen': def('fen', 'UI-1999-18', '失业保险金月标准', 'monthly unemployment-insurance benefit'),
  'ui.migrantEqualTreatment': def(
    'flag',
    'UI-1999-21',
    '农民合同制工人个人缴费的，与城镇职工同等享受失业保险金',
    'migrant contract workers who paid personally get the benefit like urban workers',
  ),
  'ui.livingAllowanceMonthlyFen': def(
    'fen',
    'UI-1999-21',
    '一次性生活补助每满1年发放的金额',
    'one-time living allowance per full year of work',
  ),
  'ui.livingAllowanceMaxYears': def('years', 'UI-1999-21', '一次性生活补助最多计算年数', 'most years counted for the living allowance'),
  'uis.windowStart': def('date', 'UIX-2020-SUB', '失业补助金政策开始日期', 'unemployment subsidy window start'),
  'uis.windowEnd': def('date', 'UIX-2020-SUB', '失业补助金政策截止日期', 'unemployment subsidy window end'),
  'uis.shareBp': def(
    'bp',
    'UIX-2020-SUB',
    '失业补助金占失业保险金的比例（万分比）',
    'unemployment subsidy as a share of the benefit (basis points)',
  ),
  'uis.maxMonths': def('months', 'UIX-2020-SUB', '失业补助金最长月数', 'most months of unemployment subsidy'),
  'tla.windowStart': def('date', 'UIX-2020-TLA', '临时生活补助开始日期', 'temporary living allowance window start'),
  'tla.windowEnd': def('date', 'UIX-2020-TLA', '临时生活补助截止日期', 'temporary living allowance window end'),
  'tla.insuredSince': def(
    'date',
    'UIX-2020-TLA',
    '临时生活补助要求的最早参保日期',
    'earliest first-insured date for the temporary living allowance',
  ),
  'tla.maxMonths': def('months', 'UIX-2020-TLA', '临时生活补助最长月数', 'most months of temporary living allowance'),
  'relief.minMonthsWithoutIncome': def(
    'months',
    'CA-2020-RELIEF',
    '临时救助要求的连续无收入月数',
    'consecutive months without income for temporary relief',
  ),
  'relief.dibaoMonths': def(
    'months',
    'O61-3.7',
    '一次性临时救助相当于几个月低保标准',
    'temporary relief as months of the subsistence line',
  ),
  'entre.subsidyIndividualFen': def('fen', 'O61-2.3', '一次性创业补贴（个体工商户）', 'one-time start-up subsidy (individual business)'),
  'entre.subsidyFirmFen': def(
    'fen',
    'O61-2.3',
    '一次性创业补贴（企业、农民专业合作社）',
    'one-time start-up subsidy (firm or cooperative)',
  ),
  'entre.advanceMonths': def('months', 'O61-2.3', '可先行申领50%所需正常经营月数', 'months of normal operation before the advance'),
  'entre.fullMonths': def('months', 'O61-2.3', '全额申领所需正常经营月数', 'months of normal operation before the full subsidy'),
  'entre.advanceShareBp': def('bp', 'O61-2.3', '先行申领比例（万分比）', 'advance share (basis points)'),
  'training.level5Fen': def('fen', 'O61-3.3', '培训补贴：五级/初级工', 'training subsidy: level 5 (entry)'),
  'training.level4Fen': def('fen', 'O61-3.3', '培训补贴：四级/中级工', 'training subsidy: level 4'),
  'training.level3Fen': def('fen', 'O61-3.3', '培训补贴：三级/高级工', 'training subsidy: level 3'),
  'training.level2Fen': def('fen', 'O61-3.3', '培训补贴：二级/技师', 'training subsidy: level 2 (technician)'),
  'training.level1Fen': def('fen', 'O61-3.3', '培训补贴：一级/高级技师', 'training subsidy: level 1 (senior technician)'),
  'training.specialSkillFen': def('fen', 'O61-3.3', '培训补贴：专项职业能力证书', 'training subsidy: special-skill certificate'),
  'training.sybFen': def('fen', 'O61-3.3', '培训补贴：SYB创业培训', 'training subsidy: SYB entrepreneurship training'),
  'training.yearlyLimit': def('count', 'VST-2019', '每人每年享受培训补贴的次数上限', 'training subsidies per person per year'),
  'training.claimWindowMonths': def('months', 'O61-3.3', '取得证书后申领期限（月）', 'months after the certificate to claim'),
  'ojt.windowStart': def('date', 'OJT-2020', '以工代训政策开始日期', 'on-the-job training subsidy window start'),
  'ojt.windowEnd': def('date', 'OJT-2020', '以工代训政策截止日期', 'on-the-job training subsidy window end'),
  'ojt.perWorkerMonthFen': def('fen', 'OJT-2020', '以工代训补贴（每人每月）', 'on-the-job training subsidy per worker-month'),
  'ojt.maxMonths': def('months', 'OJT-2020', '以工代训补贴最长月数', 'most months of on-the-job training subsidy'),
  'poor.jobSeekingFen': def(
    'fen',
    'O61-4.1',
    '贫困劳动力外出务工求职交通补贴（每年）',
    'job-seeking and transport subsidy for poor labourers (per year)',
  ),
  'poor.jobSeekingLowIncomeFen': def(
    'fen',
    'O61-4.1',
    '低收入、低保家庭劳动力求职交通补贴（每年）',
    'subsidy for low-income or subsistence households (per year)',
  ),
  'poor.oneOffExtraFen': def('fen', 'O61-4.3', '重点地区一次性额外补贴', 'one-off extra in priority areas'),
  'poor.minMonthsAway': def('months', 'O61-4.1', '外出务工最少月数', 'least months working away'),
  'assist.firstContactWorkingDays': def(
    'count',
    'O61-3.1',
    '失业登记后首次联系时限（工作日）',
    'first contact after registration within (working days)',
  ),
  'assist.planDays': def('count', 'O61-3.1', '登记后完成帮扶计划的时限（自然日）', 'rest of the service plan within (calendar days)'),
  'assist.guidanceSessions': def('count', 'O61-3.1', '帮扶计划：职业指导次数', 'service plan: career-guidance sessions'),
  'assist.jobReferrals': def('count', 'O61-3.1', '帮扶计划：岗位推荐次数', 'service plan: job referrals'),
  'assist.offers': def('count', 'O61-3.1', '帮扶计划：培训或创业服务次数', 'service plan: training or entrepreneurship offers'),
  'wfr.labourShareBp': def(
    'bp',
    'O61-2.2',
    '以工代赈项目劳务报酬最低占比（万分比）',
    'least labour-compensation share of work-for-relief funds (basis points)',
  ),
} satisfies Record<string, ParamDef>;

/** A parameter key. */
export type ParamKey = keyof typeof PARAM_DEFS;

/** All keys in table order. */
export const PARAM_KEYS: readonly ParamKey[] = Object.keys(PARAM_DEFS).filter(isParamKey);

/** True when the string names a parameter. */
export function isParamKey(key: string): key is ParamKey {
  return Object.prototype.hasOwnProperty.call(PARAM_DEFS, key);
}

/** The definition of a key. */
export function paramDef(key: ParamKey): ParamDef {
  const d: ParamDef = PARAM_DEFS[key];
  return d;
}
