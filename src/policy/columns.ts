/**
 * The registry as columns: one typed array per fact, dates as day numbers, enums as the value's
 * index, places as an index into a {@link RegionIndex} of county codes. This is the input of the
 * batch evaluator; `columnsFromFacts` builds it from fact records (tests, small batches).
 */
import { fromDayNumber, toDayNumber } from '../core/dates.js';
import { FACT_KEYS, FACT_SPECS, LOCALITY_FACT } from './fact-specs.js';
import type { BoolFactKey, DateFactKey, EnumFactKey, FactKey, Facts, NumFactKey } from './facts.js';
import { AREA_DIGITS, LOCALITIES, type AreaLevel, type Locality } from './types.js';

/** Stored in a date column when the date is absent; kernels read it as NaN. */
export const NO_DATE = -2147483648;

/** Dense numbering of county codes, with group ids per level for same-area tests. */
export interface RegionIndex {
  codes: readonly string[];
  lookup: ReadonlyMap<string, number>;
  /** area[level][i] equals area[level][j] exactly when counties i and j share that division. */
  area: Readonly<Record<AreaLevel, Int32Array>>;
}

/** Builds an index over the distinct 6-digit county codes of the given codes (sorted). */
export function buildRegionIndex(codes: Iterable<string>): RegionIndex {
  const set = new Set<string>();
  for (const c of codes) if (c.length >= 6) set.add(c.slice(0, 6));
  const sorted = [...set].sort();
  const lookup = new Map(sorted.map((c, i) => [c, i]));
  const group = (level: AreaLevel): Int32Array => {
    const ids = new Map<string, number>();
    const out = new Int32Array(sorted.length);
    sorted.forEach((c, i) => {
      const p = c.slice(0, AREA_DIGITS[level]);
      let id = ids.get(p);
      if (id === undefined) ids.set(p, (id = ids.size));
      out[i] = id;
    });
    return out;
  };
  return { codes: sorted, lookup, area: { province: group('province'), prefecture: group('prefecture'), county: group('county') } };
}

/** Fact keys of each storage kind (type guards read the spec table). */
export const isNumFact = (k: FactKey): k is NumFactKey => FACT_SPECS[k].type === 'int';
export const isBoolFact = (k: FactKey): k is BoolFactKey => FACT_SPECS[k].type === 'bool';
export const isDateFact = (k: FactKey): k is DateFactKey => FACT_SPECS[k].type === 'date';
export const isEnumFact = (k: FactKey): k is EnumFactKey => FACT_SPECS[k].type === 'enum';

function need<K, V>(m: ReadonlyMap<K, V>, k: K): V {
  const v = m.get(k);
  if (v === undefined) throw new Error(`no column ${String(k)}`);
  return v;
}

/** One typed array per fact for `size` people (all allocated, zero-filled; dates NO_DATE; places -1). */
export class PersonColumns {
  private readonly nums = new Map<NumFactKey, Int32Array | Float64Array>();
  private readonly flags = new Map<BoolFactKey, Uint8Array>();
  private readonly dates = new Map<DateFactKey, Int32Array>();
  private readonly codes = new Map<EnumFactKey, Uint8Array>();
  private readonly places = new Map<Locality, Int32Array>();

  constructor(
    readonly size: number,
    readonly regions: RegionIndex,
  ) {
    for (const k of FACT_KEYS) {
      const spec = FACT_SPECS[k];
      if (isNumFact(k)) this.nums.set(k, spec.type === 'int' && spec.column === 'f64' ? new Float64Array(size) : new Int32Array(size));
      else if (isBoolFact(k)) this.flags.set(k, new Uint8Array(size));
      else if (isDateFact(k)) this.dates.set(k, new Int32Array(size).fill(NO_DATE));
      else if (isEnumFact(k)) this.codes.set(k, new Uint8Array(size));
    }
    for (const l of LOCALITIES) this.places.set(l, new Int32Array(size).fill(-1));
  }

  /** Integer fact column. */
  num(k: NumFactKey): Int32Array | Float64Array {
    return need(this.nums, k);
  }
  /** Yes/no fact column (0/1). */
  flag(k: BoolFactKey): Uint8Array {
    return need(this.flags, k);
  }
  /** Date fact column (day numbers, NO_DATE when absent). */
  date(k: DateFactKey): Int32Array {
    return need(this.dates, k);
  }
  /** Enum fact column (index into the spec's values). */
  code(k: EnumFactKey): Uint8Array {
    return need(this.codes, k);
  }
  /** Place column (index into `regions`, -1 when absent). */
  place(l: Locality): Int32Array {
    return need(this.places, l);
  }

  /** Writes one person's facts into row i (absent facts keep the column's empty value). */
  setRow(i: number, facts: Facts): void {
    for (const k of FACT_KEYS) {
      const v = facts[k];
      if (v === undefined) continue;
      if (isNumFact(k) && typeof v === 'number') this.num(k)[i] = v;
      else if (isBoolFact(k) && typeof v === 'boolean') this.flag(k)[i] = v ? 1 : 0;
      else if (isDateFact(k) && typeof v === 'string') this.date(k)[i] = toDayNumber(v);
      else if (isEnumFact(k) && typeof v === 'string') {
        const spec = FACT_SPECS[k];
        if (spec.type === 'enum') this.code(k)[i] = spec.values.findIndex((x) => x === v);
      }
    }
    for (const l of LOCALITIES) {
      const code = facts[LOCALITY_FACT[l]];
      this.place(l)[i] = code === undefined ? -1 : (this.regions.lookup.get(code.slice(0, 6)) ?? -1);
    }
  }
}

/** Reads row i back as facts (to explain one row of a batch with the interpreter). */
export function rowFacts(cols: PersonColumns, i: number): Facts {
  const facts: Facts = {};
  const put = (k: FactKey, v: string | number | boolean | undefined) => {
    if (v !== undefined) Object.assign(facts, { [k]: v });
  };
  for (const k of FACT_KEYS) {
    const spec = FACT_SPECS[k];
    if (isNumFact(k)) put(k, cols.num(k)[i]);
    else if (isBoolFact(k)) put(k, cols.flag(k)[i] === 1);
    else if (isDateFact(k)) {
      const d = cols.date(k)[i];
      put(k, d === undefined || d === NO_DATE ? undefined : fromDayNumber(d));
    } else if (isEnumFact(k) && spec.type === 'enum') put(k, spec.values[cols.code(k)[i] ?? -1]);
  }
  for (const l of LOCALITIES) put(LOCALITY_FACT[l], cols.regions.codes[cols.place(l)[i] ?? -1]);
  return facts;
}

/** Columns for a list of fact records; the region index covers every place they name unless given. */
export function columnsFromFacts(list: readonly Facts[], regions?: RegionIndex): PersonColumns {
  const index =
    regions ??
    buildRegionIndex(list.flatMap((f) => LOCALITIES.map((l) => f[LOCALITY_FACT[l]]).filter((c): c is string => c !== undefined)));
  const cols = new PersonColumns(list.length, index);
  list.forEach((f, i) => cols.setRow(i, f));
  return cols;
}
