/**
 * What each fact means and which values it takes: the single table behind validation, column
 * layout and the catalogue. The mapped type forces one entry per field of {@link Facts}.
 */
import type { BoolFactKey, DateFactKey, EnumFactKey, EnumValue, Facts, NumFactKey, RegionFactKey } from './facts.js';
import type { Bilingual, Locality } from './types.js';

/** Groups for the catalogue. */
export type FactGroup = 'person' | 'insurance' | 'relief' | 'training' | 'employer' | 'business' | 'outbound' | 'project';

interface Base {
  label: Bilingual;
  group: FactGroup;
}
/** An integer fact; `column` says how it is stored in columns. */
export interface IntSpec extends Base {
  type: 'int';
  min: number;
  max: number;
  column: 'i32' | 'f64';
}
/** A yes/no fact. */
export interface BoolSpec extends Base {
  type: 'bool';
}
/** A date fact. `optional`: a program may read it without requiring it (absent = no such date). */
export interface DateSpec extends Base {
  type: 'date';
  optional?: true;
}
/** A place fact, the locality it fills. */
export interface RegionSpec extends Base {
  type: 'region';
  locality: Locality;
}
/** A fact with listed values (stored as the value's index in columns). */
export interface EnumSpec<T extends string> extends Base {
  type: 'enum';
  values: readonly T[];
  valueLabels: Readonly<Record<T, Bilingual>>;
}

type Specs = { readonly [K in NumFactKey]: IntSpec } & { readonly [K in BoolFactKey]: BoolSpec } & {
  readonly [K in DateFactKey]: DateSpec;
} & {
  readonly [K in RegionFactKey]: RegionSpec;
} & { readonly [K in EnumFactKey]: EnumSpec<EnumValue<K>> };

const b = (zh: string, en: string): Bilingual => ({ zh, en });
const MAX_I32 = 2_147_483_647;
const int = (group: FactGroup, zh: string, en: string, max = 600, column: 'i32' | 'f64' = 'i32'): IntSpec => ({
  type: 'int',
  group,
  label: b(zh, en),
  min: 0,
  max,
  column,
});
const bool = (group: FactGroup, zh: string, en: string): BoolSpec => ({ type: 'bool', group, label: b(zh, en) });
const date = (group: FactGroup, zh: string, en: string): DateSpec => ({ type: 'date', group, label: b(zh, en) });
const region = (group: FactGroup, locality: Locality, zh: string, en: string): RegionSpec => ({
  type: 'region',
  group,
  locality,
  label: b(zh, en),
});
function enumOf<T extends string>(
  group: FactGroup,
  zh: string,
  en: string,
  valueLabels: Readonly<Record<T, Bilingual>>,
  values: readonly T[],
): EnumSpec<T> {
  return { type: 'enum', group, label: b(zh, en), values, valueLabels };
}

