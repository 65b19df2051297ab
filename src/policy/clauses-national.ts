/**
 * National rules the programs need besides 人社部发〔2020〕61号 (POLICY.md, "Linked national rules").
 * Ids are the project's own. Entries marked `inferred` name a document whose exact title, number or
 * date was not confirmed: officers can correct them without touching the programs.
 */
import type { Bilingual } from './types.js';
import type { ClauseBody } from './clauses-o61.js';

const UI_DOC: Bilingual = {
  zh: '失业保险条例（国务院令第258号）',
  en: 'Regulations on Unemployment Insurance (State Council Decree No. 258)',
};
const UIX_DOC: Bilingual = {
  zh: '人力资源社会保障部 财政部关于扩大失业保险保障范围的通知（2020年6月）',
  en: 'MOHRSS and MOF notice on widening unemployment-insurance protection (June 2020)',
};

function ui(article: number, zh: string, en: string): ClauseBody {
  return {
    document: { zh: `${UI_DOC.zh} 第${article}条`, en: `${UI_DOC.en}, art. ${article}` },
    summary: { zh, en },
    validFrom: '1999-01-22',
  };
}

/** Linked national rules, keyed by the project's clause id. */
export const NATIONAL_CLAUSES = {
  'UI-1999-14': ui(
    14,
    '领取失业保险金须：缴费满1年；非因本人意愿中断就业；已办理失业登记并有求职要求。',
    'Benefit conditions: at least one year of contributions; involuntary loss of work; registered as unemployed and seeking work.',
  ),
  'UI-1999-15': ui(
    15,
    '重新就业、应征服兵役、享受基本养老保险待遇等情形停止领取失业保险金。',
    'Benefit stops on re-employment, military service, drawing a basic pension and similar.',
  ),
  'UI-1999-17': ui(
    17,
    '领取期限：缴费满1年不足5年的最长12个月；满5年不足10年的最长18个月；10年以上的最长24个月。',
    'Duration: at most 12 months for 1 to under 5 years of contributions, 18 months for 5 to under 10 years, 24 months for 10 years or more.',
  ),
  'UI-1999-18': ui(
    18,
    '失业保险金标准低于当地最低工资标准、高于城市居民最低生活保障标准，由省级政府确定。',
    'The benefit is set by the province below the minimum wage and above the urban subsistence line.',
  ),
  'UI-1999-21': ui(
    21,
    '单位招用的农民合同制工人连续工作满1年、单位已缴费，劳动合同期满未续订或提前解除的，支付一次性生活补助。',
    'Migrant contract workers with one year of continuous work whose employer paid contributions get a one-time living allowance when the contract ends.',
  ),
  'UIX-2020-SUB': {
    document: UIX_DOC,
    summary: {
      zh: '2020年3月至12月，对失业保险金领取期满仍未就业的失业人员、不符合领取失业保险金条件的参保失业人员，发放不超过6个月的失业补助金，标准不超过当地失业保险金的80%。',
      en: 'March–December 2020: an unemployment subsidy of up to 6 months at no more than 80% of the local benefit for those whose benefit ran out or insured unemployed people who do not qualify.',
    },
    validFrom: '2020-03-01',
  },
  'UIX-2020-TLA': {
    document: UIX_DOC,
    summary: {
      zh: '2020年5月至12月，对2019年1月1日之后参保不满1年的失业农民工，由参保地按月发放不超过3个月的临时生活补助，标准参照当地城市低保。',
      en: "May–December 2020: migrant workers insured since 2019-01-01 for under a year get a monthly temporary living allowance for up to 3 months, set by the insured place's urban subsistence line.",
    },
    validFrom: '2020-05-01',
  },
  'CA-2020-RELIEF': {
    document: {
      zh: '民政部 财政部 2020年关于做好困难群众基本生活保障（临时救助）工作的通知',
      en: 'Civil affairs and finance notice of 2020 on basic living support (temporary relief)',
    },
    summary: {
      zh: '连续3个月无收入来源、未参加失业保险、未纳入低保范围的生活困难失业人员，本人申请，由就业地或常住地给予临时救助。',
      en: 'Unemployed people with no income for 3 consecutive months, not covered by unemployment insurance or subsistence allowance, get temporary relief on their own application, paid by the place of work or residence.',
    },
    validFrom: '2020-06-01',
    inferred: true,
  },
  'WFR-2022': {
    document: {
      zh: '国家发展改革委 2022年关于以工代赈的通知（劳务报酬占比提高至30%以上）',
      en: 'NDRC notice of 2022 on work-for-relief (labour compensation share raised to at least 30%)',
    },
    summary: {
      zh: '以工代赈项目劳务报酬占中央资金的比例由不低于15%提高到不低于30%；起始日期以参数记录。',
      en: 'The share of labour compensation in work-for-relief project funds rises from at least 15% to at least 30%; the start date is kept as a parameter.',
    },
    validFrom: '2022-01-01',
    inferred: true,
  },
  'VST-2019': {
    document: {
      zh: '国务院办公厅关于印发职业技能提升行动方案（2019—2021年）的通知（国办发〔2019〕24号）',
      en: 'General Office of the State Council: Vocational Skills Upgrading Action Plan 2019–2021',
    },
    summary: {
      zh: '按取得的证书等级给予培训补贴；每人每年享受培训补贴不超过3次，同一职业同一等级不可重复享受。',
      en: 'Training subsidies by certificate level; at most three subsidies per person per year; never twice for the same occupation and level.',
    },
    validFrom: '2019-05-18',
  },
  'OJT-2020': {
    document: {
      zh: '2020年关于以工代训补贴扩围的通知（人力资源社会保障部 财政部）',
      en: 'MOHRSS and MOF notices of 2020 widening on-the-job training subsidies',
    },
    summary: {
      zh: '中小微企业和受疫情影响较大行业的企业吸纳就业并开展以工代训的，按人按月给予职业培训补贴，期限最长6个月。',
      en: 'SMEs and firms in hard-hit sectors that hire and train on the job receive a training subsidy per worker per month, for up to 6 months.',
    },
    validFrom: '2020-01-01',
    inferred: true,
  },
  'MW-2004': {
    document: { zh: '最低工资规定（劳动和社会保障部令第21号）', en: 'Provisions on Minimum Wages (MOLSS Decree No. 21)' },
    summary: {
      zh: '最低工资标准分月最低工资和小时最低工资，由省级政府确定并至少每两年调整一次。',
      en: 'Monthly and hourly minimum wages set by the province, reviewed at least every two years.',
    },
    validFrom: '2004-03-01',
  },
  'SA-2014': {
    document: { zh: '社会救助暂行办法（国务院令第649号）', en: 'Interim Measures on Social Assistance (State Council Decree No. 649)' },
    summary: {
      zh: '最低生活保障标准由地方政府确定、公布并适时调整；临时救助对象包括因急难导致基本生活困难的家庭或个人。',
      en: 'Local governments set and publish the subsistence line; temporary relief helps households in sudden hardship.',
    },
    validFrom: '2014-05-01',
  },
  'LAB-1994-15': {
    document: { zh: '中华人民共和国劳动法 第15条', en: 'Labour Law of the PRC, art. 15' },
    summary: { zh: '禁止用人单位招用未满十六周岁的未成年人。', en: 'Employers may not hire minors under 16.' },
    validFrom: '1995-01-01',
  },
} satisfies Record<string, ClauseBody>;
