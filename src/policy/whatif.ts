/**
 * What-if: the effect of changed parameter values on a registry, per region. Runs the batch twice —
 * base parameters and base plus the scenario's overrides — and reports, per region of the payer
 * locality, how many person-programs gain and lose eligibility and the change in cost (fen). Pure.
 */
import { isIsoDate } from '../core/dates.js';
import { ok, refuse, type Result } from '../core/result.js';
import { evaluateBatch, type BatchResult } from './batch.js';
import type { PersonColumns } from './columns.js';
import type { Program } from './criteria.js';
import type { ParamKey } from './param-defs.js';
import { recordParameters, type ParameterRow } from './parameters.js';
import { ParamTables } from './tables.js';
import { AREA_DIGITS, type AreaLevel } from './types.js';

/** One overridden value: for a region ('CN', 2, 4 or 6 digits), in force from the decision date. */
export interface Override {
  key: ParamKey;
  region: string;
  value: number | string;
}

/** Per-region effect of a scenario. */
export interface RegionDelta {
  /** Region code at the requested level (the payer's place). */
  region: string;
  /** Person-programs evaluated with this payer region. */
  people: number;
  /** Eligible person-programs under the base parameters and under the scenario. */
  baseEligible: number;
  scenarioEligible: number;
  gaining: number;
  losing: number;
  baseFen: number;
  scenarioFen: number;
  deltaFen: number;
}

/** The whole effect. */
export interface WhatIfResult {
  asOf: string;
  level: AreaLevel;
  regions: RegionDelta[];
  total: Omit<RegionDelta, 'region'>;
}

/** Hypothetical rows are "recorded" at the end of time, so they win over any real version. */
const SCENARIO_RECORDED_AT = '9999-12-31';

/** Rows that put the overrides in force on `asOf`, as if recorded after everything else. */
export function scenarioRows(overrides: readonly Override[], asOf: string): ParameterRow[] {
  return overrides.map((o) => ({
    key: o.key,
    region: o.region,
    effectiveFrom: asOf,
    recordedAt: SCENARIO_RECORDED_AT,
    value: o.value,
    source: 'what-if scenario / 测算情景',
    illustrative: true,
  }));
}

function add(into: Map<string, RegionDelta>, region: string, base: BatchResult, next: BatchResult, i: number): void {
  let d = into.get(region);
  if (!d)
    into.set(
      region,
      (d = { region, people: 0, baseEligible: 0, scenarioEligible: 0, gaining: 0, losing: 0, baseFen: 0, scenarioFen: 0, deltaFen: 0 }),
    );
  const b = base.eligible[i] ?? 0;
  const s = next.eligible[i] ?? 0;
  const bf = base.amountFen[i] ?? 0;
  const sf = next.amountFen[i] ?? 0;
  d.people++;
  d.baseEligible += b;
  d.scenarioEligible += s;
  d.gaining += s & (b ^ 1);
  d.losing += b & (s ^ 1);
  d.baseFen += bf;
  d.scenarioFen += sf;
  d.deltaFen += sf - bf;
}

/**
 * Evaluates programs over columns under base parameters and under base plus overrides, grouping by
 * each program's payer place at `level` (default county). Refuses invalid override rows.
 */
export function whatIf(opts: {
  programs: readonly Program[];
  columns: PersonColumns;
  asOf: string;
  base: readonly ParameterRow[];
  overrides: readonly Override[];
  level?: AreaLevel;
}): Result<WhatIfResult> {
  const level = opts.level ?? 'county';
  const { columns: cols, asOf } = opts;
  if (!isIsoDate(asOf)) return refuse('policy_date_invalid');
  const scenario = recordParameters(opts.base, scenarioRows(opts.overrides, asOf));
  if (!scenario.ok) return scenario;
  const baseTables = new ParamTables(opts.base, cols.regions, asOf);
  const nextTables = new ParamTables(scenario.value, cols.regions, asOf);
  const byRegion = new Map<string, RegionDelta>();
  const codeAt = cols.regions.codes.map((c) => c.slice(0, AREA_DIGITS[level]));
  for (const program of opts.programs) {
    const base = evaluateBatch(program, cols, baseTables);
    const next = evaluateBatch(program, cols, nextTables);
    const place = cols.place(program.payer);
    for (let i = 0; i < cols.size; i++) add(byRegion, codeAt[place[i] ?? -1] ?? 'unknown', base, next, i);
  }
  const regions = [...byRegion.values()].sort((a, b) => (a.region < b.region ? -1 : a.region > b.region ? 1 : 0));
  const total = { people: 0, baseEligible: 0, scenarioEligible: 0, gaining: 0, losing: 0, baseFen: 0, scenarioFen: 0, deltaFen: 0 };
  const keys = ['people', 'baseEligible', 'scenarioEligible', 'gaining', 'losing', 'baseFen', 'scenarioFen', 'deltaFen'] as const;
  for (const r of regions) for (const k of keys) total[k] += r[k];
  return ok({ asOf, level, regions, total });
}
