/**
 * Test support (used only by *.test.ts): fast-check arbitraries for complete fact records, biased
 * towards thresholds and window edges so both outcomes of every criterion occur.
 */
import fc from 'fast-check';
import { FACT_KEYS, FACT_SPECS } from '../fact-specs.js';
import type { Facts } from '../facts.js';
import { addDays, isIsoDate } from '../../core/dates.js';

/** Places: the demo world, neighbours, and elsewhere. */
export const TEST_REGIONS = [
  '451228',
  '451229',
  '451202',
  '450102',
  '441900',
  '440106',
  '420102',
  '520102',
  '110101',
  '451228001',
] as const;

/** Decision dates around windows and parameter changes. */
export const TEST_DATES = [
  '2019-06-30',
  '2020-02-29',
  '2020-03-01',
  '2020-04-30',
  '2020-05-01',
  '2020-06-01',
  '2020-08-05',
  '2020-08-06',
  '2020-09-15',
  '2020-12-31',
  '2021-01-01',
  '2021-11-30',
  '2021-12-01',
  '2021-12-31',
  '2022-01-01',
  '2022-05-31',
  '2022-06-01',
  '2024-03-10',
] as const;

const EDGE_DATES = [...TEST_DATES, '2019-01-01', '2018-12-31', '2004-02-29', '2008-05-31', '2020-02-01', '2020-03-05', '2021-08-31'];

function dateArb(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...EDGE_DATES),
    fc.tuple(fc.constantFrom(...EDGE_DATES), fc.integer({ min: -400, max: 400 })).map(([d, k]) => addDays(d, k)),
  );
}

const EDGE_INTS = [0, 1, 2, 3, 4, 5, 6, 7, 11, 12, 13, 18, 23, 24, 25, 59, 60, 61, 119, 120, 121];

function intArb(min: number, max: number): fc.Arbitrary<number> {
  return fc.oneof(fc.constantFrom(...EDGE_INTS.filter((x) => x >= min && x <= max)), fc.integer({ min, max: Math.min(max, 1_000_000) }));
}

function valueArb(key: (typeof FACT_KEYS)[number]): fc.Arbitrary<string | number | boolean> {
  const spec = FACT_SPECS[key];
  switch (spec.type) {
    case 'int':
      if (key === 'projectFundsFen' || key === 'projectLabourFen')
        return fc.oneof(fc.constantFrom(0, 1, 10_000, 1_500_000, 3_000_000), fc.integer({ min: 0, max: 20_000_000_000 }));
      if (key === 'startupPaidFen') return fc.constantFrom(0, 250_000, 500_000, 1_000_000, 123);
      return intArb(spec.min, spec.max);
    case 'bool':
      return fc.boolean();
    case 'date':
      return key === 'birthDate'
        ? fc.oneof(
            dateArb()
              .map((d) => `${Number(d.slice(0, 4)) - 16}${d.slice(4)}`)
              .filter(isIsoDate),
            fc.integer({ min: 0, max: 21_000 }).map((k) => addDays('1950-01-01', k)),
          )
        : dateArb();
    case 'region':
      return fc.constantFrom(...TEST_REGIONS);
    case 'enum':
      return fc.constantFrom(...spec.values);
  }
}

/** A complete fact record (every fact present). */
export function factsArb(): fc.Arbitrary<Facts> {
  const entries = FACT_KEYS.map((k) => valueArb(k).map((v) => [k, v] as const));
  return fc.tuple(...entries).map((pairs) => {
    const facts: Facts = {};
    for (const [k, v] of pairs) Object.assign(facts, { [k]: v });
    return facts;
  });
}

/** Facts close to a base record: each base fact is kept 4 times in 5, otherwise drawn at random; other facts random. */
export function factsNear(base: Readonly<Record<string, unknown>>): fc.Arbitrary<Facts> {
  const entries = FACT_KEYS.map((k) => {
    const kept = base[k];
    const random = valueArb(k);
    const arb = kept === undefined ? random : fc.oneof({ weight: 4, arbitrary: fc.constant(kept) }, { weight: 1, arbitrary: random });
    return arb.map((v) => [k, v] as const);
  });
  return fc.tuple(...entries).map((pairs) => {
    const facts: Facts = {};
    for (const [k, v] of pairs) Object.assign(facts, { [k]: v });
    return facts;
  });
}
