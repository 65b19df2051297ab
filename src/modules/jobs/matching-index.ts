/**
 * The fast path of a worker's recommendations (issue 9, point 12; decision 227): the open postings held
 * as compact columns (typed arrays, occupation and work place as indexes into their distinct codes),
 * scored in one tight loop with the occupation and distance parts computed once per distinct code,
 * the best N kept in a small sorted buffer, and the reasons built (by matchOne) only for those N.
 * Gives exactly what rankPostings gives: same scores, same order (score, then nearer, then posting id),
 * same reasons (tests/jobs-recommend.test.ts holds the two side by side).
 */
import { distanceBetween } from './distance.js';
import { MATCH_WEIGHTS, matchOne, sharedLevels, type Match, type PostingFacts, type WorkerProfile } from './matching.js';
import { monthlyEquivalent } from './posting.js';

const CONTRACT_KINDS = ['regular', 'seasonal', 'temporary', 'part_time', 'gig'] as const;
const CONTRACT_POINTS = [5, 3, 2, 2, 1, 0];
const TIER_POINTS: Record<string, number> = { township: 20, county: 18, prefecture: 14, province: 10, country: 4 };
const NO_KM = 1e9;

/** Open postings as columns; row i of every column is one posting. */
export interface PostingIndex {
  size: number;
  ids: string[];
  occupationCodes: string[];
  workCodes: string[];
  occupation: Int32Array;
  work: Int32Array;
  /** Monthly equivalent of the top of the pay range, fen. */
  payMaxMonthly: Float64Array;
  /** Housing (bit 0), meals (bit 1), priority sector (bit 2). */
  flags: Uint8Array;
  /** Index into CONTRACT_KINDS, or 5 for an unknown kind. */
  contract: Uint8Array;
  /** The facts themselves, for building the reasons of the best N. */
  facts: PostingFacts[];
}

/** Builds the columns (once per set of postings; the cache in match.service.ts keeps it). */
export function buildPostingIndex(facts: PostingFacts[]): PostingIndex {
  const n = facts.length;
  const occ = new Map<string, number>();
  const work = new Map<string, number>();
  const index: PostingIndex = {
    size: n,
    ids: new Array<string>(n),
    occupationCodes: [],
    workCodes: [],
    occupation: new Int32Array(n),
    work: new Int32Array(n),
    payMaxMonthly: new Float64Array(n),
    flags: new Uint8Array(n),
    contract: new Uint8Array(n),
    facts,
  };
  for (let i = 0; i < n; i++) {
    const p = facts[i] as PostingFacts;
    index.ids[i] = p.id;
    let o = occ.get(p.occupationCode);
    if (o === undefined) {
      o = index.occupationCodes.push(p.occupationCode) - 1;
      occ.set(p.occupationCode, o);
    }
    let w = work.get(p.workCode);
    if (w === undefined) {
      w = index.workCodes.push(p.workCode) - 1;
      work.set(p.workCode, w);
    }
    index.occupation[i] = o;
    index.work[i] = w;
    index.payMaxMonthly[i] = monthlyEquivalent(p.payMaxFen, p.payPeriod, p.pieceMonthlyFen);
    index.flags[i] = (p.housing ? 1 : 0) | (p.meals ? 2 : 0) | (p.prioritySector ? 4 : 0);
    const k = CONTRACT_KINDS.indexOf(p.contractKind as (typeof CONTRACT_KINDS)[number]);
    index.contract[i] = k < 0 ? 5 : k;
  }
  return index;
}

/** Occupation points per distinct occupation code (as occupationReason in matching.ts). */
function occupationPoints(worker: WorkerProfile, codes: string[]): Float64Array {
  const out = new Float64Array(codes.length);
  for (let c = 0; c < codes.length; c++) {
    if (worker.occupationCodes.length === 0) {
      out[c] = Math.round(MATCH_WEIGHTS.occupation / 4);
      continue;
    }
    let best = 0;
    for (const mine of worker.occupationCodes) best = Math.max(best, Math.min(4, sharedLevels(mine, codes[c] as string)));
    out[c] = Math.round((MATCH_WEIGHTS.occupation * best) / 4);
  }
  return out;
}

