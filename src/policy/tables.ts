/**
 * Parameters resolved once per (date, region) into dense lookup tables: for each key, a
 * Float64Array indexed by region index (dates as day numbers, NaN where no value exists). The batch
 * kernels read these instead of resolving per person.
 */
import { fromDayNumber, toDayNumber } from '../core/dates.js';
import type { RegionIndex } from './columns.js';
import { PARAM_KEYS, type ParamKey } from './param-defs.js';
import { findParameterRow, numericValue, type ParameterRow } from './parameters.js';

/** Resolved parameter values for one date over a region index. */
export class ParamTables {
  readonly asOfDay: number;
  private readonly tables = new Map<ParamKey, Float64Array>();
  private readonly dated = new Map<ParamKey, Map<number, number>>();

  constructor(
    readonly params: readonly ParameterRow[],
    readonly regions: RegionIndex,
    readonly asOf: string,
    readonly recordedAsOf?: string,
  ) {
    this.asOfDay = toDayNumber(asOf);
  }

  /** The table of one key, resolved on first use and kept. */
  get(key: ParamKey): Float64Array {
    const hit = this.tables.get(key);
    if (hit) return hit;
    const t = new Float64Array(this.regions.codes.length);
    this.regions.codes.forEach((code, i) => {
      const row = findParameterRow(this.params, key, code, this.asOf, this.recordedAsOf);
      t[i] = row ? numericValue(row) : NaN;
    });
    this.tables.set(key, t);
    return t;
  }

  /**
   * The value of a key for region index `r` as in force on another day (a date fact such as a
   * project's approval date); memoised per (day, region), NaN when none or when day or region is missing.
   */
  at(key: ParamKey, day: number, r: number): number {
    const code = this.regions.codes[r];
    if (code === undefined || !Number.isFinite(day)) return NaN;
    let memo = this.dated.get(key);
    if (!memo) {
      memo = new Map();
      this.dated.set(key, memo);
    }
    const id = day * this.regions.codes.length + r;
    const hit = memo.get(id);
    if (hit !== undefined) return hit;
    const row = findParameterRow(this.params, key, code, fromDayNumber(day), this.recordedAsOf);
    const value = row ? numericValue(row) : NaN;
    memo.set(id, value);
    return value;
  }

  /** Resolves the given keys (all keys by default) up front. */
  prepare(keys: readonly ParamKey[] = PARAM_KEYS): this {
    for (const k of keys) this.get(k);
    return this;
  }
}
