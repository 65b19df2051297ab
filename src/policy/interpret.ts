/**
 * The interpreter: runs expressions for one person, recording every fact and parameter it reads so
 * the decision can show them. Numeric semantics come from ops.ts and days.ts, shared with the column
 * kernels.
 */
import { isIsoDate, toDayNumber } from '../core/dates.js';
import { addMonthsDays, monthsBetweenDays } from './days.js';
import type { BoolExpr, NumExpr } from './expr.js';
import { LOCALITY_FACT } from './fact-specs.js';
import type { DateFactKey, FactKey, Facts } from './facts.js';
import { compare, idiv, mulBpDown, mulBpUp } from './ops.js';
import type { ParamKey } from './param-defs.js';
import { findParameterRow, numericValue, type ParameterRow } from './parameters.js';
import { AREA_DIGITS, type Locality } from './types.js';

/** A parameter read during evaluation. */
export interface ParamRead {
  key: ParamKey;
  locality: Locality;
  region: string | undefined;
  row: ParameterRow | undefined;
  numeric: number;
  /** The date it was resolved on when a fact gave one (e.g. the project's approval date). */
  on?: string;
}

/** Evaluation state for one person, one program, one date. */
export class Env {
  readonly asOfDay: number;
  readonly values = new Map<string, number>();
  readonly factReads = new Set<FactKey>();
  readonly paramReads = new Map<string, ParamRead>();

  constructor(
    readonly facts: Facts,
    readonly asOf: string,
    private readonly params: readonly ParameterRow[],
    private readonly recordedAsOf: string | undefined,
  ) {
    this.asOfDay = toDayNumber(asOf);
  }

  /** The code of a locality in the facts. */
  region(l: Locality): string | undefined {
    const code = this.facts[LOCALITY_FACT[l]];
    if (code !== undefined) this.factReads.add(LOCALITY_FACT[l]);
    return code;
  }

  private param(key: ParamKey, l: Locality, on: DateFactKey | undefined): number {
    const id = on ? `${key}|${l}|${on}` : `${key}|${l}`;
    const hit = this.paramReads.get(id);
    if (hit) return hit.numeric;
    const region = this.region(l);
    const day = on === undefined ? this.asOf : this.fact(on);
    const date = typeof day === 'string' && isIsoDate(day) ? day : undefined;
    const row =
      region === undefined || date === undefined
        ? undefined
        : findParameterRow(this.params, key, region.slice(0, 6), date, this.recordedAsOf);
    const numeric = row ? numericValue(row) : NaN;
    const read: ParamRead = { key, locality: l, region, row, numeric };
    if (on !== undefined && date !== undefined) read.on = date;
    this.paramReads.set(id, read);
    return numeric;
  }

  private fact(key: FactKey): unknown {
    this.factReads.add(key);
    return this.facts[key];
  }

  /** A numeric expression; `loc` is the locality whose parameters apply. */
  num(e: NumExpr, loc: Locality): number {
    switch (e.op) {
      case 'const':
        return e.value;
      case 'fact': {
        const v = this.fact(e.fact);
        return typeof v === 'number' ? v : NaN;
      }
      case 'date': {
        const v = this.fact(e.fact);
        return typeof v === 'string' && isIsoDate(v) ? toDayNumber(v) : NaN;
      }
      case 'asOf':
        return this.asOfDay;
      case 'param':
        return this.param(e.key, e.locality ?? loc, e.on);
      case 'ref':
        return this.values.get(e.name) ?? NaN;
      case 'add':
        return this.num(e.a, loc) + this.num(e.b, loc);
      case 'sub':
        return this.num(e.a, loc) - this.num(e.b, loc);
      case 'mul':
        return this.num(e.a, loc) * this.num(e.b, loc);
      case 'min':
        return Math.min(this.num(e.a, loc), this.num(e.b, loc));
      case 'max':
        return Math.max(this.num(e.a, loc), this.num(e.b, loc));
      case 'idiv':
        return idiv(this.num(e.a, loc), this.num(e.b, loc));
      case 'mulBp': {
        const a = this.num(e.a, loc);
        const bp = this.num(e.bp, loc);
        return e.round === 'up' ? mulBpUp(a, bp) : mulBpDown(a, bp);
      }
      case 'monthsBetween':
        return monthsBetweenDays(this.num(e.from, loc), this.num(e.to, loc));
      case 'addMonths':
        return addMonthsDays(this.num(e.date, loc), this.num(e.months, loc));
      case 'if': {
        // Both branches are evaluated, as in the column kernels, so the explanation lists every input.
        const c = this.bool(e.cond, loc);
        const a = this.num(e.then, loc);
        const b = this.num(e.else, loc);
        return c ? a : b;
      }
    }
  }

  /** A yes/no expression. */
  bool(e: BoolExpr, loc: Locality): boolean {
    switch (e.op) {
      case 'flag':
        return this.fact(e.fact) === true;
      case 'is': {
        const v = this.fact(e.fact);
        return typeof v === 'string' && e.values.includes(v);
      }
      case 'cmp':
        return compare(e.cmp, this.num(e.a, loc), this.num(e.b, loc));
      case 'and': {
        let all = true;
        for (const i of e.items) all = this.bool(i, loc) && all;
        return all;
      }
      case 'or': {
        let some = false;
        for (const i of e.items) some = this.bool(i, loc) || some;
        return some;
      }
      case 'not':
        return !this.bool(e.item, loc);
      case 'sameArea': {
        const a = this.region(e.a);
        const b = this.region(e.b);
        const d = AREA_DIGITS[e.level];
        return a !== undefined && b !== undefined && a.slice(0, d) === b.slice(0, d);
      }
    }
  }
}
