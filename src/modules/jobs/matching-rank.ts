/**
 * A worker's best postings from the index of matching-index.ts (decisions 227 and 214): the occupation
 * points per distinct occupation code and the distance parts per distinct county are computed once;
 * each bucket gets an upper bound of the score any of its postings can reach for this worker, and the
 * buckets are visited best bound first; inside a bucket each cell (occupation code × county) gets
 * a bound with exact occupation and distance points, inside a cell each group a bound exact but for
 * pay; cells and groups are visited best bound first, and a group's postings in id order until the
 * best N already beat what is left. Whatever cannot beat the N-th best is skipped. Gives exactly what rankPostings gives (score, then nearer — unknown distance as 1e9 km —
 * then posting id; the same reasons, built by matchOne for the N only); tests/jobs-recommend*.test.ts.
 */
import { distanceBetween } from './distance.js';
import {
  MATCH_WEIGHTS,
  distancePoints,
  housingPoints,
  isAway,
  matchOne,
  occupationPoints,
  payPoints,
  type Match,
  type WorkerProfile,
} from './matching.js';
import { CONTRACT_POINTS, factsAt, type PostingIndex } from './matching-index.js';

/** The ranking's distance for an unknown one (rankPostings' `?? 1e9`). */
const NO_KM = 1e9;
/** The highest score without the boost: bounds are sorted into this many integer slots. */
const MAX_SCORE =
  MATCH_WEIGHTS.occupation +
  MATCH_WEIGHTS.distance +
  MATCH_WEIGHTS.pay +
  MATCH_WEIGHTS.housing +
  MATCH_WEIGHTS.contract +
  MATCH_WEIGHTS.prioritySector;

/** Occupation points per distinct occupation code. */
function occupationPointsOf(worker: WorkerProfile, codes: string[]): Float64Array {
  return Float64Array.from(codes, (code) => occupationPoints(worker, code));
}

/**
 * Distance points, km (NO_KM when unknown) and "away" per distinct county (as distanceReason in
 * matching.ts): they depend on the first six characters of the work code only — within the worker's
 * county township and county both give 0 km, 20 points, not away; elsewhere tier and centroid come
 * from the county's code.
 */
function distanceParts(worker: WorkerProfile, counties: string[]): { points: Float64Array; km: Float64Array; away: Uint8Array } {
  const points = new Float64Array(counties.length);
  const km = new Float64Array(counties.length);
  const away = new Uint8Array(counties.length);
  for (let c = 0; c < counties.length; c++) {
    const d = distanceBetween(worker.placeCode, counties[c] as string);
    points[c] = distancePoints(worker, d);
    km[c] = d.km ?? NO_KM;
    away[c] = isAway(d.tier) ? 1 : 0;
  }
  return { points, km, away };
}

type DistanceParts = ReturnType<typeof distanceParts>;
const distanceMemo = new WeakMap<PostingIndex, Map<string, DistanceParts>>();

/** distanceParts, remembered per index for the last few thousand places (workers of one township share them). */
function distanceOf(worker: WorkerProfile, index: PostingIndex): DistanceParts {
  let memo = distanceMemo.get(index);
  if (!memo) distanceMemo.set(index, (memo = new Map()));
  const key = `${worker.placeCode}|${worker.willingToGoOut ? 1 : 0}`;
  let parts = memo.get(key);
  if (!parts) {
    if (memo.size >= 4096) memo.clear();
    parts = distanceParts(worker, index.counties);
    memo.set(key, parts);
  }
  return parts;
}

/** Housing and meals, contract and priority-sector points of a class (as matchOne). */
function extras(cls: number, away: boolean): number {
  return (
    housingPoints((cls & 1) !== 0, (cls & 2) !== 0, away) + (CONTRACT_POINTS[cls >> 3] ?? 0) + (cls & 4 ? MATCH_WEIGHTS.prioritySector : 0)
  );
}

/** The best N so far, best first: score, then nearer, then smaller id. */
class Best {
  readonly at: Int32Array;
  readonly score: Float64Array;
  readonly km: Float64Array;
  count = 0;
  constructor(
    readonly limit: number,
    readonly ids: string[],
  ) {
    this.at = new Int32Array(limit);
    this.score = new Float64Array(limit);
    this.km = new Float64Array(limit);
  }

  private ranksBefore(k: number, score: number, km: number, id: string): boolean {
    const s = this.score[k] as number;
    if (s !== score) return s > score;
    const d = this.km[k] as number;
    if (d !== km) return d < km;
    return (this.ids[this.at[k] as number] as string) < id;
  }

  /** True when the list is full and its last ranks before a posting with this score, km and id. */
  beats(score: number, km: number, id: string): boolean {
    return this.count === this.limit && this.ranksBefore(this.count - 1, score, km, id);
  }

  get lowest(): number {
    return this.count === this.limit ? (this.score[this.count - 1] as number) : -Infinity;
  }

  offer(i: number, score: number, km: number): void {
    const id = this.ids[i] as string;
    if (this.beats(score, km, id)) return;
    let k = this.count === this.limit ? this.limit - 1 : this.count++;
    while (k > 0 && !this.ranksBefore(k - 1, score, km, id)) {
      this.at[k] = this.at[k - 1] as number;
      this.score[k] = this.score[k - 1] as number;
      this.km[k] = this.km[k - 1] as number;
      k--;
    }
    this.at[k] = i;
    this.score[k] = score;
    this.km[k] = km;
  }
}

