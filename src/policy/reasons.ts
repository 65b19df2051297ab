/**
 * The values behind a decision in words a worker reads: dates as 2021年9月15日 / 15 September 2021,
 * money in yuan, shares in %, months and counts, and the sentences and reasons built from them.
 * Pure; the same formatting is used by the worker pages and the staff try-it page (through the API).
 */
import type { FlatNode } from './analyse.js';
import type { Shown, ShownKind } from './criteria.js';
import type { CriterionResult, DecisionReason, ReasonValue } from './decision.js';
import { formatYuan } from './messages.js';
import type { Bilingual } from './types.js';

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** An ISO date in words: '2021-09-15' → 2021年9月15日 / 15 September 2021. */
export function dateInWords(iso: string): Bilingual {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return { zh: iso, en: iso };
  return { zh: `${y}年${m}月${d}日`, en: `${d} ${MONTHS_EN[m - 1] ?? ''} ${y}` };
}

/** Basis points as a percentage: 3000 → "30%", 1550 → "15.5%", 825 → "8.25%". */
export function percentText(bp: number): string {
  return `${String(Math.round(bp) / 100)}%`;
}

/** A value of a kind in words (see {@link ReasonValue}). */
export function valueInWords(kind: ShownKind, value: number | string | null): Bilingual {
  if (value === null) return { zh: '（未知）', en: '(unknown)' };
  if (typeof value === 'string') return kind === 'date' ? dateInWords(value) : { zh: value, en: value };
  switch (kind) {
    case 'fen':
      return {
        zh: `${value < 0 ? '-' : ''}${formatYuan(Math.abs(value))}元`,
        en: `${value < 0 ? '-' : ''}¥${formatYuan(Math.abs(value))}`,
      };
    case 'percent':
      return { zh: percentText(value), en: percentText(value) };
    case 'months':
      return { zh: `${value}个月`, en: `${value} month${value === 1 ? '' : 's'}` };
    case 'count':
    case 'date':
      return { zh: String(value), en: String(value) };
  }
}

/** One shown value from its computed number (day number already turned into an ISO date for dates). */
export function reasonValue(s: Shown, value: number | string | null): ReasonValue {
  return { name: s.name, label: s.label, kind: s.kind, value, text: valueInWords(s.kind, value) };
}

/** Fills `{name}` in a bilingual template from the values' words. */
export function fillDetail(template: Bilingual, values: readonly ReasonValue[]): Bilingual {
  const fill = (s: string, lang: 'zh' | 'en') =>
    s.replace(/\{(\w+)\}/g, (whole, name: string) => values.find((v) => v.name === name)?.text[lang] ?? whole);
  return { zh: fill(template.zh, 'zh'), en: fill(template.en, 'en') };
}

/**
 * The failing criteria that actually block the claim, as node indexes: below a failing "all", its
 * failing children; a failing "any", "not" or check speaks for itself (its children's failures are
 * alternatives).
 */
export function blockingIndexes(nodes: readonly FlatNode[], results: readonly CriterionResult[]): number[] {
  const out: number[] = [];
  const visit = (i: number): void => {
    const flat = nodes[i];
    if (!flat || results[i]?.passed !== false) return;
    if (flat.node.kind !== 'all') {
      out.push(i);
      return;
    }
    const before = out.length;
    for (let j = i + 1; j < nodes.length; j++) if (nodes[j]?.parent === i) visit(j);
    if (out.length === before) out.push(i);
  };
  visit(0);
  return out;
}

/** A message followed by its sentence of values. */
export function withDetail(message: Bilingual, detail: Bilingual | undefined): Bilingual {
  return detail ? { zh: `${message.zh}${detail.zh}`, en: `${message.en} ${detail.en}` } : message;
}

/**
 * The reasons of a decision: for a refusal, the blocking criteria; for a grant, the met checks that
 * have values to show.
 */
export function decisionReasons(nodes: readonly FlatNode[], results: readonly CriterionResult[], eligible: boolean): DecisionReason[] {
  const picked = eligible
    ? results.flatMap((r, i) => (r.kind === 'check' && r.passed && r.values?.length ? [i] : []))
    : blockingIndexes(nodes, results);
  return picked.flatMap((i) => {
    const r = results[i];
    const node = nodes[i]?.node;
    if (!r || !node) return [];
    const reason: DecisionReason = {
      criterion: r.id,
      label: r.label,
      clause: r.clause,
      passed: r.passed,
      message: r.passed ? r.label : node.fail,
      values: r.values ?? [],
    };
    if (r.detail) reason.detail = r.detail;
    return [reason];
  });
}
