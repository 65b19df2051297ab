/**
 * The recommendation index patched in place (live-index.ts, decision 216) against the full scan:
 * start from random open postings, apply random rounds of writes (a new posting, an edit of one —
 * same id, new facts —, a posting closed or deleted, one reopened), patch the index with the ids each
 * round wrote and the facts of those still open, and after every round the best N for a random worker
 * are what rankPostings gives over the postings open at that moment. Plus the limits past which the
 * caller must rebuild, at the exact boundary.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankPostings, type PostingFacts, type WorkerProfile } from '../src/modules/jobs/matching.js';
import { deltaLimit, freshIndex, patchIndex, rankLive, type LiveIndex } from '../src/modules/jobs/live-index.js';
import { normalise, posting, worker } from './helpers/postings-arb.js';

const write = fc.oneof(
  posting.map((p) => ({ open: true as const, facts: normalise(p) })),
  fc.stringMatching(/^[a-f0-9]{1,4}$/).map((id) => ({ open: false as const, id })),
);

describe('jobs recommendations: the index patched after writes equals the full scan', () => {
  it('for random postings, rounds of writes, workers and limits', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(posting, { selector: (p) => p.id, maxLength: 200 }),
        fc.array(fc.array(write, { maxLength: 30 }), { minLength: 1, maxLength: 5 }),
        worker,
        fc.integer({ min: 1, max: 30 }),
        (raw, rounds, w: WorkerProfile, limit) => {
          const open = new Map(raw.map((p) => [p.id, normalise(p)]));
          let live: LiveIndex | null = freshIndex('2026-11-30', 0, [...open.values()]);
          rounds.forEach((round, k) => {
            const ids = new Set<string>();
            for (const x of round) {
              const id = x.open ? x.facts.id : x.id;
              ids.add(id);
              if (x.open) open.set(id, x.facts);
              else open.delete(id);
            }
            const nowOpen = [...ids].flatMap((id) => (open.has(id) ? [open.get(id) as PostingFacts] : []));
            live = live && patchIndex(live, k + 1, [...ids], nowOpen);
            expect(live).not.toBeNull();
            expect(rankLive(w, live as LiveIndex, limit)).toEqual(rankPostings(w, [...open.values()], limit));
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a posting edited twice counts once; closing it leaves it out of the delta', () => {
    const base = freshIndex('2026-11-30', 0, [facts('a', 500_000), facts('b', 400_000)]);
    const once = patchIndex(base, 1, ['a'], [facts('a', 300_000)]) as LiveIndex;
    const twice = patchIndex(once, 2, ['a'], [facts('a', 350_000)]) as LiveIndex;
    expect([twice.deadCount, twice.delta.size]).toEqual([1, 1]);
    const closed = patchIndex(twice, 3, ['a'], []) as LiveIndex;
    expect([closed.deadCount, closed.delta.size]).toEqual([1, 0]);
    expect(rankLive(me, closed, 5).map((m) => m.postingId)).toEqual(['b']);
  });
});

describe('jobs recommendations: when the patched index must be rebuilt', () => {
  it('the limit is a twentieth of the base, never under 2,000', () => {
    expect([deltaLimit(0), deltaLimit(40_000), deltaLimit(40_019), deltaLimit(40_020), deltaLimit(1_000_000)]).toEqual([
      2_000, 2_000, 2_000, 2_001, 50_000,
    ]);
  });

  it('2,000 new postings are carried, 2,001 are not', () => {
    const base = freshIndex('2026-11-30', 0, [facts('base', 500_000)]);
    const fresh = (k: number) => Array.from({ length: k }, (_, i) => facts(`n${String(i).padStart(5, '0')}`, 500_000));
    expect(
      patchIndex(
        base,
        1,
        fresh(2_000).map((f) => f.id),
        fresh(2_000),
      ),
    ).not.toBeNull();
    expect(
      patchIndex(
        base,
        1,
        fresh(2_001).map((f) => f.id),
        fresh(2_001),
      ),
    ).toBeNull();
  });

  it('closed base postings count too: 1,999 closed and 1 new are carried, 2,000 closed and 1 new are not', () => {
    const all = Array.from({ length: 2_100 }, (_, i) => facts(`b${String(i).padStart(5, '0')}`, 500_000));
    const base = freshIndex('2026-11-30', 0, all);
    const closing = (k: number) => [...all.slice(0, k).map((f) => f.id), 'new'];
    expect(patchIndex(base, 1, closing(1_999), [facts('new', 500_000)])).not.toBeNull();
    expect(patchIndex(base, 1, closing(2_000), [facts('new', 500_000)])).toBeNull();
  });
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

function facts(id: string, payMaxFen: number): PostingFacts {
  return {
    id,
    occupationCode: '6-25-04-01',
    workCode: '451228100',
    payMinFen: payMaxFen,
    payMaxFen,
    payPeriod: 'month',
    pieceMonthlyFen: null,
    housing: false,
    meals: false,
    contractKind: 'regular',
    prioritySector: false,
  };
}
