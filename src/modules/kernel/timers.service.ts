/**
 * Timers: "do this at that moment" kept in the database, so a timer survives restarts and any app
 * server may fire it. A use case schedules a timer inside its own transaction (it exists exactly
 * when the use case commits); the kernel runner claims due timers with a lease, then runs each
 * handler in a transaction that also marks the timer fired, guarded so that only one transaction
 * can: a timer's database work happens once. A handler that fails is rolled back and tried again
 * after an exponential back-off; after MAX_ATTEMPTS tries the timer is parked with its last error.
 * Handlers change the database only; anything outside it (an SMS) goes through the outbox from
 * inside the handler's transaction (docs/decisions/121).
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { systemActor, type Actor } from '../actor.js';
import type { AuditInput } from '../audit/index.js';
import { isoInstant } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { newRunnerId } from './runner.js';
import { backoffMs, errorText } from './backoff.js';
import * as repo from './timers.repository.js';

/** A timer as handlers and callers see it. */
export interface Timer {
  id: string;
  kind: string;
  subjectId: string;
  dueAt: string;
  payload: unknown;
  /** Tries started, this one included. */
  attempts: number;
  firedAt: string | null;
  cancelledAt: string | null;
  lastError: string | null;
}

/** What a handler may do in the transaction that marks its timer fired (the actor is `timer:<kind>`). */
export interface TimerWork {
  readonly trx: Transaction<Database>;
  readonly actor: Actor;
  /** Appends an audit entry in the same transaction. */
  audit(input: AuditInput): Promise<void>;
  /** Enqueues an outbox message in the same transaction (delivered after commit). */
  send(topic: string, payload: string): Promise<void>;
}

/**
 * Runs a due timer inside the transaction that marks it fired; a throw rolls both back. All its
 * database work goes through `w.trx` (opening another transaction would wait for this one on SQLite).
 */
export type TimerHandler = (w: TimerWork, timer: Timer) => Promise<void>;

/** The audit recorder and the outbox, as the timers need them. */
export interface TimerPorts {
  record(trx: Transaction<Database>, actor: Actor, input: AuditInput): Promise<void>;
  enqueue(trx: Transaction<Database>, topic: string, payload: string): Promise<void>;
}

export interface TimersOptions {
  runnerId?: string;
  /** How long a claimed timer is kept from other runners (default 5 minutes). */
  leaseMs?: number;
}

/** Tries before a timer is parked (kept, with its last error, for an administrator to look at). */
export const MAX_TIMER_ATTEMPTS = 10;
const BATCH = 50;
const BACKOFF_BASE_MS = 30_000;
const BACKOFF_CAP_MS = 3_600_000;

function toTimer(r: repo.TimerRecord): Timer {
  return {
    id: r.id,
    kind: r.kind,
    subjectId: r.subject_id,
    dueAt: r.due_at,
    payload: JSON.parse(r.payload),
    attempts: r.attempts,
    firedAt: r.fired_at,
    cancelledAt: r.cancelled_at,
    lastError: r.last_error,
  };
}

