/**
 * The open postings as an index for a worker's recommendations (issue 9, point 12; decisions 227 and
 * 214): compact columns in typed arrays (occupation, work place and county as indexes into their
 * distinct codes), and the postings arranged for a search that skips what cannot enter the best N:
 * buckets (occupation major group × province of the work place) hold cells (one occupation code and
 * county), cells hold groups (one class — housing, meals, priority sector, contract kind — and pay
 * band 2 % wide), and a group's postings are contiguous in `order` and by id. Within a group every part
 * of the score but pay is the same for any worker, so a group has a tight bound; matching-rank.ts
 * visits each level best bound first.
 */
import { contractPoints, type PostingFacts } from './matching.js';
import { monthlyEquivalent } from './posting.js';

export const CONTRACT_KINDS = ['regular', 'seasonal', 'temporary', 'part_time', 'gig'] as const;
/** Contract points by index into CONTRACT_KINDS (5: a kind matching does not know, no points). */
export const CONTRACT_POINTS = [...CONTRACT_KINDS.map((k) => contractPoints[k] ?? 0), 0];
const LOG_BAND = Math.log(1.02);
const BANDS = 4096;
const CLASSES = 64;

/** Open postings as columns (row i of every column is one posting) and their buckets and groups. */
export interface PostingIndex {
  size: number;
  ids: string[];
  occupationCodes: string[];
  workCodes: string[];
  /** Distinct counties (first six characters of the work codes): distance points and km depend on the county only. */
  counties: string[];
  occupation: Int32Array;
  work: Int32Array;
  /** County index of each distinct work code. */
  workCounty: Int32Array;
  /** Monthly equivalent of the top of the pay range, fen. */
  payMaxMonthly: Float64Array;
  /** Housing (bit 0), meals (bit 1), priority sector (bit 2). */
  flags: Uint8Array;
  /** Index into CONTRACT_KINDS, or 5 for an unknown kind. */
  contract: Uint8Array;
  /** Posting indexes in id order (JavaScript string order): finding a posting by id (decision 216). */
  byId: Int32Array;
  /** Posting indexes, group by group, by id within a group; group g is order[groupStart[g] .. groupStart[g + 1]). */
  order: Int32Array;
  groupStart: Int32Array;
  /** flags | contract << 3 */
  groupClass: Uint8Array;
  groupMaxPay: Float64Array;
  /** Cell k (one occupation code and county) holds groups cellStart[k] .. cellStart[k + 1]. */
  cellStart: Int32Array;
  cellOccupation: Int32Array;
  cellCounty: Int32Array;
  cellMaxPay: Float64Array;
  cellMaxExtras: Uint8Array;
  /** Bucket b (occupation major group × province) holds cells bucketStart[b] .. bucketStart[b + 1]; its distinct occupations and counties are listed too. */
  bucketStart: Int32Array;
  bucketOccupationStart: Int32Array;
  bucketOccupations: Int32Array;
  bucketCountyStart: Int32Array;
  bucketCounties: Int32Array;
  bucketMaxPay: Float64Array;
  /** The most housing, meals, contract and priority-sector points a posting of the bucket can get. */
  bucketMaxExtras: Uint8Array;
}

/** The most points housing and meals, contract kind and priority sector give a class (housing counted as away). */
export function extrasBound(cls: number): number {
  return (cls & 1 ? 3 : 0) + (cls & 2 ? 2 : 0) + (cls & 4 ? 5 : 0) + (CONTRACT_POINTS[cls >> 3] ?? 0);
}

/** Assigns each distinct value an index in first-seen order. */
function interner(list: string[]): (code: string) => number {
  const map = new Map<string, number>();
  return (code) => {
    let k = map.get(code);
    if (k === undefined) {
      k = list.push(code) - 1;
      map.set(code, k);
    }
    return k;
  };
}

/** Posting indexes by id (JavaScript string order, as the ranking's tie-break); the identity when already sorted. */
function byId(ids: string[]): Int32Array {
  const out = new Int32Array(ids.length);
  let sorted = true;
  for (let i = 0; i < ids.length; i++) {
    out[i] = i;
    if (i > 0 && !((ids[i - 1] as string) < (ids[i] as string))) sorted = false;
  }
  if (!sorted) out.sort((a, b) => ((ids[a] as string) < (ids[b] as string) ? -1 : 1));
  return out;
}

