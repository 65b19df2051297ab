/**
 * The unit of work's edges that `kernel-scope-uow.test.ts` does not reach (the survivors of the
 * kernel-db mutation run): which driver errors count as a unique violation, which of several mapped
 * keys answers, delivery started only after a commit that queued messages, and the session-cache
 * guard settled only after a commit.
 */
import { expect, it } from 'vitest';
import type { Transaction } from 'kysely';
import { describeEachDb } from './helpers/runtime.js';
import { ok, refuse } from '../src/core/result.js';
import { systemActor } from '../src/modules/actor.js';
import type { Database } from '../src/db/schema.js';
import { createUnitOfWork, uniqueViolation, type Work } from '../src/modules/kernel/index.js';

const actor = systemActor('req-uow-edges');

it('reads a unique violation from PostgreSQL and SQLite errors, and nothing else', () => {
  expect(uniqueViolation(null)).toBeNull();
  expect(uniqueViolation('23505')).toBeNull();
  expect(uniqueViolation(new Error('UNIQUE constraint failed: settings.key'))).toBeNull();
  expect(uniqueViolation({ code: '23505', constraint: 'settings_pkey', message: 'duplicate key' })).toEqual({
    constraint: 'settings_pkey',
    message: 'duplicate key',
  });
  expect(uniqueViolation({ code: '23505' })).toEqual({ constraint: null, message: '' });
  expect(uniqueViolation({ code: '23505', constraint: 7, message: 8 })).toEqual({ constraint: null, message: '' });
  for (const code of ['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY'])
    expect(uniqueViolation({ code, message: 'UNIQUE constraint failed: settings.key' })).toEqual({
      constraint: null,
      message: 'UNIQUE constraint failed: settings.key',
    });
  expect(uniqueViolation({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY', message: 'FOREIGN KEY constraint failed' })).toBeNull();
  expect(uniqueViolation({ code: '23503', constraint: 'fk', message: 'foreign key' })).toBeNull();
});

describeEachDb('kernel unit of work: edges', (ctx) => {
  const put = (key: string) => (w: Work) =>
    w.trx.insertInto('settings').values({ key, value: 'v', updated_at: '2026-11-29T00:00:00.000Z' }).execute();
  const audited = (w: Work) => w.audit({ province: '00', action: 'uow.edge', entityType: 'setting', entityId: null });

  it('answers with the refusal of the key that was violated, else the one for any key', async () => {
    const { uow } = ctx().rt.services;
    const write = (key: string, uniques: Record<string, ReturnType<typeof refuse>['reason']>) =>
      uow.write(
        actor,
        async (w) => {
          await audited(w);
          await put(key)(w);
          return ok(null);
        },
        { uniques },
      );
    expect((await write('uow.edge', {})).ok).toBe(true);
    const mapped = await write('uow.edge', {
      other_key: refuse('forbidden').reason,
      settings_pkey: refuse('idempotency_conflict').reason,
      'settings.key': refuse('idempotency_conflict').reason,
      '*': refuse('version_conflict').reason,
    });
    expect(mapped.ok ? null : mapped.reason.code).toBe('idempotency_conflict');
    const fallback = await write('uow.edge', { other_key: refuse('forbidden').reason, '*': refuse('version_conflict').reason });
    expect(fallback.ok ? null : fallback.reason.code).toBe('version_conflict');
  });

  it('starts delivery after a commit that queued messages, and settles the cache guard only after a commit', async () => {
    const { rt } = ctx();
    const calls: string[] = [];
    let next = 0;
    const uow = createUnitOfWork(rt.db, {
      record: (trx: Transaction<Database>, a, input) => rt.services.audit.record(trx, a, input),
      enqueue: (_trx, topic, payload) => {
        calls.push(`enqueue ${topic} ${payload}`);
        return Promise.resolve();
      },
      afterCommit: () => calls.push('afterCommit'),
      cacheGuard: {
        mark: () => {
          next++;
          calls.push(`mark ${next}`);
          return next;
        },
        settle: (m) => calls.push(`settle ${m}`),
      },
    });
    await uow.write(actor, async (w) => {
      await audited(w);
      return ok(1);
    });
    expect(calls).toEqual(['mark 1', 'settle 1']);
    calls.length = 0;
    await uow.write(actor, async (w) => {
      await audited(w);
      w.send('t', 'p');
      return ok(1);
    });
    expect(calls).toEqual(['mark 2', 'enqueue t p', 'settle 2', 'afterCommit']);
    calls.length = 0;
    const refused = await uow.write(actor, async (w) => {
      await audited(w);
      w.send('t', 'never');
      return refuse('forbidden');
    });
    expect(refused.ok).toBe(false);
    expect(calls).toEqual(['mark 3']);
  });
});
