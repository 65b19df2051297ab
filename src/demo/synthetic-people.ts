/**
 * Deterministic synthetic workers for the demo world and benchmarks: hukou in 都安 (451228)
 * townships, many living or working in 东莞 (441900) townships, with valid ID check characters.
 * Every value is made up; a seeded PRNG makes each run identical. Person `i` depends only on
 * (seed, i), so ranges can be generated in parallel and 1,000,000 rows take a few seconds.
 */
import { makeIdNumber, type Sex } from '../modules/people/index.js';
import type { Education, PersonInput } from '../modules/people/index.js';

/** Townships of 都安瑶族自治县 (statistics codes as of 2023). */
export const DUAN_TOWNSHIPS = [
  '451228100',
  '451228101',
  '451228102',
  '451228103',
  '451228104',
  '451228105',
  '451228106',
  '451228107',
  '451228108',
  '451228109',
  '451228204',
  '451228208',
  '451228209',
  '451228210',
  '451228212',
  '451228213',
  '451228214',
  '451228217',
  '451228219',
];

/** Towns and sub-districts of 东莞市 (a prefecture-level city without counties). */
export const DONGGUAN_TOWNSHIPS = [
  '441900003',
  '441900004',
  '441900005',
  '441900006',
  '441900101',
  '441900102',
  '441900103',
  '441900104',
  '441900105',
  '441900106',
  '441900107',
  '441900108',
  '441900109',
  '441900110',
  '441900111',
  '441900112',
  '441900113',
  '441900114',
  '441900115',
  '441900116',
  '441900117',
  '441900118',
  '441900119',
  '441900121',
  '441900122',
  '441900123',
  '441900124',
  '441900125',
  '441900126',
  '441900127',
  '441900128',
  '441900129',
];

// Surnames common in 都安 (Zhuang and Yao families) first, then common national ones; repeated = weight.
const SURNAMES = '韦韦韦韦韦蓝蓝蓝覃覃覃蒙蒙潘潘黄黄陆陆莫莫罗梁梁李李王王陈陈刘张杨吴周赵何谢马卢廖谭唐兰班石农'.split('');
const GIVEN = '小明华丽芳强军伟英秀桂兰海燕红玲春梅建国志勇德福金凤玉珍文斌丹娟宇航杰涛静雪琳鹏飞俊宏林霞兵云平新荣胜利'.split('');
const SKILLS = [
  '电工',
  '焊工',
  '砌筑工',
  '钢筋工',
  '家政服务',
  '育婴员',
  '养老护理',
  '中式烹调',
  '电子装配',
  '缝纫',
  '叉车司机',
  '快递员',
  '保安',
  '美发',
];
const EDUCATION: Education[] = [
  'primary',
  'junior',
  'junior',
  'junior',
  'junior',
  'senior',
  'senior',
  'vocational',
  'vocational',
  'college',
  'bachelor',
  'none',
];

/** A synthetic person: the registration input plus the facts its ID number encodes. */
export interface SyntheticPerson extends PersonInput {
  birthDate: string;
  sex: Sex;
}

/** mulberry32: a tiny, fast, seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_DAY = Date.UTC(1966, 0, 1) / 86_400_000;
const DAYS = Math.round(Date.UTC(2006, 0, 1) / 86_400_000 - FIRST_DAY);

function pick<T>(r: () => number, list: readonly T[]): T {
  const v = list[Math.floor(r() * list.length)];
  if (v === undefined) throw new Error('empty list');
  return v;
}

/**
 * Person number `i` of a seeded population. ID numbers are unique for i < 14,600 × 500 within one
 * seed: the birth day is a bijection of i modulo the day count, and the sequence number grows with i.
 */
