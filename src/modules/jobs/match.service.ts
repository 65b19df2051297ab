/** Recommendations for a worker and ranked candidates for a posting (matching.ts does the scoring). */
import type { Deps } from '../deps.js';
import type { Actor } from '../actor.js';
import { can } from '../accounts/index.js';
import { businessDate } from '../../core/clock.js';
import { inScope } from '../../db/scope.js';
import { ok, refuse, type Result } from '../../core/result.js';
import { rankCandidates, type Match, type PostingFacts, type WorkerProfile } from './matching.js';
import type { PayPeriod } from './posting.js';
import { toPostingView, type PostingView } from './posting.view.js';
import type { JobsPorts } from './ports.js';
import type { JobSeeker } from './people-port.js';
import type { JobPostingRow } from './jobs.table.js';
import * as repo from './posting.repository.js';
import { deltaLimit, freshIndex, patchIndex, rankLive, type LiveIndex } from './live-index.js';
import { mayManagePosting } from './jobs.policy.js';
import { createKeyedCache } from '../../core/keyed-cache.js';

const CANDIDATE_SCAN = 5_000;
/** Counter values of the change log kept behind the newest (decision 216). */
const LOG_KEPT = 10_000;

type FactColumns = Pick<
  JobPostingRow,
  | 'id'
  | 'occupation_code'
  | 'work_code'
  | 'pay_min_fen'
  | 'pay_max_fen'
  | 'pay_period'
  | 'piece_monthly_fen'
  | 'housing'
  | 'meals'
  | 'contract_kind'
  | 'priority_sector'
>;

/** A posting's matching facts from its row (numbers and booleans as the two databases return them). */
export function factsOf(r: FactColumns): PostingFacts {
  return {
    id: r.id,
    occupationCode: r.occupation_code,
    workCode: r.work_code,
    payMinFen: Number(r.pay_min_fen),
    payMaxFen: Number(r.pay_max_fen),
    payPeriod: r.pay_period as PayPeriod,
    pieceMonthlyFen: r.piece_monthly_fen === null ? null : Number(r.piece_monthly_fen),
    housing: Number(r.housing) === 1,
    meals: Number(r.meals) === 1,
    contractKind: r.contract_kind,
    prioritySector: Number(r.priority_sector) === 1,
  };
}

