/** A small builder for seeded parameter rows, shared by the national and demo-world seeds. */
import type { ClauseId } from './clauses.js';
import type { ParamKey } from './param-defs.js';
import type { ParameterRow } from './parameters.js';
import { splitBilingual } from '../core/bilingual-text.js';

/** The day the seed was recorded. */
export const SEED_RECORDED_AT = '2026-11-28';

/** Said after an illustrative row's source, in each of its languages. */
const ILLUSTRATIVE_NOTE = { zh: '（示例数值，请按现行通知替换）', en: ' (illustrative value: replace it with the current notice)' };

function illustrativeSource(source: string): string {
  const s = splitBilingual(source);
  return `${s.zh}${ILLUSTRATIVE_NOTE.zh} / ${s.en}${ILLUSTRATIVE_NOTE.en}`;
}

/** Options of a seeded row. */
export interface SeedOpts {
  to?: string;
  clause?: ClauseId;
  /** Defaults to true: seeded local figures are demo values. */
  illustrative?: boolean;
}

/** A seeded row; illustrative rows say so in their source text too. */
export function seedRow(
  key: ParamKey,
  region: string,
  from: string,
  value: number | string,
  source: string,
  opts: SeedOpts = {},
): ParameterRow {
  const illustrative = opts.illustrative ?? true;
  const row: ParameterRow = {
    key,
    region,
    effectiveFrom: from,
    recordedAt: SEED_RECORDED_AT,
    value,
    source: illustrative ? illustrativeSource(source) : source,
  };
  if (opts.to !== undefined) row.effectiveTo = opts.to;
  if (opts.clause !== undefined) row.clause = opts.clause;
  if (illustrative) row.illustrative = true;
  return row;
}

/** A row taken from a national rule (not illustrative). */
export function ruleRow(key: ParamKey, from: string, value: number | string, source: string, clause: ClauseId, to?: string): ParameterRow {
  return seedRow(key, 'CN', from, value, source, { clause, illustrative: false, ...(to === undefined ? {} : { to }) });
}