export function syntheticPerson(i: number, seed = 1): SyntheticPerson {
  const r = prng((seed * 1_000_003) ^ Math.imul(i + 1, 2_654_435_761));
  const day = (i * 7919 + seed * 104_729) % DAYS;
  const birthDate = new Date((FIRST_DAY + day) * 86_400_000).toISOString().slice(0, 10);
  const sexBit = r() < 0.55 ? 1 : 0;
  const sequence = (Math.floor(i / DAYS) % 500) * 2 + sexBit;
  const idNumber = makeIdNumber('451228', birthDate, sequence);
  const given = r() < 0.7 ? pick(r, GIVEN) + pick(r, GIVEN) : pick(r, GIVEN);
  const hukouCode = pick(r, DUAN_TOWNSHIPS);
  const inDongguan = r() < 0.45;
  const employed = r();
  const employmentCode = employed < 0.55 ? pick(r, DONGGUAN_TOWNSHIPS) : employed < 0.7 ? pick(r, DUAN_TOWNSHIPS) : null;
  const poverty = r() < 0.18;
  const dibao = r() < 0.06;
  const phone = `1${pick(r, ['3', '5', '7', '8', '9'])}${String(Math.floor(r() * 1e9)).padStart(9, '0')}`;
  const skills = r() < 0.6 ? [pick(r, SKILLS)] : [];
  return {
    name: pick(r, SURNAMES) + given,
    idNumber,
    birthDate,
    sex: sexBit === 1 ? 'male' : 'female',
    phone,
    bankAccount: null,
    hukouCode,
    residenceCode: inDongguan ? pick(r, DONGGUAN_TOWNSHIPS) : hukouCode,
    employmentCode,
    insuredCode: employmentCode?.startsWith('4419') ? (r() < 0.7 ? '441900' : null) : r() < 0.3 ? '451228' : null,
    povertyRegistered: poverty,
    povertyFrom: poverty ? (r() < 0.6 ? '2015-10-01' : '2016-06-01') : null,
    povertyTo: null,
    dibao,
    dibaoFrom: dibao ? '2019-01-01' : null,
    dibaoTo: null,
    education: pick(r, EDUCATION),
    willingToGoOut: r() < 0.7,
    expectedWageFen: (30 + Math.floor(r() * 51)) * 10_000,
    skills,
  };
}

/** `count` people from index `start`. */
export function* syntheticPeople(count: number, seed = 1, start = 0): Generator<SyntheticPerson> {
  for (let i = start; i < start + count; i++) yield syntheticPerson(i, seed);
}

/** Header line of the people import template (Chinese headers). */
export const SYNTHETIC_CSV_HEADER =
  '姓名,身份证号码,手机号码,户籍地代码,常住地代码,就业地代码,参保地代码,建档立卡,建档立卡起始日期,低保,低保起始日期,文化程度,愿意外出务工,期望月薪(元),技能';

const EDUCATION_ZH: Record<Education, string> = {
  none: '无',
  primary: '小学',
  junior: '初中',
  senior: '高中',
  vocational: '中专',
  college: '大专',
  bachelor: '本科',
  postgraduate: '研究生',
};

/** One CSV line matching SYNTHETIC_CSV_HEADER (no field needs quoting). */
export function syntheticCsvLine(p: SyntheticPerson): string {
  const yn = (b: boolean | undefined) => (b ? '是' : '否');
  return [
    p.name,
    p.idNumber,
    p.phone ?? '',
    p.hukouCode,
    p.residenceCode ?? '',
    p.employmentCode ?? '',
    p.insuredCode ?? '',
    yn(p.povertyRegistered),
    p.povertyFrom ?? '',
    yn(p.dibao),
    p.dibaoFrom ?? '',
    p.education ? EDUCATION_ZH[p.education] : '',
    yn(p.willingToGoOut),
    String((p.expectedWageFen ?? 0) / 100),
    (p.skills ?? []).join('、'),
  ].join(',');
}

/** The import cells (column key → text) of a synthetic person, as the import engine would pass them. */
export function syntheticCells(p: SyntheticPerson): Record<string, string> {
  const keys = [
    'name',
    'idNumber',
    'phone',
    'hukouCode',
    'residenceCode',
    'employmentCode',
    'insuredCode',
    'povertyRegistered',
    'povertyFrom',
    'dibao',
    'dibaoFrom',
    'education',
    'willingToGoOut',
    'expectedWage',
    'skills',
  ];
  const values = syntheticCsvLine(p).split(',');
  return Object.fromEntries(keys.map((k, i) => [k, values[i] ?? '']));
}
