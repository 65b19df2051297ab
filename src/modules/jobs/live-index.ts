/**
 * The recommendation index kept current in place (decision 216): a base index of the open postings
 * as they were when it was built, the postings written since marked dead in it, and their current
 * facts (when still open) in a small second index beside it. A worker's best N are the best of both,
 * merged in the ranking's own order. When the postings written since (dead in the base, or new in the
 * delta) outgrow a twentieth of the base (at least 2,000) the caller builds a new base instead.
 */
import { byRank, type Match, type PostingFacts, type WorkerProfile } from './matching.js';
import { buildPostingIndex, positionOf, type PostingIndex } from './matching-index.js';
import { rankIndex } from './matching-rank.js';

export interface LiveIndex {
  /** The business day whose open postings it holds (expiry is by day). */
  day: string;
  /** The change counter of job_postings it holds at least. */
  n: number;
  base: PostingIndex;
  /** Base postings written since the base was built (1), or null when none was. */
  dead: Uint8Array | null;
  deadCount: number;
  /** Current facts of the postings written since, those still open. */
  delta: ReadonlyMap<string, PostingFacts>;
  deltaIndex: PostingIndex | null;
}

/** How many postings written since the base a live index carries before a rebuild is cheaper. */
export function deltaLimit(baseSize: number): number {
  return Math.max(2_000, Math.floor(baseSize / 20));
}

export function freshIndex(day: string, n: number, open: readonly PostingFacts[]): LiveIndex {
  return { day, n, base: buildPostingIndex(open), dead: null, deadCount: 0, delta: new Map(), deltaIndex: null };
}

/**
 * The index after the postings `changed` were written (any write: new, edited, closed, filled,
 * deleted), given the facts of those of them open today; null when the change is too large to carry.
 */
export function patchIndex(prev: LiveIndex, n: number, changed: readonly string[], open: readonly PostingFacts[]): LiveIndex | null {
  const delta = new Map(prev.delta);
  for (const id of changed) delta.delete(id);
  for (const f of open) delta.set(f.id, f);
  const dead = prev.dead ? prev.dead.slice() : new Uint8Array(prev.base.size);
  let deadCount = prev.deadCount;
  for (const id of changed) {
    const i = positionOf(prev.base, id);
    if (i >= 0 && dead[i] === 0) {
      dead[i] = 1;
      deadCount++;
    }
  }
  if (delta.size + deadCount > deltaLimit(prev.base.size)) return null;
  const deltaIndex = delta.size > 0 ? buildPostingIndex([...delta.values()]) : null;
  return { day: prev.day, n, base: prev.base, dead, deadCount, delta, deltaIndex };
}

/** A worker's best N of the live index: the same answer as rankPostings over the open postings it stands for. */
export function rankLive(worker: WorkerProfile, live: LiveIndex, limit: number): Match[] {
  const fromBase = rankIndex(worker, live.base, limit, live.dead);
  if (!live.deltaIndex) return fromBase;
  return [...fromBase, ...rankIndex(worker, live.deltaIndex, limit)].sort(byRank).slice(0, limit);
}
