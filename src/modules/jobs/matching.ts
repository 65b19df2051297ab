/**
 * Matching a worker and a posting (pure, deterministic): a score out of the weights below, each part
 * with its reason in Chinese and English, citing the clause where a policy asks for it (decision 223).
 * Poor labourers and people from priority areas get a documented boost (O61-4.1); in officers'
 * candidate lists they come first among candidates at or above the threshold.
 */
import { distanceBetween, type Tier } from './distance.js';
import { monthlyEquivalent, type PayPeriod } from './posting.js';

/** The weights (configuration, documented in decision 223): the most points each factor gives. */
export const MATCH_WEIGHTS = {
  occupation: 40,
  distance: 20,
  pay: 20,
  housing: 5,
  contract: 5,
  prioritySector: 5,
  /** Added for a poor labourer or a person from a priority area (O61-4.1). */
  priorityPerson: 15,
  /** A candidate at or above this score counts as a match (before the boost). */
  threshold: 40,
  /** Distance at which the distance points reach 0: for workers willing to go out, and for those who are not. */
  reachKmWilling: 2000,
  reachKmLocal: 100,
} as const;

/** What matching reads of a worker. */
export interface WorkerProfile {
  personId: string;
  /** The place the worker chose (residence, else household registration). */
  placeCode: string;
  occupationCodes: string[];
  expectedWageFen: number | null;
  willingToGoOut: boolean;
  /** Registered poor labourer (建档立卡) in force, or household registration in a priority area. */
  poor: boolean;
  priorityArea: boolean;
}

/** What matching reads of a posting. */
export interface PostingFacts {
  id: string;
  occupationCode: string;
  workCode: string;
  payMinFen: number;
  payMaxFen: number;
  payPeriod: PayPeriod;
  pieceMonthlyFen: number | null;
  housing: boolean;
  meals: boolean;
  contractKind: string;
  prioritySector: boolean;
}

export interface Reason {
  factor: 'occupation' | 'distance' | 'pay' | 'housing' | 'contract' | 'priority_sector' | 'priority_person';
  points: number;
  zh: string;
  en: string;
  clause?: string;
}

export interface Match {
  postingId: string;
  personId: string;
  /** Score without the boost, and with it. */
  score: number;
  boosted: number;
  distanceKm: number | null;
  tier: Tier;
  reasons: Reason[];
}