/** Stable counting sort of `items` by key[item] (keys 0 .. keys - 1): the sorted items and where each key starts. */
function countingSort(items: Int32Array, key: Int32Array, keys: number): { sorted: Int32Array; start: Int32Array } {
  const start = new Int32Array(keys + 1);
  for (const i of items) {
    const k = (key[i] as number) + 1;
    start[k] = (start[k] as number) + 1;
  }
  for (let k = 0; k < keys; k++) start[k + 1] = (start[k + 1] as number) + (start[k] as number);
  const next = start.slice(0, keys);
  const sorted = new Int32Array(items.length);
  for (const i of items) {
    const k = key[i] as number;
    sorted[next[k] as number] = i;
    next[k] = (next[k] as number) + 1;
  }
  return { sorted, start };
}

/** The columns of the postings (first part of the build). */
function columns(facts: readonly PostingFacts[]) {
  const n = facts.length;
  const occupationCodes: string[] = [];
  const workCodes: string[] = [];
  const counties: string[] = [];
  const occ = interner(occupationCodes);
  const work = interner(workCodes);
  const county = interner(counties);
  const workCounty: number[] = [];
  const c = {
    size: n,
    ids: new Array<string>(n),
    occupationCodes,
    workCodes,
    counties,
    occupation: new Int32Array(n),
    work: new Int32Array(n),
    payMaxMonthly: new Float64Array(n),
    flags: new Uint8Array(n),
    contract: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const p = facts[i] as PostingFacts;
    c.ids[i] = p.id;
    c.occupation[i] = occ(p.occupationCode);
    const w = work(p.workCode);
    if (w === workCounty.length) workCounty.push(county(p.workCode.slice(0, 6)));
    c.work[i] = w;
    c.payMaxMonthly[i] = monthlyEquivalent(p.payMaxFen, p.payPeriod, p.pieceMonthlyFen);
    c.flags[i] = (p.housing ? 1 : 0) | (p.meals ? 2 : 0) | (p.prioritySector ? 4 : 0);
    const k = CONTRACT_KINDS.indexOf(p.contractKind as (typeof CONTRACT_KINDS)[number]);
    c.contract[i] = k < 0 ? 5 : k;
  }
  return { ...c, workCounty: Int32Array.from(workCounty) };
}

/** Renumbers items so that `key` is ascending (stable): new number of each old one, and where each key starts. */
function renumber(key: number[], keys: number): { fresh: Int32Array; start: Int32Array } {
  const { sorted, start } = countingSort(
    Int32Array.from({ length: key.length }, (_, k) => k),
    Int32Array.from(key),
    keys,
  );
  const fresh = new Int32Array(key.length);
  sorted.forEach((old, k) => (fresh[old] = k));
  return { fresh, start };
}

