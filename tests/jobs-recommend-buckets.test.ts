/**
 * The bucketed search of a worker's recommendations (matching-index.ts, matching-rank.ts; decision
 * 214) against the full scan (rankPostings scores every posting with matchOne and sorts): for random
 * sets of postings — few codes so that buckets, groups and ties are crowded, pay around the
 * expectation so pay bands hold postings of different pay points, ids in any order — and random
 * workers and limits, the best N are the same postings with the same scores, order and reasons.
 * Plus hand-made cases at the edges of a group's bound.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankPostings, type PostingFacts, type WorkerProfile } from '../src/modules/jobs/matching.js';
import { normalise, posting, worker } from './helpers/postings-arb.js';
import { buildPostingIndex } from '../src/modules/jobs/matching-index.js';
import { rankIndex } from '../src/modules/jobs/matching-rank.js';

describe('jobs recommendations: the bucketed search equals the full scan', () => {
  it('for random postings, workers and limits', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(posting, { selector: (p) => p.id, maxLength: 300 }),
        worker,
        fc.integer({ min: 1, max: 40 }),
        (raw, w: WorkerProfile, limit) => {
          const postings = raw.map(normalise);
          expect(rankIndex(w, buildPostingIndex(postings), limit)).toEqual(rankPostings(w, postings, limit));
        },
      ),
      { numRuns: 150, seed: 20261130 },
    );
  });

  const me: WorkerProfile = {
    personId: 'w',
    placeCode: '451228100',
    occupationCodes: ['6-25-04-01'],
    expectedWageFen: 500_000,
    willingToGoOut: true,
    poor: false,
    priorityArea: false,
  };
  const base: PostingFacts = {
    id: '',
    occupationCode: '6-25-04-01',
    workCode: '451228100',
    payMinFen: 300_000,
    payMaxFen: 500_000,
    payPeriod: 'month',
    pieceMonthlyFen: null,
    housing: false,
    meals: false,
    contractKind: 'regular',
    prioritySector: false,
  };

  it('one pay band holding ¥4,950 (19 points) and ¥5,000 (20): the lower one is scored, not taken at the band bound', () => {
    // 40 + 20 + 5 = 65 before pay; b: 65 + 20 = 85; a: 0.99 of the expectation, 20 × (0.99 − 0.7) / 0.3 = 19.33 → 19, 84.
    // a has the smaller id yet ranks second.
    const postings = [
      { ...base, id: 'a', payMaxFen: 495_000 },
      { ...base, id: 'b', payMaxFen: 500_000 },
    ];
    const ranked = rankIndex(me, buildPostingIndex(postings), 2);
    expect(ranked.map((m) => [m.postingId, m.score])).toEqual([
      ['b', 85],
      ['a', 84],
    ]);
  });

  it('a township of the county and the county itself tie on score and km and are ordered by id', () => {
    const postings = [
      { ...base, id: 'c', workCode: '451228' },
      { ...base, id: 'b', workCode: '451228101' },
      { ...base, id: 'a', workCode: '451228100', payMaxFen: 400_000 },
    ];
    // c, b: 40 + 20 + 20 + 5 = 85 at 0 km; a: 40 + 20 + round(20 × (0.8 − 0.7) / 0.3) = 7, + 5 = 72.
    expect(rankIndex(me, buildPostingIndex(postings), 3).map((m) => [m.postingId, m.score])).toEqual([
      ['b', 85],
      ['c', 85],
      ['a', 72],
    ]);
  });
});