/** Segments shared by two occupation codes (`6-18-02-04`): 4 = same, 3 = same minor, 2 = mid, 1 = major. */
export function sharedLevels(a: string, b: string): number {
  const x = a.split('-');
  const y = b.split('-');
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

const occupationWords = [
  { zh: '与您的职业不同类', en: 'not in your line of work' },
  { zh: '与您的职业同大类', en: 'same major group as your occupation' },
  { zh: '与您的职业同中类', en: 'same middle group as your occupation' },
  { zh: '与您的职业同小类', en: 'same minor group as your occupation' },
  { zh: '与您的职业相同', en: 'your own occupation' },
];

/** Levels the worker's closest occupation shares with a posting's code (0-4), or null when the worker has none recorded. */
function occupationLevels(worker: WorkerProfile, code: string): number | null {
  if (worker.occupationCodes.length === 0) return null;
  let best = 0;
  for (const mine of worker.occupationCodes) best = Math.max(best, Math.min(4, sharedLevels(mine, code)));
  return best;
}

/** Occupation points: a quarter of the weight per shared level; a worker with no occupation recorded gets one quarter. */
export function occupationPoints(worker: WorkerProfile, code: string): number {
  return Math.round((MATCH_WEIGHTS.occupation * (occupationLevels(worker, code) ?? 1)) / 4);
}

function occupationReason(worker: WorkerProfile, code: string): Reason {
  const points = occupationPoints(worker, code);
  const best = occupationLevels(worker, code);
  if (best === null)
    return { factor: 'occupation', points, zh: '尚未登记职业，按一般岗位计', en: 'no occupation recorded: counted as a general job' };
  const words = occupationWords[best] ?? occupationWords[0];
  return { factor: 'occupation', points, zh: words?.zh ?? '', en: words?.en ?? '' };
}

const tierPoints: Record<Tier, number> = { township: 20, county: 18, prefecture: 14, province: 10, country: 4 };
const tierWords: Record<Tier, { zh: string; en: string }> = {
  township: { zh: '同一乡镇', en: 'in your township' },
  county: { zh: '同一县区', en: 'in your county' },
  prefecture: { zh: '同一地市', en: 'in your prefecture' },
  province: { zh: '同一省份', en: 'in your province' },
  country: { zh: '外省', en: 'in another province' },
};

/** Work outside the worker's own county (housing then counts for more). */
export function isAway(tier: Tier): boolean {
  return tier !== 'township' && tier !== 'county';
}

/**
 * Distance points: falling linearly to 0 at the worker's reach when the distance is known; from the
 * division tier when it is not, nothing outside the province for a worker who will not go out.
 */
export function distancePoints(worker: WorkerProfile, d: { km: number | null; tier: Tier }): number {
  if (d.km !== null) {
    const reach = worker.willingToGoOut ? MATCH_WEIGHTS.reachKmWilling : MATCH_WEIGHTS.reachKmLocal;
    return Math.round(MATCH_WEIGHTS.distance * Math.max(0, 1 - d.km / reach));
  }
  if (!worker.willingToGoOut && (d.tier === 'province' || d.tier === 'country')) return 0;
  return Math.round((tierPoints[d.tier] * MATCH_WEIGHTS.distance) / 20);
}

function distanceReason(worker: WorkerProfile, workCode: string): { reason: Reason; km: number | null; tier: Tier } {
  const d = distanceBetween(worker.placeCode, workCode);
  const points = distancePoints(worker, d);
  let zh: string;
  let en: string;
  if (d.km !== null) {
    zh = d.km === 0 ? `${tierWords[d.tier].zh}` : `距您约${d.km}公里`;
    en = d.km === 0 ? tierWords[d.tier].en : `about ${d.km} km from you`;
  } else {
    zh = `${tierWords[d.tier].zh}（按行政区划估计）`;
    en = `${tierWords[d.tier].en} (estimated from the division codes)`;
  }
  if (worker.willingToGoOut && isAway(d.tier)) {
    zh += '，您愿意外出务工';
    en += '; you are willing to work away';
  }
  return { reason: { factor: 'distance', points, zh, en }, km: d.km, tier: d.tier };
}

/** ¥12,345 (whole yuan) without Intl, which is slow on this hot path. */
function yuan(fen: number): string {
  return `¥${String(Math.round(fen / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

/** Pay points: full at or above the expectation, none at 70 % of it or less, half when no expectation was given; never decreasing in the pay. */
export function payPoints(expected: number | null, max: number): number {
  if (expected === null || expected <= 0) return MATCH_WEIGHTS.pay / 2;
  const ratio = max / expected;
  return ratio >= 1 ? MATCH_WEIGHTS.pay : Math.round(MATCH_WEIGHTS.pay * Math.max(0, (ratio - 0.7) / 0.3));
}

function payReason(worker: WorkerProfile, p: PostingFacts): Reason {
  const max = monthlyEquivalent(p.payMaxFen, p.payPeriod, p.pieceMonthlyFen);
  const points = payPoints(worker.expectedWageFen, max);
  if (worker.expectedWageFen === null || worker.expectedWageFen <= 0) {
    return {
      factor: 'pay',
      points,
      zh: `月收入约${yuan(max)}（您未填期望）`,
      en: `about ${yuan(max)} a month (no expectation given)`,
    };
  }
  return max / worker.expectedWageFen >= 1
    ? {
        factor: 'pay',
        points,
        zh: `月收入最高约${yuan(max)}，达到您的期望${yuan(worker.expectedWageFen)}`,
        en: `up to about ${yuan(max)} a month, meets your ${yuan(worker.expectedWageFen)}`,
      }
    : {
        factor: 'pay',
        points,
        zh: `月收入最高约${yuan(max)}，低于您的期望${yuan(worker.expectedWageFen)}`,
        en: `up to about ${yuan(max)} a month, below your ${yuan(worker.expectedWageFen)}`,
      };
}

/** Contract points by kind (a kind matching does not know gets none). */
export const contractPoints: Readonly<Record<string, number>> = { regular: 5, seasonal: 3, temporary: 2, part_time: 2, gig: 1 };

/** Housing and meals points: housing counts for more when the work is away from home. */
export function housingPoints(housing: boolean, meals: boolean, away: boolean): number {
  return (housing && away ? MATCH_WEIGHTS.housing - 2 : 0) + (meals ? 2 : 0) + (housing && !away ? 1 : 0);
}
const contractWords: Record<string, { zh: string; en: string }> = {
  regular: { zh: '长期合同', en: 'a regular contract' },
  seasonal: { zh: '季节性用工', en: 'seasonal work' },
  temporary: { zh: '临时用工', en: 'temporary work' },
  part_time: { zh: '非全日制', en: 'part-time work' },
  gig: { zh: '零工', en: 'gig work' },
};

/** Scores one worker against one posting. */
export function matchOne(worker: WorkerProfile, p: PostingFacts): Match {
  const reasons: Reason[] = [occupationReason(worker, p.occupationCode)];
  const d = distanceReason(worker, p.workCode);
  reasons.push(d.reason, payReason(worker, p));
  if (p.housing || p.meals) {
    const points = housingPoints(p.housing, p.meals, isAway(d.tier));
    const what = [p.housing ? '包住' : '', p.meals ? '包吃' : ''].filter(Boolean).join('、');
    const whatEn = [p.housing ? 'housing' : '', p.meals ? 'meals' : ''].filter(Boolean).join(' and ');
    reasons.push({ factor: 'housing', points, zh: what, en: `${whatEn} provided` });
  }
  const cw = contractWords[p.contractKind];
  if (cw) reasons.push({ factor: 'contract', points: contractPoints[p.contractKind] ?? 0, zh: cw.zh, en: cw.en });
  if (p.prioritySector) {
    reasons.push({
      factor: 'priority_sector',
      points: MATCH_WEIGHTS.prioritySector,
      zh: '重点扶持行业',
      en: 'a priority sector',
      clause: 'O61-1.1',
    });
  }
  const score = reasons.reduce((s, r) => s + r.points, 0);
  let boosted = score;
  if (worker.poor || worker.priorityArea) {
    const zh = worker.poor ? '脱贫劳动力优先推荐' : '重点帮扶地区劳动力优先推荐';
    const en = worker.poor ? 'poor labourers are put forward first' : 'people from priority areas are put forward first';
    reasons.push({ factor: 'priority_person', points: MATCH_WEIGHTS.priorityPerson, zh, en, clause: 'O61-4.1' });
    boosted += MATCH_WEIGHTS.priorityPerson;
  }
  return { postingId: p.id, personId: worker.personId, score, boosted, distanceKm: d.km, tier: d.tier, reasons };
}

/** The order of a worker's recommendations: score, then nearer (unknown distance last), then posting id. */
export function byRank(a: Match, b: Match): number {
  return b.score - a.score || (a.distanceKm ?? 1e9) - (b.distanceKm ?? 1e9) || (a.postingId < b.postingId ? -1 : 1);
}

/** A worker's best postings: by score, then nearer, then posting id (deterministic); the reference the index search is tested against. */
export function rankPostings(worker: WorkerProfile, postings: readonly PostingFacts[], limit: number): Match[] {
  return postings
    .map((p) => matchOne(worker, p))
    .sort(byRank)
    .slice(0, limit);
}

/**
 * A posting's candidates: those at or above the threshold first, and among them poor labourers and
 * people from priority areas first (O61-4.1); then by boosted score, then person id.
 */
export function rankCandidates(posting: PostingFacts, workers: readonly WorkerProfile[], limit: number): Match[] {
  const prior = (m: Match, w: WorkerProfile | undefined) =>
    m.score >= MATCH_WEIGHTS.threshold ? (w && (w.poor || w.priorityArea) ? 0 : 1) : 2;
  const byId = new Map(workers.map((w) => [w.personId, w]));
  return workers
    .map((w) => matchOne(w, posting))
    .sort(
      (a, b) =>
        prior(a, byId.get(a.personId)) - prior(b, byId.get(b.personId)) || b.boosted - a.boosted || (a.personId < b.personId ? -1 : 1),
    )
    .slice(0, limit);
}