/** Distance points, km (NO_KM when unknown) and "away" per distinct work place (as distanceReason in matching.ts). */
function distanceParts(worker: WorkerProfile, codes: string[]): { points: Float64Array; km: Float64Array; away: Uint8Array } {
  const points = new Float64Array(codes.length);
  const km = new Float64Array(codes.length);
  const away = new Uint8Array(codes.length);
  const reach = worker.willingToGoOut ? MATCH_WEIGHTS.reachKmWilling : MATCH_WEIGHTS.reachKmLocal;
  for (let c = 0; c < codes.length; c++) {
    const d = distanceBetween(worker.placeCode, codes[c] as string);
    if (d.km !== null) {
      points[c] = Math.round(MATCH_WEIGHTS.distance * Math.max(0, 1 - d.km / reach));
      km[c] = d.km;
    } else {
      let p = Math.round(((TIER_POINTS[d.tier] ?? 0) * MATCH_WEIGHTS.distance) / 20);
      if (!worker.willingToGoOut && (d.tier === 'province' || d.tier === 'country')) p = 0;
      points[c] = p;
      km[c] = NO_KM;
    }
    away[c] = d.tier !== 'township' && d.tier !== 'county' ? 1 : 0;
  }
  return { points, km, away };
}

/** Pay points (as payReason in matching.ts). */
function payPoints(expected: number | null, max: number): number {
  if (expected === null || expected <= 0) return MATCH_WEIGHTS.pay / 2;
  const ratio = max / expected;
  return ratio >= 1 ? MATCH_WEIGHTS.pay : Math.round(MATCH_WEIGHTS.pay * Math.max(0, (ratio - 0.7) / 0.3));
}

/** The score without the boost of every posting in the index, and the km used to break ties. */
export function scoreIndex(worker: WorkerProfile, index: PostingIndex): { score: Float64Array; km: Float64Array } {
  const occ = occupationPoints(worker, index.occupationCodes);
  const dist = distanceParts(worker, index.workCodes);
  const score = new Float64Array(index.size);
  const km = new Float64Array(index.size);
  const expected = worker.expectedWageFen;
  for (let i = 0; i < index.size; i++) {
    const w = index.work[i] as number;
    const f = index.flags[i] as number;
    let s =
      (occ[index.occupation[i] as number] as number) + (dist.points[w] as number) + payPoints(expected, index.payMaxMonthly[i] as number);
    if (f & 3) {
      const away = dist.away[w] === 1;
      const housing = (f & 1) !== 0;
      s += (housing && away ? MATCH_WEIGHTS.housing - 2 : 0) + (f & 2 ? 2 : 0) + (housing && !away ? 1 : 0);
    }
    s += CONTRACT_POINTS[index.contract[i] as number] as number;
    if (f & 4) s += MATCH_WEIGHTS.prioritySector;
    score[i] = s;
    km[i] = dist.km[w] as number;
  }
  return { score, km };
}

/** A worker's best postings from the index: the same answer as rankPostings(worker, index.facts, limit). */
export function rankIndex(worker: WorkerProfile, index: PostingIndex, limit: number): Match[] {
  if (limit <= 0 || index.size === 0) return [];
  const { score, km } = scoreIndex(worker, index);
  const ids = index.ids;
  // i ranks before j: higher score, then nearer, then smaller id.
  const before = (i: number, j: number) =>
    score[i] !== score[j]
      ? (score[i] as number) > (score[j] as number)
      : km[i] !== km[j]
        ? (km[i] as number) < (km[j] as number)
        : (ids[i] as string) < (ids[j] as string);
  const top: number[] = [];
  for (let i = 0; i < index.size; i++) {
    if (top.length === limit && !before(i, top[limit - 1] as number)) continue;
    let at = top.length === limit ? limit - 1 : top.length;
    while (at > 0 && before(i, top[at - 1] as number)) at--;
    if (top.length === limit) top.pop();
    top.splice(at, 0, i);
  }
  return top.map((i) => matchOne(worker, index.facts[i] as PostingFacts));
}