export function createTimersService(deps: Deps, ports: TimerPorts, options: TimersOptions = {}) {
  const { db, clock } = deps;
  const runner = options.runnerId ?? newRunnerId();
  const leaseMs = options.leaseMs ?? 300_000;
  const handlers = new Map<string, TimerHandler>();
  let running: Promise<{ fired: number; failed: number }> | null = null;

  async function fire(row: repo.TimerRecord): Promise<boolean> {
    const handler = handlers.get(row.kind);
    try {
      if (!handler) throw new Error(`no handler for timer kind ${row.kind}`);
      const timer = toTimer(row);
      return await db.kysely.transaction().execute(async (trx) => {
        if (!(await repo.markFired(trx, row.id, runner, isoInstant(clock.now())))) return false;
        const actor = systemActor(`timer:${row.kind}`);
        await handler(
          {
            trx,
            actor,
            audit: (input) => ports.record(trx, actor, input),
            send: (topic, payload) => ports.enqueue(trx, topic, payload),
          },
          timer,
        );
        return true;
      });
    } catch (err) {
      const retryAt = isoInstant(new Date(clock.now().getTime() + backoffMs(row.attempts, BACKOFF_BASE_MS, BACKOFF_CAP_MS)));
      await repo.markFailed(db.kysely, row.id, runner, retryAt, errorText(err));
      throw err;
    }
  }

  async function runOnce(): Promise<{ fired: number; failed: number }> {
    let fired = 0;
    let failed = 0;
    for (;;) {
      const now = clock.now();
      const batch = await db.kysely.transaction().execute((trx) =>
        repo.claimDue(trx, db.dialect, {
          now: isoInstant(now),
          leaseUntil: isoInstant(new Date(now.getTime() + leaseMs)),
          runner,
          limit: BATCH,
          maxAttempts: MAX_TIMER_ATTEMPTS,
        }),
      );
      for (const row of batch) {
        try {
          if (await fire(row)) fired++;
        } catch {
          failed++;
        }
      }
      if (batch.length < BATCH) return { fired, failed };
    }
  }

  return {
    /** Registers the handler of a kind (one per kind; a later registration replaces it). */
    on(kind: string, handler: TimerHandler): void {
      handlers.set(kind, handler);
    },

    /**
     * Schedules a timer inside the caller's transaction. The payload is JSON with ids and
     * non-personal values only (it is stored in plaintext). Returns the timer's id.
     */
    async schedule(
      trx: Transaction<Database>,
      kind: string,
      subjectId: string,
      dueAt: Date | string,
      payload: unknown = {},
    ): Promise<string> {
      const due = typeof dueAt === 'string' ? new Date(dueAt) : dueAt;
      if (Number.isNaN(due.getTime())) throw new Error(`timer ${kind}: due time is not an instant: ${String(dueAt)}`);
      const id = newId();
      await repo.insertTimer(trx, {
        id,
        kind,
        subject_id: subjectId,
        due_at: isoInstant(due),
        payload: JSON.stringify(payload ?? {}),
        created_at: isoInstant(clock.now()),
        fired_at: null,
        cancelled_at: null,
        attempts: 0,
        last_error: null,
        locked_until: null,
        claimed_by: null,
      });
      return id;
    },

    /**
     * Schedules the timer with this key unless it was scheduled before (by this or another server):
     * the way to start a recurring chain exactly once. Returns true when this call scheduled it.
     */
    async ensure(
      trx: Transaction<Database>,
      key: string,
      kind: string,
      subjectId: string,
      dueAt: Date,
      payload: unknown = {},
    ): Promise<boolean> {
      return repo.insertTimerOnce(trx, {
        id: key,
        kind,
        subject_id: subjectId,
        due_at: isoInstant(dueAt),
        payload: JSON.stringify(payload ?? {}),
        created_at: isoInstant(clock.now()),
        fired_at: null,
        cancelled_at: null,
        attempts: 0,
        last_error: null,
        locked_until: null,
        claimed_by: null,
      });
    },

    /** Cancels the subject's waiting timers (of one kind, or every kind) inside the caller's transaction. */
    cancel: (trx: Transaction<Database>, subjectId: string, kind?: string) =>
      repo.cancelBySubject(trx, subjectId, kind, isoInstant(clock.now())),

    /** Fires every timer due now; concurrent calls in one process share one run. */
    runDue(): Promise<{ fired: number; failed: number }> {
      if (!running)
        running = runOnce().finally(() => {
          running = null;
        });
      return running;
    },

    /** Every timer of a subject, fired, cancelled or waiting. */
    async of(subjectId: string): Promise<Timer[]> {
      return (await repo.timersOf(db.kysely, subjectId)).map(toTimer);
    },
  };
}

export type TimersService = ReturnType<typeof createTimersService>;
