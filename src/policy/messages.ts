/** Plain-language messages for workers: amounts in yuan, the reasons that block a claim. */
import type { Bilingual } from './types.js';

/** Fen as yuan text: 500000 → "5000", 162950 → "1629.50". */
export function formatYuan(fen: number): string {
  const whole = Math.floor(fen / 100);
  const cents = fen % 100;
  return cents === 0 ? String(whole) : `${whole}.${String(cents).padStart(2, '0')}`;
}

/** Fills {amount}, {monthly} (yuan) and {months} into a bilingual template. */
export function fillTemplate(template: Bilingual, v: { amount: number; monthly: number; months: number }): Bilingual {
  const fill = (s: string) =>
    s.replaceAll('{amount}', formatYuan(v.amount)).replaceAll('{monthly}', formatYuan(v.monthly)).replaceAll('{months}', String(v.months));
  return { zh: fill(template.zh), en: fill(template.en) };
}

/** Shown when a decision rests on demo parameter values. */
export const ILLUSTRATIVE_NOTE: Bilingual = {
  zh: '提示：本结果使用了示例参数，正式发放前请核对当地现行标准。',
  en: 'Note: this result uses illustrative parameter values; check the current local figures before paying.',
};
