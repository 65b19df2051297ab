/**
 * Recommendations for a worker (issue 9, point 12): a small hand-built set whose ranking and reasons
 * are computed by hand (pinning what rankPostings returns), and the fast path (matching-index.ts:
 * typed arrays, reasons for the best N only) giving exactly what rankPostings gives over a generated
 * set with many ties, unknown places, every pay period and worker variant.
 *
 * Worker: lives in 都安 451228100, occupation 6-25-04-01, expects ¥5,000 a month, willing to work away.
 *  p0, p1  same occupation (40) same township (20) ¥5,000 = expectation (20) regular (5)        = 85
 *  pB      same minor group 6-25-04-02 (30) same county 451228101 (20) ¥6,000 (20)
 *          housing near home (1) + meals (2) seasonal (3) priority sector (5)                    = 81
 *  pC      same occupation (40) place 999999 without centroid: another province by codes (4)
 *          ¥3,500 = 0.7 of expectation (0) housing away (3) gig (1)                              = 48
 *  pE      other major group 4-02-05-01 (0) same township (20) ¥5,000 (20) regular (5)          = 45
 *  Order: p0 before p1 (same score, both 0 km, id), pB, pC, pE.
 */
import { describe, expect, it } from 'vitest';
import { rankPostings, type PostingFacts, type WorkerProfile } from '../src/modules/jobs/matching.js';
import { buildPostingIndex } from '../src/modules/jobs/matching-index.js';
import { rankIndex } from '../src/modules/jobs/matching-rank.js';

const worker: WorkerProfile = {
  personId: 'w1',
  placeCode: '451228100',
  occupationCodes: ['6-25-04-01'],
  expectedWageFen: 500_000,
  willingToGoOut: true,
  poor: false,
  priorityArea: false,
};

function facts(id: string, extra: Partial<PostingFacts> = {}): PostingFacts {
  return {
    id,
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
    ...extra,
  };
}

const handBuilt: PostingFacts[] = [
  facts('pE', { occupationCode: '4-02-05-01' }),
  facts('pC', { workCode: '999999', payMaxFen: 350_000, housing: true, contractKind: 'gig' }),
  facts('p1'),
  facts('pB', {
    occupationCode: '6-25-04-02',
    workCode: '451228101',
    payMaxFen: 600_000,
    housing: true,
    meals: true,
    contractKind: 'seasonal',
    prioritySector: true,
  }),
  facts('p0'),
];

describe('jobs recommendations: the ranking of a hand-built set', () => {
  it('ranks by score, then nearer, then posting id, with the reasons worked out by hand', () => {
    const ranked = rankPostings(worker, handBuilt, 10);
    expect(ranked.map((m) => [m.postingId, m.score])).toEqual([
      ['p0', 85],
      ['p1', 85],
      ['pB', 81],
      ['pC', 48],
      ['pE', 45],
    ]);
    expect(ranked[2]?.reasons.map((r) => [r.factor, r.points, r.zh])).toEqual([
      ['occupation', 30, '与您的职业同小类'],
      ['distance', 20, '同一县区'],
      ['pay', 20, '月收入最高约¥6,000，达到您的期望¥5,000'],
      ['housing', 3, '包住、包吃'],
      ['contract', 3, '季节性用工'],
      ['priority_sector', 5, '重点扶持行业'],
    ]);
    expect(ranked[3]?.reasons.map((r) => [r.factor, r.points, r.zh])).toEqual([
      ['occupation', 40, '与您的职业相同'],
      ['distance', 4, '外省（按行政区划估计），您愿意外出务工'],
      ['pay', 0, '月收入最高约¥3,500，低于您的期望¥5,000'],
      ['housing', 3, '包住'],
      ['contract', 1, '零工'],
    ]);
    expect(ranked[3]?.distanceKm).toBeNull();
    expect(ranked[4]?.reasons[0]).toMatchObject({ factor: 'occupation', points: 0, zh: '与您的职业不同类' });
  });

  it('the fast path gives the same five, and the best three when asked for three', () => {
    const index = buildPostingIndex(handBuilt);
    expect(rankIndex(worker, index, 10)).toEqual(rankPostings(worker, handBuilt, 10));
    expect(rankIndex(worker, index, 3).map((m) => m.postingId)).toEqual(['p0', 'p1', 'pB']);
    expect(rankIndex(worker, index, 0)).toEqual([]);
    expect(rankIndex(worker, buildPostingIndex([]), 20)).toEqual([]);
  });

  it('a posting paying one fen under 0.7 of the expectation still scores 0 for pay, one at 0.85 scores 10', () => {
    const under = rankIndex(worker, buildPostingIndex([facts('a', { payMaxFen: 349_999 }), facts('b', { payMaxFen: 425_000 })]), 2);
    expect(under.map((m) => [m.postingId, m.reasons[2]?.points])).toEqual([
      ['b', 10],
      ['a', 0],
    ]);
  });
});

const OCCUPATIONS = ['6-25-04-01', '6-25-04-02', '6-25-01-01', '6-05-01-03', '4-02-05-01', '6-18-01-01'];
const PLACES = ['451228100', '451228101', '451228', '450102', '441900113', '440106', '330106', '999999', '459999001'];
const PERIODS = ['month', 'day', 'hour', 'piece'] as const;
const KINDS = ['regular', 'seasonal', 'temporary', 'part_time', 'gig', 'other'];

function generated(n: number): PostingFacts[] {
  const out: PostingFacts[] = [];
  for (let i = 0; i < n; i++) {
    const period = PERIODS[i % 4] ?? 'month';
    const pay = period === 'month' ? 300_000 + (i % 9) * 50_000 : period === 'day' ? 15_000 + (i % 7) * 2_000 : 2_000 + (i % 5) * 300;
    out.push({
      id: `p${String((i * 7919) % n).padStart(6, '0')}`,
      occupationCode: OCCUPATIONS[(i * 5) % OCCUPATIONS.length] ?? '6-25-04-01',
      workCode: PLACES[(i * 3) % PLACES.length] ?? '451228100',
      payMinFen: pay,
      payMaxFen: pay,
      payPeriod: period,
      pieceMonthlyFen: period === 'piece' ? (i % 3 === 0 ? null : 400_000 + (i % 11) * 20_000) : null,
      housing: i % 2 === 0,
      meals: i % 3 === 0,
      contractKind: KINDS[i % KINDS.length] ?? 'regular',
      prioritySector: i % 5 === 0,
    });
  }
  return out;
}

describe('jobs recommendations: the fast path equals rankPostings', () => {
  const postings = generated(3001);
  const index = buildPostingIndex(postings);
  const workers: Array<[string, WorkerProfile]> = [
    ['willing, with occupation and expectation', worker],
    ['staying near home, in 东莞', { ...worker, placeCode: '441900113', willingToGoOut: false }],
    ['no occupation, no expectation, poor', { ...worker, occupationCodes: [], expectedWageFen: null, poor: true }],
    ['two occupations, a place without centroid', { ...worker, occupationCodes: ['4-02-05-01', '6-18-01-02'], placeCode: '459999001' }],
  ];
  for (const [label, w] of workers) {
    it(`${label}: the best 1, 20 and all`, () => {
      for (const limit of [1, 20, postings.length]) expect(rankIndex(w, index, limit)).toEqual(rankPostings(w, postings, limit));
    });
  }
});
