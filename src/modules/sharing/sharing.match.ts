/**
 * Proposing pairs (pure, deterministic): an offer and a request of two different firms whose periods
 * share at least one day and whose occupations share at least the middle group of the 2022
 * classification, scored out of 100 with a reason per part (decision 195). Occupation levels and
 * distances are the jobs module's own rules, read through its face.
 */
import { distanceBetween, sharedLevels } from '../jobs/index.js';
import { overlapDays } from './sharing.js';

/** The most points each part gives, and the reach at which distance gives none. */
export const PROPOSAL_WEIGHTS = { occupation: 40, distance: 20, period: 20, headcount: 20, reachKm: 2000, minLevels: 2 } as const;

export interface ListingFacts {
  id: string;
  enterpriseId: string;
  headcount: number;
  occupationCodes: string[];
  startDate: string;
  endDate: string;
  placeCode: string;
}

export interface ProposalReason {
  factor: 'occupation' | 'distance' | 'period' | 'headcount';
  points: number;
  zh: string;
  en: string;
}

export interface Proposal {
  offerId: string;
  requestId: string;
  score: number;
  overlapDays: number;
  distanceKm: number | null;
  reasons: ProposalReason[];
}

const levelWords: ReadonlyArray<{ zh: string; en: string }> = [
  { zh: '职业不同类', en: 'different occupations' },
  { zh: '职业同大类', en: 'occupations in the same major group' },
  { zh: '职业同中类', en: 'occupations in the same middle group' },
  { zh: '职业同小类', en: 'occupations in the same minor group' },
  { zh: '职业相同', en: 'the same occupation' },
];

function bestLevels(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  for (const x of a) for (const y of b) best = Math.max(best, Math.min(4, sharedLevels(x, y)));
  return best;
}

/** The proposal for one pair, or null when they cannot be paired. */
export function proposeOne(offer: ListingFacts, request: ListingFacts): Proposal | null {
  if (offer.enterpriseId === request.enterpriseId) return null;
  const days = overlapDays(offer, request);
  if (days === 0) return null;
  const levels = bestLevels(offer.occupationCodes, request.occupationCodes);
  if (levels < PROPOSAL_WEIGHTS.minLevels) return null;
  const words = levelWords[levels] ?? { zh: '', en: '' };
  const reasons: ProposalReason[] = [
    { factor: 'occupation', points: Math.round((PROPOSAL_WEIGHTS.occupation * levels) / 4), zh: words.zh, en: words.en },
  ];
  const d = distanceBetween(offer.placeCode, request.placeCode);
  const km = d.km;
  reasons.push(
    km === null
      ? {
          factor: 'distance',
          points: d.tier === 'province' ? 10 : 4,
          zh: '距离按行政区划估计',
          en: 'distance estimated from the division codes',
        }
      : {
          factor: 'distance',
          points: Math.round(PROPOSAL_WEIGHTS.distance * Math.max(0, 1 - km / PROPOSAL_WEIGHTS.reachKm)),
          zh: km === 0 ? '同一县区' : `相距约${km}公里`,
          en: km === 0 ? 'in the same county' : `about ${km} km apart`,
        },
  );
  const wanted = overlapDays(request, request);
  reasons.push({
    factor: 'period',
    points: Math.round((PROPOSAL_WEIGHTS.period * days) / wanted),
    zh: `用工期重叠${days}天（需求${wanted}天）`,
    en: `${days} of the ${wanted} days wanted overlap`,
  });
  const cover = Math.min(offer.headcount, request.headcount);
  reasons.push({
    factor: 'headcount',
    points: Math.round((PROPOSAL_WEIGHTS.headcount * cover) / request.headcount),
    zh: `可出借${offer.headcount}人，需要${request.headcount}人`,
    en: `${offer.headcount} offered, ${request.headcount} wanted`,
  });
  const score = reasons.reduce((s, r) => s + r.points, 0);
  return { offerId: offer.id, requestId: request.id, score, overlapDays: days, distanceKm: km, reasons };
}

/** All pairs that qualify, best first (then the request's and the offer's id, for a stable order). */
export function propose(
  offers: readonly ListingFacts[],
  requests: readonly ListingFacts[],
  keep: (offer: ListingFacts, request: ListingFacts) => boolean,
  limit: number,
): Proposal[] {
  const out: Proposal[] = [];
  for (const o of offers)
    for (const r of requests) {
      if (!keep(o, r)) continue;
      const p = proposeOne(o, r);
      if (p) out.push(p);
    }
  return out
    .sort((a, b) => b.score - a.score || (a.requestId < b.requestId ? -1 : a.requestId > b.requestId ? 1 : a.offerId < b.offerId ? -1 : 1))
    .slice(0, limit);
}
