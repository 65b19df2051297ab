/** The survivor summary of a mutation report: a survivor whose run completed no test is counted apart (stryker-js 6213). */
import { describe, expect, it } from 'vitest';
import { summarise } from '../scripts/mutation-survivors.js';

const at = (line: number) => ({ start: { line, column: 3 } });

describe('mutation survivors', () => {
  it('counts detected and undetected mutants, and the survivors of a run of no test apart', () => {
    const s = summarise({
      files: {
        'src/a.ts': {
          mutants: [
            { status: 'Killed', mutatorName: 'ConditionalExpression', testsCompleted: 4, location: at(1) },
            { status: 'Timeout', mutatorName: 'BlockStatement', testsCompleted: 1, location: at(2) },
            { status: 'Survived', mutatorName: 'EqualityOperator', replacement: 'a  >=\n b', testsCompleted: 0, location: at(3) },
            { status: 'Survived', mutatorName: 'StringLiteral', replacement: '""', testsCompleted: 7, location: at(4) },
            { status: 'NoCoverage', mutatorName: 'BooleanLiteral', location: at(5) },
            { status: 'Ignored', mutatorName: 'ArrayDeclaration', location: at(6) },
            { status: 'CompileError', mutatorName: 'ArrayDeclaration', location: at(7) },
          ],
        },
        'src/b.ts': { mutants: [{ status: 'Survived', mutatorName: 'ArithmeticOperator', location: at(9) }] },
      },
    });
    expect([s.detected, s.undetected, s.unmeasured]).toEqual([2, 4, 2]);
    expect(s.lines).toEqual([
      'no test run\tsrc/a.ts:3:3\tEqualityOperator → a >= b',
      '7 tests\tsrc/a.ts:4:3\tStringLiteral → ""',
      'no coverage\tsrc/a.ts:5:3\tBooleanLiteral',
      'no test run\tsrc/b.ts:9:3\tArithmeticOperator',
    ]);
  });
});
