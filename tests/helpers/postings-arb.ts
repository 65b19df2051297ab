/** Random postings and workers for the recommendation tests: few codes, so buckets, groups and ties are crowded. */
import fc from 'fast-check';
import type { PostingFacts } from '../../src/modules/jobs/matching.js';

export const OCCUPATIONS = ['6-25-04-01', '6-25-04-02', '6-25-01-01', '6-05-01-03', '4-02-05-01', '4-02-05'];
export const PLACES = ['451228100', '451228101', '451228', '450102', '441900113', '441900119', '440106', '330106', '999999', '45'];
export const KINDS = ['regular', 'seasonal', 'temporary', 'part_time', 'gig', 'other'];

export const posting = fc.record({
  id: fc.stringMatching(/^[a-f0-9]{1,4}$/),
  occupationCode: fc.constantFrom(...OCCUPATIONS),
  workCode: fc.constantFrom(...PLACES),
  payMaxFen: fc.integer({ min: 300_000, max: 560_000 }),
  payPeriod: fc.constantFrom('month' as const, 'day' as const, 'piece' as const),
  pieceMonthlyFen: fc.option(fc.integer({ min: 300_000, max: 600_000 })),
  housing: fc.boolean(),
  meals: fc.boolean(),
  contractKind: fc.constantFrom(...KINDS),
  prioritySector: fc.boolean(),
});

export const worker = fc.record({
  personId: fc.constant('w'),
  placeCode: fc.constantFrom('451228100', '441900113', '459999001', '330106'),
  occupationCodes: fc.subarray(OCCUPATIONS, { maxLength: 2 }),
  expectedWageFen: fc.option(fc.integer({ min: 350_000, max: 600_000 })),
  willingToGoOut: fc.boolean(),
  poor: fc.boolean(),
  priorityArea: fc.boolean(),
});

export function normalise(
  p: { id: string; payMaxFen: number; payPeriod: 'month' | 'day' | 'piece' } & Omit<PostingFacts, 'payMinFen'>,
): PostingFacts {
  const payMaxFen = p.payPeriod === 'day' ? Math.round(p.payMaxFen / 21.75) : p.payMaxFen;
  return { ...p, payMaxFen, payMinFen: payMaxFen };
}
