/**
 * The one way a use case writes (rules of the house, 3 and 9): `write` opens the transaction, hands
 * the work a recorder for its audit entry and an outbox for its side effects, and commits only when
 * the work returns `ok` AND recorded at least one audit entry (a write without one is a bug and rolls
 * back). A refusal returned or thrown (RefusalError) rolls everything back and comes back as a value;
 * a unique-key violation becomes the refusal mapped to its constraint, or `conflict`. Outbox messages
 * are inserted in the same transaction and delivery is started after commit.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Db } from '../../db/database.js';
import type { Actor } from '../actor.js';
import type { AuditInput } from '../audit/index.js';
import { refuse, RefusalError, type Refusal, type Result } from '../../core/result.js';
import type { ErrorCode } from '../../core/errors.js';

/** What a unit of work may do inside its transaction. */
export interface Work {
  readonly trx: Transaction<Database>;
  /** Appends the audit entry of this write (at least one is required for a commit). */
  audit(input: AuditInput): Promise<void>;
  /** Queues a side effect, delivered after commit by the outbox runner. */
  send(topic: string, payload: string): void;
  /** Aborts the whole write with a refusal (same as returning it). */
  abort(code: ErrorCode, extra?: { zh?: string; en?: string }): never;
}

/** The parts of the audit and outbox services a unit of work needs (ports, so tests can see them). */
export interface UnitPorts {
  record(trx: Transaction<Database>, actor: Actor, input: AuditInput): Promise<void>;
  enqueue(trx: Transaction<Database>, topic: string, payload: string): Promise<void>;
  /** Starts delivery of committed messages (must not throw). */
  afterCommit(): void;
  /**
   * A cache kept beside the database (the session cache, decision 234): `mark` before the
   * transaction, `settle` after its commit, so a change written inside is not kept from a read
   * that ran between the write and the commit.
   */
  cacheGuard?: { mark(): number; settle(mark: number): void };
}

/**
 * Maps a unique constraint to the refusal it means. The key is the constraint or index name
 * (PostgreSQL reports it) or the "table.column" list SQLite prints ("UNIQUE constraint failed: …");
 * the key `*` answers for any other unique constraint (default: `conflict`).
 */
export type UniqueRefusals = Readonly<Record<string, Refusal>>;

export interface WriteOptions {
  uniques?: UniqueRefusals;
}

export interface UnitOfWork {
  write<T>(actor: Actor, work: (w: Work) => Promise<Result<T>>, options?: WriteOptions): Promise<Result<T>>;
}

/** The unique constraint a driver error reports, or null when the error is something else. */
export function uniqueViolation(err: unknown): { constraint: string | null; message: string } | null {
  if (typeof err !== 'object' || err === null) return null;
  const code = 'code' in err ? err.code : undefined;
  const message = 'message' in err && typeof err.message === 'string' ? err.message : '';
  if (code === '23505') {
    const constraint = 'constraint' in err && typeof err.constraint === 'string' ? err.constraint : null;
    return { constraint, message };
  }
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return { constraint: null, message };
  return null;
}

function refusalForUnique(v: { constraint: string | null; message: string }, uniques: UniqueRefusals | undefined): Refusal {
  for (const [key, refusal] of Object.entries(uniques ?? {})) {
    if (key !== '*' && (v.constraint === key || v.message.includes(key))) return refusal;
  }
  return uniques?.['*'] ?? refuse('conflict').reason;
}

class NoAuditError extends Error {
  constructor() {
    super('a unit of work tried to commit without an audit entry');
  }
}

export function createUnitOfWork(db: Db, ports: UnitPorts): UnitOfWork {
  return {
    async write<T>(actor: Actor, work: (w: Work) => Promise<Result<T>>, options: WriteOptions = {}): Promise<Result<T>> {
      let sent = 0;
      const mark = ports.cacheGuard?.mark();
      try {
        const value = await db.kysely.transaction().execute(async (trx) => {
          let audited = 0;
          const outbox: Array<[string, string]> = [];
          const w: Work = {
            trx,
            audit: async (input) => {
              await ports.record(trx, actor, input);
              audited++;
            },
            send: (topic, payload) => {
              outbox.push([topic, payload]);
            },
            abort: (code, extra) => {
              throw new RefusalError(refuse(code, extra).reason);
            },
          };
          const result = await work(w);
          if (!result.ok) throw new RefusalError(result.reason);
          if (audited === 0) throw new NoAuditError();
          for (const [topic, payload] of outbox) await ports.enqueue(trx, topic, payload);
          sent = outbox.length;
          return result.value;
        });
        if (mark !== undefined) ports.cacheGuard?.settle(mark);
        if (sent > 0) ports.afterCommit();
        return { ok: true, value };
      } catch (err) {
        if (err instanceof RefusalError) return { ok: false, reason: err.reason };
        const unique = uniqueViolation(err);
        if (unique) return { ok: false, reason: refusalForUnique(unique, options.uniques) };
        throw err;
      }
    },
  };
}
