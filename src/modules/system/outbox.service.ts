/**
 * Side effects after commit (rules of the house, 3): a use case enqueues a message in its own
 * transaction; `drain` delivers pending messages afterwards. Handlers must be idempotent, because a
 * crash between delivery and marking done delivers again.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { isoInstant } from '../../core/clock.js';
import * as repo from './outbox.repository.js';

export type OutboxHandler = (payload: string) => Promise<void>;

const MAX_ATTEMPTS = 8;

export function createOutboxService(deps: Deps) {
  const { db, clock } = deps;
  const handlers = new Map<string, OutboxHandler>();
  let draining: Promise<number> | null = null;

  async function drainOnce(): Promise<number> {
    let delivered = 0;
    for (;;) {
      const done = await db.kysely.transaction().execute(async (trx) => {
        const rows = await repo.takePending(trx, db.dialect, 50, MAX_ATTEMPTS);
        for (const row of rows) {
          const handler = handlers.get(row.topic);
          try {
            if (!handler) throw new Error(`no handler for outbox topic ${row.topic}`);
            await handler(row.payload);
            await repo.markDone(trx, row.id, isoInstant(clock.now()));
            delivered++;
          } catch {
            await repo.markFailed(trx, row.id, row.attempts + 1);
          }
        }
        return rows.length;
      });
      if (done < 50) return delivered;
    }
  }

  return {
    /** Registers the handler of a topic (e.g. 'sms'). */
    on(topic: string, handler: OutboxHandler): void {
      handlers.set(topic, handler);
    },
    /** Adds a message inside the caller's transaction. */
    enqueue: (trx: Transaction<Database>, topic: string, payload: string) => repo.enqueue(trx, topic, payload, isoInstant(clock.now())),
    /** Delivers pending messages; concurrent calls share one run. Returns how many were delivered. */
    drain(): Promise<number> {
      if (!draining) draining = drainOnce().finally(() => { draining = null; });
      return draining;
    },
  };
}

export type OutboxService = ReturnType<typeof createOutboxService>;