/** One entry per fact. */
export const FACT_SPECS: Specs = {
  birthDate: date('person', '出生日期', 'date of birth'),
  migrantWorker: bool('person', '是否农民工', 'is a migrant worker'),
  povertyRegistered: bool('person', '是否建档立卡贫困劳动力（脱贫劳动力）', 'is a registered poor labourer'),
  household: enumOf(
    'person',
    '家庭救助状况',
    'household assistance status',
    {
      ordinary: b('一般家庭', 'ordinary'),
      lowIncome: b('低收入家庭', 'low-income household'),
      dibao: b('低保家庭', 'subsistence-allowance household'),
    },
    ['ordinary', 'lowIncome', 'dibao'],
  ),
  hukouRegion: region('person', 'hukou', '户籍地', 'place of household registration'),
  residenceRegion: region('person', 'residence', '常住地', 'place of permanent residence'),
  employmentRegion: region('person', 'employment', '就业地（最近一次）', 'place of (last) employment'),
  insuredRegion: region('insurance', 'insured', '参保地', 'insured place'),
  employedNow: bool('person', '目前是否在职', 'is working now'),
  registeredUnemployed: bool('person', '是否已办理失业登记', 'is registered as unemployed'),
  seekingWork: bool('person', '是否有求职要求', 'is looking for work'),
  receivingPension: bool('person', '是否已领取基本养老金', 'draws a basic pension'),
  contributionMonths: int('insurance', '失业保险累计缴费月数', 'months of unemployment-insurance contributions'),
  firstInsuredDate: date('insurance', '首次参加失业保险日期', 'date first insured'),
  employerPaidInsurance: bool('insurance', '单位是否已缴纳失业保险费', 'the employer paid unemployment insurance'),
  personallyContributed: bool('insurance', '本人是否缴纳了个人部分', 'paid the personal contribution'),
  migrantContractWorker: bool('insurance', '是否农民合同制工人', 'is a migrant contract worker'),
  continuousServiceMonths: int('insurance', '在本单位连续工作月数', 'months of continuous work with the employer'),
  separationReason: enumOf(
    'insurance',
    '离职原因',
    'why the job ended',
    {
      contractExpired: b('劳动合同期满未续订', 'contract expired, not renewed'),
      employerTerminated: b('单位解除或终止劳动合同', 'the employer ended the contract'),
      resignedForCause: b('因单位过错被迫辞职', "resigned because of the employer's fault"),
      resignedVoluntarily: b('本人主动辞职', 'resigned of own will'),
      dismissedForMisconduct: b('因本人过错被辞退', 'dismissed for misconduct'),
      notSeparated: b('未离职', 'still employed'),
    },
    ['contractExpired', 'employerTerminated', 'resignedForCause', 'resignedVoluntarily', 'dismissedForMisconduct', 'notSeparated'],
  ),
  benefitStatus: enumOf(
    'insurance',
    '失业保险金领取状况',
    'benefit status',
    { none: b('未领取', 'never received'), receiving: b('正在领取', 'receiving'), exhausted: b('已领取期满', 'ran out') },
    ['none', 'receiving', 'exhausted'],
  ),
  benefitMonthsDrawn: int('insurance', '本次失业已领失业保险金月数', 'benefit months already paid for this spell'),
  subsidyMonthsDrawn: int('insurance', '已领失业补助金月数', 'unemployment-subsidy months already paid'),
  allowanceMonthsDrawn: int('insurance', '已领临时生活补助月数', 'temporary-living-allowance months already paid'),
  livingAllowancePaid: bool('insurance', '本次合同是否已领一次性生活补助', 'living allowance already paid for this contract'),
  monthsWithoutIncome: int('relief', '连续无收入月数', 'consecutive months without income'),
  appliedInPerson: bool('relief', '是否本人申请', 'applied in person'),
  applicationRegion: region('relief', 'application', '申请地', 'place of application'),
  trainingKind: enumOf(
    'training',
    '培训类型',
    'kind of training',
    {
      onJob: b('以工代训', 'on-the-job'),
      orderBased: b('订单式、定向培训', 'order-based or targeted'),
      urgentOccupation: b('急需紧缺职业专项培训', 'urgently needed occupation'),
      jobConversion: b('转岗转业培训', 'job conversion'),
      entrepreneurship: b('创业培训', 'entrepreneurship'),
    },
    ['onJob', 'orderBased', 'urgentOccupation', 'jobConversion', 'entrepreneurship'],
  ),
  certificateKind: enumOf(
    'training',
    '取得的证书',
    'certificate obtained',
    {
      none: b('无', 'none'),
      vocationalLevel: b('职业资格/职业技能等级证书', 'vocational level certificate'),
      specialSkill: b('专项职业能力证书', 'special-skill certificate'),
      syb: b('创业培训合格证书（SYB）', 'SYB certificate'),
    },
    ['none', 'vocationalLevel', 'specialSkill', 'syb'],
  ),
  certificateLevel: int(
    'training',
    '证书等级（5=初级工 … 1=高级技师；无等级填0）',
    'certificate level (5 entry … 1 senior technician; 0 none)',
    5,
  ),
  certificateDate: date('training', '取得证书日期', 'date the certificate was obtained'),
  trainingRegion: region('training', 'training', '培训地', 'training place'),
  trainingSubsidiesThisYear: int('training', '本年度已享受培训补贴次数', 'training subsidies already received this year', 50),
  sameOccupationLevelSubsidised: bool('training', '同一职业同一等级是否已享受过补贴', 'already subsidised for this occupation and level'),
  employerSize: enumOf(
    'employer',
    '企业规模',
    'size of the employer',
    { micro: b('微型', 'micro'), small: b('小型', 'small'), medium: b('中型', 'medium'), large: b('大型', 'large') },
    ['micro', 'small', 'medium', 'large'],
  ),
  employerHardHit: bool('employer', '是否受疫情影响较大行业', 'in a hard-hit sector'),
  trainingPlanFiled: bool('employer', '是否已备案以工代训计划', 'filed an on-the-job training plan'),
  onJobTrainingMonths: int('employer', '该职工以工代训月数', 'months this worker trained on the job'),
  onJobMonthsClaimed: int('employer', '该职工已申领补贴月数', 'months already claimed for this worker'),
  returnedFromWorkAway: bool('business', '是否外出务工后返乡', 'returned home after working away'),
  firstBusiness: bool('business', '是否首次创业', 'first business'),
  businessKind: enumOf(
    'business',
    '创业主体类型',
    'kind of business',
    { individual: b('个体工商户', 'individual business'), firm: b('企业或农民专业合作社', 'firm or cooperative') },
    ['individual', 'firm'],
  ),
  businessLicenceDate: date('business', '营业执照登记日期', 'business licence date'),
  operatingNormally: bool('business', '是否正常经营', 'operating normally'),
  businessRegion: region('business', 'business', '创业地', 'place of business'),
  startupPaidFen: int('business', '已领取一次性创业补贴（分）', 'start-up subsidy already paid (fen)', MAX_I32),
  businessClosedDate: {
    ...date('business', '停业或注销日期（仍在经营的不填）', 'date the business closed (blank while trading)'),
    optional: true,
  },
  monthsEmployedAway: int('outbound', '本年度外出务工月数', 'months working away this year', 12),
  jobSeekingPaidThisYear: bool('outbound', '本年度是否已领求职交通补贴', 'job-seeking subsidy already paid this year'),
  projectRegion: region('project', 'project', '项目所在地', 'project location'),
  projectFundsFen: int('project', '项目资金（分）', 'project funds (fen)', Number.MAX_SAFE_INTEGER, 'f64'),
  projectLabourFen: int('project', '劳务报酬（分）', 'labour compensation (fen)', Number.MAX_SAFE_INTEGER, 'f64'),
  projectLocalWorkers: int('project', '吸纳当地群众务工人数', 'local people employed', 1_000_000),
  projectApprovalDate: date('project', '项目批复日期', 'project approval date'),
};

/** Fact keys in table order. */
export const FACT_KEYS: readonly (keyof Facts)[] = Object.keys(FACT_SPECS).filter(isFactKey);

/** True when the string names a fact. */
export function isFactKey(key: string): key is keyof Facts {
  return Object.prototype.hasOwnProperty.call(FACT_SPECS, key);
}

/** The region fact that fills each locality. */
export const LOCALITY_FACT: Readonly<Record<Locality, RegionFactKey>> = {
  hukou: 'hukouRegion',
  residence: 'residenceRegion',
  employment: 'employmentRegion',
  insured: 'insuredRegion',
  training: 'trainingRegion',
  business: 'businessRegion',
  application: 'applicationRegion',
  project: 'projectRegion',
};

/** True for a date fact a program may read without requiring it. */
export function isOptionalFact(key: keyof Facts): boolean {
  const spec = FACT_SPECS[key];
  return spec.type === 'date' && spec.optional === true;
}

/** The values of an enum fact with their labels, in code order. */
export function enumOptions(spec: EnumSpec<string>): { value: string; label: Bilingual }[] {
  return spec.values.map((value) => ({ value, label: spec.valueLabels[value] ?? { zh: value, en: value } }));
}
