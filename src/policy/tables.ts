/**
 * Parameters resolved once per (date, region) into dense lookup tables: for each key, a
 * Float64Array indexed by region index (dates as day numbers, NaN where no value exists). The batch
 * kernels read these instead of resolving per person.
 */
import { toDayNumber } from '../core/dates.js';
import type { RegionIndex } from './columns.js';
import { PARAM_KEYS, type ParamKey } from './param-defs.js';
import { findParameterRow, numericValue, type ParameterRow } from './parameters.js';

/** Resolved parameter values for one date over a region index. */
export class ParamTables {
  readonly asOfDay: number;
  private readonly tables = new Map<ParamKey, Float64Array>();

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

  /** Resolves the given keys (all keys by default) up front. */
  prepare(keys: readonly ParamKey[] = PARAM_KEYS): this {
    for (const k of keys) this.get(k);
    return this;
  }
}
