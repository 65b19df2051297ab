/**
 * Scalar primitives shared by the interpreter and the column kernels, so both ways of running a
 * program compute bit-identical numbers. Values are integers carried in doubles (exact below 2^53);
 * NaN stands for "no value" (a parameter missing for a place and date) and makes comparisons false.
 */
import type { CmpOp } from './expr.js';

/** Floor division; NaN when dividing by zero. */
export function idiv(a: number, b: number): number {
  return b === 0 ? NaN : Math.floor(a / b);
}

/** a × bp / 10000 rounded down to a whole unit. */
export function mulBpDown(a: number, bp: number): number {
  return Math.floor((a * bp) / 10000);
}

/** a × bp / 10000 rounded up to a whole unit. */
export function mulBpUp(a: number, bp: number): number {
  return Math.ceil((a * bp) / 10000);
}

/** A comparison; any NaN operand makes it false (also for 'ne'). */
export function compare(op: CmpOp, a: number, b: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return false;
  switch (op) {
    case 'lt':
      return a < b;
    case 'le':
      return a <= b;
    case 'gt':
      return a > b;
    case 'ge':
      return a >= b;
    case 'eq':
      return a === b;
    case 'ne':
      return a !== b;
  }
}

/** The payable amount: a positive whole number of fen, otherwise 0 (also for NaN). */
export function toFen(x: number): number {
  return x > 0 ? Math.floor(x) : 0;
}
