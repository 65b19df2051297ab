/**
 * Side effects after commit (rules of the house, 3). A use case enqueues a message in its own
 * transaction; `drain` (called by the kernel runner, and by callers that want delivery now) takes a
 * batch with a lease in one short transaction, commits, delivers each message outside any
 * transaction, then marks it done. A failure is tried again after an exponential back-off. A message
 * is delivered once: the lease keeps other servers off it while it is delivered, and it is marked
 * done before the lease runs out. Handlers are still given the message id and must be idempotent by
 * it, because a process that dies between delivering and marking done leaves the message to be
 * delivered again when its lease has run out (docs/decisions/122).
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { isoInstant } from '../../core/clock.js';
import { backoffMs, errorText } from '../kernel/index.js';
import { newRunnerId } from '../kernel/index.js';
import * as repo from './outbox.repository.js';

/** What a handler learns about the message besides its payload. */
export interface OutboxMessage {
  /** Stable for every delivery of the same message: the key of an idempotent handler. */
  id: number;
  topic: string;
  /** 1 for the first delivery, 2 for the first retry … */
  attempt: number;
}

export type OutboxHandler = (payload: string, message: OutboxMessage) => Promise<void>;

export interface OutboxOptions {
  /** Names this process in `claimed_by`. */
  runnerId?: string;
  /** How long a claimed message is kept from other runners (default 5 minutes). */
  leaseMs?: number;
  /** Longest a delivery may take before it counts as failed (default 60 s; must stay below the lease). */
  deliveryTimeoutMs?: number;
}

const MAX_ATTEMPTS = 8;
const BATCH = 50;
const BACKOFF_BASE_MS = 10_000;
const BACKOFF_CAP_MS = 3_600_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  // A delivery that outlives its timeout counts as failed; should it fail later still, that is ignored.
  work.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`delivery took longer than ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export function createOutboxService(deps: Deps, options: OutboxOptions = {}) {
  const { db, clock } = deps;
  const runner = options.runnerId ?? newRunnerId();
  const leaseMs = options.leaseMs ?? 300_000;
  const timeoutMs = Math.min(options.deliveryTimeoutMs ?? 60_000, Math.floor(leaseMs / 2));
  const handlers = new Map<string, OutboxHandler>();
  let draining: Promise<number> | null = null;

  async function deliver(m: repo.ClaimedMessage): Promise<boolean> {
    try {
      const handler = handlers.get(m.topic);
      if (!handler) throw new Error(`no handler for outbox topic ${m.topic}`);
      await withTimeout(handler(m.payload, { id: m.id, topic: m.topic, attempt: m.attempts }), timeoutMs);
    } catch (err) {
      const next = isoInstant(new Date(clock.now().getTime() + backoffMs(m.attempts, BACKOFF_BASE_MS, BACKOFF_CAP_MS)));
      await repo.markFailed(db.kysely, m.id, runner, next, errorText(err));
      return false;
    }
    // False only when the lease was lost (a delivery slower than the lease): the other runner marks it.
    return repo.markDone(db.kysely, m.id, runner, isoInstant(clock.now()));
  }

  async function drainOnce(): Promise<number> {
    let delivered = 0;
    for (;;) {
      const now = clock.now();
      const batch = await db.kysely.transaction().execute((trx) =>
        repo.claimBatch(trx, db.dialect, {
          now: isoInstant(now),
          leaseUntil: isoInstant(new Date(now.getTime() + leaseMs)),
          runner,
          limit: BATCH,
          maxAttempts: MAX_ATTEMPTS,
        }),
      );
      for (const m of batch) if (await deliver(m)) delivered++;
      if (batch.length < BATCH) return delivered;
    }
  }

  return {
    /** Registers the handler of a topic (e.g. 'sms'). */
    on(topic: string, handler: OutboxHandler): void {
      handlers.set(topic, handler);
    },
    /** Adds a message inside the caller's transaction: it exists exactly when that transaction commits. */
    enqueue: (trx: Transaction<Database>, topic: string, payload: string) => repo.enqueue(trx, topic, payload, isoInstant(clock.now())),
    /** Delivers what is deliverable now; concurrent calls in one process share one run. Returns how many were delivered. */
    drain(): Promise<number> {
      if (!draining)
        draining = drainOnce().finally(() => {
          draining = null;
        });
      return draining;
    },
  };
}

export type OutboxService = ReturnType<typeof createOutboxService>;
