/**
 * Texts of the policy pages that are not in the shared dictionaries, Chinese first (picked with
 * useBilingual), and the formatting of decision values the same way the server words them.
 */
import type { Bilingual } from '../../api/types';
import type { ReasonValue } from '../../api/policy';
import { formatYuan } from '../../format/money';
import { formatPercent } from '../../format/rate';

const w = (zh: string, en: string): Bilingual => ({ zh, en });

export const WORDS = {
  reasons: w('判断依据与数值', 'Why, with the numbers'),
  loadPerson: w('调取登记人员的信息', "Load a registered person's facts"),
  loadPersonHint: w(
    '按姓名或身份证号码查找辖区内的登记人员，填入登记信息（出生日期、户籍地、参保月数等）；申请时才有的信息仍需填写。',
    'Find a registered person in your area by name or ID number to fill in the registry facts (birth date, places, insured months…); claim facts are still typed in.',
  ),
  loaded: w('已填入登记信息', 'Registry facts filled in'),
  fromRegistry: w('来自登记信息', 'from the registry'),
  notInForce: w('当日尚未生效，不作引用', 'not in force on that day; not cited'),
  resolvedOn: w('按此日期取值', 'value as of'),
  whatIfProgram: w('测算哪个项目', 'Program to test'),
  whatIfParams: w('改哪一两项参数', 'The one or two parameters to change'),
  param: w('参数', 'Parameter'),
  secondParam: w('第二项参数（可不选）', 'A second parameter (optional)'),
  newValue: w('假设新值', 'New value'),
  currentValue: w('现行值', 'Current value'),
  where: w('适用范围', 'Applies to'),
  everywhere: w('本辖区全部地区', 'Everywhere in my area'),
  assumeOptional: w('登记信息中没有的事实，按下列假设值计（可不填）', 'Facts the registry lacks, assumed for everyone (optional)'),
  before: w('调整前', 'Before'),
  after: w('调整后', 'After'),
  eligibleCount: w('符合人数', 'Eligible'),
  money: w('资金', 'Money'),
  change: w('变化', 'Change'),
  unknownPlace: w('未登记地区', 'Place not registered'),
} as const;

/** A reason value in words when the server's text is not at hand (the same rules as src/policy/reasons.ts). */
export function valueText(v: Pick<ReasonValue, 'kind' | 'value'>, lang: 'zh' | 'en'): string {
  if (v.value === null) return lang === 'zh' ? '（未知）' : '(unknown)';
  if (typeof v.value === 'string') {
    if (v.kind !== 'date') return v.value;
    const [y, m, d] = v.value.split('-').map(Number);
    return lang === 'zh' ? `${y}年${m}月${d}日` : v.value;
  }
  switch (v.kind) {
    case 'fen':
      return formatYuan(v.value);
    case 'percent':
      return formatPercent(v.value);
    case 'months':
      return lang === 'zh' ? `${v.value}个月` : `${v.value} months`;
    default:
      return String(v.value);
  }
}