/** Builds the columns, groups, cells and buckets (once per set of postings; the cache in match.service.ts keeps it). */
export function buildPostingIndex(facts: readonly PostingFacts[]): PostingIndex {
  const c = columns(facts);
  const n = c.size;
  const majors = interner([]);
  const provinces = interner([]);
  const occMajor = c.occupationCodes.map((code) => majors(code.split('-')[0] ?? ''));
  const countyProvince = c.counties.map((code) => provinces(code.slice(0, 2)));
  const provinceCount = new Set(countyProvince).size;
  const cellKeys = new Map<number, number>();
  const groupKeys = new Map<number, number>();
  const bucketKeys = new Map<number, number>();
  const cell = { occupation: [] as number[], county: [] as number[], bucket: [] as number[] };
  const group = { cell: [] as number[], cls: [] as number[], maxPay: [] as number[] };
  const groupOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const o = c.occupation[i] as number;
    const county = c.workCounty[c.work[i] as number] as number;
    const cellKey = o * c.counties.length + county;
    let k = cellKeys.get(cellKey);
    if (k === undefined) {
      k = cell.occupation.push(o) - 1;
      cellKeys.set(cellKey, k);
      cell.county.push(county);
      const bucketKey = (occMajor[o] as number) * provinceCount + (countyProvince[county] as number);
      let b = bucketKeys.get(bucketKey);
      if (b === undefined) bucketKeys.set(bucketKey, (b = bucketKeys.size));
      cell.bucket.push(b);
    }
    const cls = (c.flags[i] as number) | ((c.contract[i] as number) << 3);
    const pay = c.payMaxMonthly[i] as number;
    const band = pay > 1 ? Math.min(BANDS - 1, Math.floor(Math.log(pay) / LOG_BAND)) : 0;
    const groupKey = (k * CLASSES + cls) * BANDS + band;
    let g = groupKeys.get(groupKey);
    if (g === undefined) {
      g = group.cell.push(k) - 1;
      groupKeys.set(groupKey, g);
      group.cls.push(cls);
      group.maxPay.push(pay);
    } else if (pay > (group.maxPay[g] as number)) group.maxPay[g] = pay;
    groupOf[i] = g;
  }
  const cells = cell.occupation.length;
  const groups = group.cell.length;
  const buckets = bucketKeys.size;
  // Cells renumbered bucket by bucket, groups cell by cell, postings group by group (in id order within each).
  const cellNo = renumber(cell.bucket, buckets);
  const groupNo = renumber(
    group.cell.map((k) => cellNo.fresh[k] as number),
    cells,
  );
  const sortedIds = byId(c.ids);
  const placed = countingSort(
    sortedIds,
    groupOf.map((g) => groupNo.fresh[g] as number),
    groups,
  );
  const index: PostingIndex = {
    ...c,
    byId: sortedIds,
    order: placed.sorted,
    groupStart: placed.start,
    groupClass: new Uint8Array(groups),
    groupMaxPay: new Float64Array(groups),
    cellStart: groupNo.start,
    cellOccupation: new Int32Array(cells),
    cellCounty: new Int32Array(cells),
    cellMaxPay: new Float64Array(cells),
    cellMaxExtras: new Uint8Array(cells),
    bucketStart: cellNo.start,
    bucketOccupationStart: new Int32Array(buckets + 1),
    bucketOccupations: new Int32Array(0),
    bucketCountyStart: new Int32Array(buckets + 1),
    bucketCounties: new Int32Array(0),
    bucketMaxPay: new Float64Array(buckets),
    bucketMaxExtras: new Uint8Array(buckets),
  };
  for (let old = 0; old < groups; old++) {
    const g = groupNo.fresh[old] as number;
    const k = cellNo.fresh[group.cell[old] as number] as number;
    index.groupClass[g] = group.cls[old] as number;
    index.groupMaxPay[g] = group.maxPay[old] as number;
    index.cellMaxPay[k] = Math.max(index.cellMaxPay[k] as number, group.maxPay[old] as number);
    index.cellMaxExtras[k] = Math.max(index.cellMaxExtras[k] as number, extrasBound(group.cls[old] as number));
  }
  for (let old = 0; old < cells; old++) {
    const k = cellNo.fresh[old] as number;
    index.cellOccupation[k] = cell.occupation[old] as number;
    index.cellCounty[k] = cell.county[old] as number;
  }
  const occLists: number[] = [];
  const countyLists: number[] = [];
  for (let b = 0; b < buckets; b++) {
    const occs = new Set<number>();
    const counties = new Set<number>();
    for (let k = index.bucketStart[b] as number; k < (index.bucketStart[b + 1] as number); k++) {
      occs.add(index.cellOccupation[k] as number);
      counties.add(index.cellCounty[k] as number);
      index.bucketMaxPay[b] = Math.max(index.bucketMaxPay[b] as number, index.cellMaxPay[k] as number);
      index.bucketMaxExtras[b] = Math.max(index.bucketMaxExtras[b] as number, index.cellMaxExtras[k] as number);
    }
    for (const o of occs) occLists.push(o);
    for (const county of counties) countyLists.push(county);
    index.bucketOccupationStart[b + 1] = occLists.length;
    index.bucketCountyStart[b + 1] = countyLists.length;
  }
  index.bucketOccupations = Int32Array.from(occLists);
  index.bucketCounties = Int32Array.from(countyLists);
  return index;
}

/** Where the posting with this id is in the index, or -1 (a binary search over `byId`). */
export function positionOf(index: PostingIndex, id: string): number {
  let lo = 0;
  let hi = index.size - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const i = index.byId[mid] as number;
    const at = index.ids[i] as string;
    if (at === id) return i;
    if (at < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** A posting's facts as matching reads them (pay as the monthly equivalent of the top of its range), for its reasons. */
export function factsAt(index: PostingIndex, i: number): PostingFacts {
  const pay = index.payMaxMonthly[i] as number;
  const f = index.flags[i] as number;
  return {
    id: index.ids[i] as string,
    occupationCode: index.occupationCodes[index.occupation[i] as number] as string,
    workCode: index.workCodes[index.work[i] as number] as string,
    payMinFen: pay,
    payMaxFen: pay,
    payPeriod: 'month',
    pieceMonthlyFen: null,
    housing: (f & 1) !== 0,
    meals: (f & 2) !== 0,
    contractKind: CONTRACT_KINDS[index.contract[i] as number] ?? '',
    prioritySector: (f & 4) !== 0,
  };
}