export function createMatchService(deps: Deps, ports: JobsPorts) {
  const { db, clock } = deps;
  const today = () => businessDate(clock.now());

  async function profileOf(s: JobSeeker, cache: Map<string, boolean>): Promise<WorkerProfile> {
    let priority = cache.get(s.hukouCode);
    if (priority === undefined) {
      priority = await ports.priorityArea(s.hukouCode, today());
      cache.set(s.hukouCode, priority);
    }
    return {
      personId: s.personId,
      placeCode: s.placeCode,
      occupationCodes: s.occupationCodes,
      expectedWageFen: s.expectedWageFen,
      willingToGoOut: s.willingToGoOut,
      poor: s.poor,
      priorityArea: priority,
    };
  }

  // All open postings as a bucketed typed-array index (decisions 227, 214), keyed by the day and the
  // change counter of job_postings (decision 215), read before the postings, so an index is never keyed
  // newer than what it holds. After a posting write the kept index is patched with the postings the
  // change log names (decision 216); a new day, a change too large or a log cut past it rebuilds it.
  // Requests arriving during an update share it.
  const indexes = createKeyedCache<LiveIndex>();
  let builds = 0;
  async function openIndex(): Promise<LiveIndex> {
    const day = today();
    const { n, prunedBelow } = await repo.postingsChangeState(db.kysely);
    return indexes.get(
      `${day}|${n}`,
      async (prev) => (prev && prev.day === day ? await patched(prev, n, prunedBelow) : null) ?? rebuilt(day, n),
    );
  }

  /** The kept index brought to counter n from the log, or null when it must be rebuilt. */
  async function patched(prev: LiveIndex, n: number, prunedBelow: number): Promise<LiveIndex | null> {
    if (prev.n >= n) return prev;
    const logKept = (below: number) => below <= prev.n + 1;
    if (!logKept(prunedBelow)) return null;
    const limit = deltaLimit(prev.base.size);
    const ids = await repo.changedPostingIds(db.kysely, prev.n, n, limit + 1);
    if (ids.length > limit) return null;
    const open = (await repo.openPostingFactsOf(db.kysely, prev.day, ids)).map(factsOf);
    // A cut of the log between the two reads could have taken rows this one needed.
    if (!logKept((await repo.postingsChangeState(db.kysely)).prunedBelow)) return null;
    return patchIndex(prev, n, ids, open);
  }

  async function rebuilt(day: string, n: number): Promise<LiveIndex> {
    builds++;
    return freshIndex(day, n, (await repo.openPostingFacts(db.kysely, day)).map(factsOf));
  }

  async function recommendFor(seeker: JobSeeker | null, limit: number): Promise<Result<Array<{ posting: PostingView } & Match>>> {
    if (!seeker) return refuse('not_found');
    const worker = await profileOf(seeker, new Map());
    // Compact columns of the open postings, scored in typed arrays; full rows and reasons for the best N only (decision 227).
    const best = rankLive(worker, await openIndex(), limit);
    const full = await repo.postingsByIds(
      db.kysely,
      best.map((m) => m.postingId),
    );
    const byId = new Map(full.map((r) => [r.id, r]));
    return ok(
      best.flatMap((m) => {
        const r = byId.get(m.postingId);
        return r ? [{ ...m, posting: toPostingView(r) }] : [];
      }),
    );
  }

  return {
    /**
     * Cuts the change log to its last `keep` counter values (the daily maintenance, not a request): an
     * index older than the cut is rebuilt, not patched. Returns the log rows removed.
     */
    async pruneChangeLog(keep = LOG_KEPT): Promise<number> {
      const { n } = await repo.postingsChangeState(db.kysely);
      return n > keep ? repo.pruneChangeLog(db.kysely, n - keep) : 0;
    },

    /** What the kept recommendation index holds: its counter value, base and delta sizes, and full builds so far. */
    async indexInfo() {
      const live = await openIndex();
      return { n: live.n, base: live.base.size, delta: live.delta.size, builds };
    },

    /** The signed-in worker's best open postings with reasons. */
    async mine(actor: Actor, limit: number): Promise<Result<Array<{ posting: PostingView } & Match>>> {
      if (!can(actor, 'jobs.apply')) return refuse('forbidden');
      if (!actor.personId) return refuse('job_no_person');
      return recommendFor(await ports.people.profile(actor.personId, today()), limit);
    },

    /** An officer's view of a person's recommendations (the person inside the jurisdiction). */
    async forPerson(actor: Actor, personId: string, limit: number): Promise<Result<Array<{ posting: PostingView } & Match>>> {
      if (!can(actor, 'jobs.refer')) return refuse('forbidden');
      const seeker = await ports.people.profile(personId, today());
      if (!seeker || !inScope(actor.jurisdiction, seeker.codes)) return refuse('out_of_jurisdiction');
      // The profile read once: it decided the scope and it is what is matched.
      return recommendFor(seeker, limit);
    },

    /** Ranked candidates for a posting from the registry of the officer's jurisdiction (O61-4.1 first). */
    async candidates(actor: Actor, postingId: string, limit: number): Promise<Result<Array<Match & { name: string }>>> {
      if (!can(actor, 'jobs.refer')) return refuse('forbidden');
      const row = await repo.findPosting(db.kysely, postingId);
      if (!row) return refuse('not_found');
      // Officers rank people of their own area for any open posting (a 都安 officer for 东莞 jobs), or any posting they manage.
      if (row.status !== 'open' && !mayManagePosting(actor, row).ok) return refuse('out_of_jurisdiction');
      const seekers = await ports.people.candidates(actor.jurisdiction, today(), CANDIDATE_SCAN);
      const cache = new Map<string, boolean>();
      const workers: WorkerProfile[] = [];
      for (const s of seekers) workers.push(await profileOf(s, cache));
      const names = new Map(seekers.map((s) => [s.personId, s.name]));
      return ok(rankCandidates(factsOf(row), workers, limit).map((m) => ({ ...m, name: names.get(m.personId) ?? '' })));
    },
  };
}

export type MatchService = ReturnType<typeof createMatchService>;
