/**
 * Synthetic registries for benchmarks and what-if demos: a region index of a few thousand counties
 * (the demo world included) and person columns filled from a seeded generator. Deterministic for a
 * seed; no personal data.
 */
import { toDayNumber } from '../core/dates.js';
import { PersonColumns, buildRegionIndex, isBoolFact, isDateFact, isEnumFact, isNumFact, type RegionIndex } from './columns.js';
import { FACT_KEYS, FACT_SPECS } from './fact-specs.js';
import type { BoolFactKey } from './facts.js';
import { LOCALITIES } from './types.js';

/** A small fast PRNG (mulberry32): returns floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The demo world's counties and a few neighbours. */
export const DEMO_COUNTIES = ['451228', '451229', '451202', '450102', '441900', '440106', '420102'] as const;

/** Demo counties plus generated county codes under real province prefixes, `count` in all. */
export function syntheticRegionIndex(count = 3000): RegionIndex {
  const provinces = [
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65,
  ];
  const codes = new Set<string>(DEMO_COUNTIES);
  for (let i = 0; codes.size < count; i++) {
    const p = provinces[i % provinces.length] ?? 11;
    const pref = 1 + (Math.floor(i / provinces.length) % 20);
    const county = 1 + Math.floor(i / (provinces.length * 20));
    codes.add(`${p}${String(pref).padStart(2, '0')}${String(county).padStart(2, '0')}`);
  }
  return buildRegionIndex(codes);
}

/** Flags that are usually false in a registry (so that eligibility is common, as in real claims). */
const RARE: ReadonlySet<BoolFactKey> = new Set<BoolFactKey>([
  'receivingPension',
  'livingAllowancePaid',
  'sameOccupationLevelSubsidised',
  'jobSeekingPaidThisYear',
  'employerHardHit',
]);

/** Fills `size` rows with plausible values; places favour the demo world. */
export function syntheticColumns(size: number, seed = 20261128, regions: RegionIndex = syntheticRegionIndex()): PersonColumns {
  const rnd = prng(seed);
  const cols = new PersonColumns(size, regions);
  const from = toDayNumber('2016-01-01');
  const span = toDayNumber('2023-12-31') - from;
  const birthFrom = toDayNumber('1958-01-01');
  const birthSpan = toDayNumber('2006-12-31') - birthFrom;
  const demo = DEMO_COUNTIES.map((c) => regions.lookup.get(c) ?? 0);
  for (const k of FACT_KEYS) {
    const spec = FACT_SPECS[k];
    if (isNumFact(k) && spec.type === 'int') {
      const col = cols.num(k);
      const money = k.endsWith('Fen');
      for (let i = 0; i < size; i++) {
        const r = rnd();
        if (k === 'projectFundsFen') col[i] = Math.floor(r * 1e10);
        else if (k === 'projectLabourFen') col[i] = Math.floor(r * 4e9);
        else if (money) col[i] = r < 0.7 ? 0 : r < 0.85 ? 250000 : 500000;
        else col[i] = Math.min(spec.max, r < 0.3 ? Math.floor(rnd() * 13) : Math.floor(rnd() * 241));
      }
    } else if (isBoolFact(k)) {
      const col = cols.flag(k);
      const p = RARE.has(k) ? 0.1 : 0.8;
      for (let i = 0; i < size; i++) col[i] = rnd() < p ? 1 : 0;
    } else if (isDateFact(k)) {
      const col = cols.date(k);
      const birth = k === 'birthDate';
      for (let i = 0; i < size; i++) col[i] = birth ? birthFrom + Math.floor(rnd() * birthSpan) : from + Math.floor(rnd() * span);
    } else if (isEnumFact(k) && spec.type === 'enum') {
      const col = cols.code(k);
      for (let i = 0; i < size; i++) col[i] = Math.floor(rnd() * spec.values.length);
    }
  }
  const n = regions.codes.length;
  for (const l of LOCALITIES) {
    const col = cols.place(l);
    for (let i = 0; i < size; i++) col[i] = rnd() < 0.6 ? (demo[Math.floor(rnd() * demo.length)] ?? 0) : Math.floor(rnd() * n);
  }
  return cols;
}
