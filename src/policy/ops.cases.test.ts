/**
 * The scalar comparison of the policy engine (ops.ts `compare`): every operator on both sides of
 * its boundary and at equality, and "no value" (NaN) on either side making every comparison false,
 * 'ne' included. Rounding is in rounding.cases.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { CmpOp } from './expr.js';
import { compare } from './ops.js';

describe('compare', () => {
  it('each operator below, at and above the boundary', () => {
    const at = (op: CmpOp) => [compare(op, 4, 5), compare(op, 5, 5), compare(op, 6, 5)];
    expect(at('lt')).toEqual([true, false, false]);
    expect(at('le')).toEqual([true, true, false]);
    expect(at('gt')).toEqual([false, false, true]);
    expect(at('ge')).toEqual([false, true, true]);
    expect(at('eq')).toEqual([false, true, false]);
    expect(at('ne')).toEqual([true, false, true]);
  });

  it('NaN on either side: false for every operator', () => {
    for (const op of ['lt', 'le', 'gt', 'ge', 'eq', 'ne'] as const) {
      expect([compare(op, NaN, 5), compare(op, 5, NaN), compare(op, NaN, NaN)], op).toEqual([false, false, false]);
    }
  });
});