/**
 * A worker's best postings from the index: the same answer as rankPostings(worker, postings, limit)
 * over its postings but those marked in `dead` (changed since the index was built, decision 216).
 */
export function rankIndex(worker: WorkerProfile, index: PostingIndex, limit: number, dead: Uint8Array | null = null): Match[] {
  if (limit <= 0 || index.size === 0) return [];
  const occ = occupationPointsOf(worker, index.occupationCodes);
  const dist = distanceOf(worker, index);
  const expected = worker.expectedWageFen;
  const buckets = index.bucketMaxPay.length;
  const bucketBound = new Float64Array(buckets);
  for (let b = 0; b < buckets; b++) {
    let o = 0;
    for (let k = index.bucketOccupationStart[b] as number; k < (index.bucketOccupationStart[b + 1] as number); k++)
      o = Math.max(o, occ[index.bucketOccupations[k] as number] as number);
    let d = 0;
    for (let k = index.bucketCountyStart[b] as number; k < (index.bucketCountyStart[b + 1] as number); k++)
      d = Math.max(d, dist.points[index.bucketCounties[k] as number] as number);
    bucketBound[b] = o + d + payPoints(expected, index.bucketMaxPay[b] as number) + (index.bucketMaxExtras[b] as number);
  }
  const best = new Best(Math.min(limit, index.size), index.ids);
  // Buckets, like cells and groups, best bound first until nothing left can enter.
  for (const b of bestFirst(bucketBound)) {
    if (closed(bucketBound[b] as number, best)) break;
    visitBucket(index, b, best, { occ, dist, expected, dead });
  }
  return Array.from(best.at.subarray(0, best.count), (i) => matchOne(worker, factsAt(index, i)));
}

interface Parts {
  occ: Float64Array;
  dist: { points: Float64Array; km: Float64Array; away: Uint8Array };
  expected: number | null;
  dead: Uint8Array | null;
}

/** Item indexes 0 .. bounds.length - 1, highest bound first (by integer slot: a slot's bounds are below its floor plus one). */
function bestFirst(bounds: Float64Array): Int32Array {
  const slotOf = (b: number) => MAX_SCORE - Math.min(MAX_SCORE, Math.max(0, Math.floor(b)));
  const start = new Int32Array(MAX_SCORE + 2);
  for (const b of bounds) {
    const s = slotOf(b) + 1;
    start[s] = (start[s] as number) + 1;
  }
  for (let s = 0; s <= MAX_SCORE; s++) start[s + 1] = (start[s + 1] as number) + (start[s] as number);
  const sorted = new Int32Array(bounds.length);
  for (let k = 0; k < bounds.length; k++) {
    const s = slotOf(bounds[k] as number);
    sorted[start[s] as number] = k;
    start[s] = (start[s] as number) + 1;
  }
  return sorted;
}

/** True when nothing with this bound or a lower one can enter the best N (a bound above MAX_SCORE never stops). */
function closed(bound: number, best: Best): boolean {
  return bound <= MAX_SCORE && Math.floor(bound) + 1 <= best.lowest;
}

/** Visits the cells of one bucket, best bound first, until nothing left can enter. */
function visitBucket(index: PostingIndex, b: number, best: Best, p: Parts): void {
  const first = index.bucketStart[b] as number;
  const bounds = new Float64Array((index.bucketStart[b + 1] as number) - first);
  for (let j = 0; j < bounds.length; j++) {
    const k = first + j;
    bounds[j] =
      (p.occ[index.cellOccupation[k] as number] as number) +
      (p.dist.points[index.cellCounty[k] as number] as number) +
      payPoints(p.expected, index.cellMaxPay[k] as number) +
      (index.cellMaxExtras[k] as number);
  }
  for (const j of bestFirst(bounds)) {
    if (closed(bounds[j] as number, best)) return;
    visitCell(index, first + j, best, p);
  }
}

/** Scores the groups of one cell (one occupation code and county), best exact bound first, each group's postings in id order. */
function visitCell(index: PostingIndex, k: number, best: Best, p: Parts): void {
  const first = index.cellStart[k] as number;
  const county = index.cellCounty[k] as number;
  const km = p.dist.km[county] as number;
  const away = p.dist.away[county] === 1;
  const fixed = (p.occ[index.cellOccupation[k] as number] as number) + (p.dist.points[county] as number);
  const base = new Float64Array((index.cellStart[k + 1] as number) - first);
  const bounds = new Float64Array(base.length);
  for (let j = 0; j < base.length; j++) {
    base[j] = fixed + extras(index.groupClass[first + j] as number, away);
    bounds[j] = (base[j] as number) + payPoints(p.expected, index.groupMaxPay[first + j] as number);
  }
  for (const j of bestFirst(bounds)) {
    const top = bounds[j] as number;
    if (closed(top, best)) return;
    const g = first + j;
    for (let at = index.groupStart[g] as number; at < (index.groupStart[g + 1] as number); at++) {
      const i = index.order[at] as number;
      if (best.beats(top, km, index.ids[i] as string)) break;
      if (p.dead !== null && p.dead[i] === 1) continue;
      best.offer(i, (base[j] as number) + payPoints(p.expected, index.payMaxMonthly[i] as number), km);
    }
  }
}
