/**
 * The kernel's jurisdiction layer and unit of work, on both databases. Expected answers are written
 * out by hand: which codes a prefix takes, and what a refused or unaudited write leaves behind.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { describeEachDb } from './helpers/runtime.js';
import { inScope, prefixUpperBound, scopeCondition, whereInScope } from '../src/db/scope.js';
import { ok, refuse } from '../src/core/result.js';
import { systemActor } from '../src/modules/actor.js';

describe('inScope (pure)', () => {
  it('takes codes that start with the prefix and nothing next to it', () => {
    expect(inScope('451228', ['451228100'])).toBe(true);
    expect(inScope('451228', ['451229100'])).toBe(false); // the next county of the same prefecture
    expect(inScope('451228', ['451227'])).toBe(false);
    expect(inScope('4512', ['451301'])).toBe(false); // the next prefecture of the same province
    expect(inScope('451228', [null, undefined, '441900', '451228'])).toBe(true);
    expect(inScope('451228', [null, undefined])).toBe(false);
    expect(inScope('', [null])).toBe(true);
    expect(inScope('45', ['4'])).toBe(false);
  });
  it('bounds a prefix by its last character plus one', () => {
    expect(prefixUpperBound('4512')).toBe('4513');
    expect(prefixUpperBound('4519')).toBe('451:');
    expect(prefixUpperBound('')).toBe('\u{10FFFF}');
  });
});

const codes: Array<[string, string | null, string | null]> = [
  ['a', '451228100', null], // 都安, a township
  ['b', '451228', null], // 都安, county level
  ['c', '451229100', null], // 大化, the next county
  ['d', '451202', '451228203'], // another county, employed in 都安 (second column)
  ['e', '441900003', null], // 东莞
  ['f', '452', null], // a string sorting after every 451… code
  ['g', '4519', null], // a code whose prefix ends in 9
];

describeEachDb('kernel scope in SQL', (ctx) => {
  beforeAll(async () => {
    const db = ctx().rt.services.deps.db.kysely;
    await sql`create table scope_probe (id text primary key, province text not null, home text not null, work text)`.execute(db);
    for (const [id, home, work] of codes)
      await sql`insert into scope_probe values (${id}, ${(home ?? '').slice(0, 2)}, ${home}, ${work})`.execute(db);
  });

  async function ids(jurisdiction: string, withProvince: boolean): Promise<string[]> {
    const db = ctx().rt.services.deps.db.kysely.withTables<{
      scope_probe: { id: string; province: string; home: string; work: string | null };
    }>();
    const q = whereInScope(db.selectFrom('scope_probe').select('id').orderBy('id'), jurisdiction, {
      codes: ['home', 'work'],
      province: withProvince ? 'province' : undefined,
    });
    return (await q.execute()).map((r) => r.id);
  }

  it('selects exactly the records a prefix takes, over several columns', async () => {
    expect(await ids('451228', false)).toEqual(['a', 'b', 'd']);
    expect(await ids('4512', false)).toEqual(['a', 'b', 'c', 'd']);
    expect(await ids('45', false)).toEqual(['a', 'b', 'c', 'd', 'f', 'g']);
    expect(await ids('4519', false)).toEqual(['g']);
    expect(await ids('', false)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });

  it('adds the province equality when asked (one shard)', async () => {
    expect(await ids('451228', true)).toEqual(['a', 'b', 'd']);
    expect(await ids('44', true)).toEqual(['e']);
  });

  it('works in updates', async () => {
    const db = ctx().rt.services.deps.db.kysely.withTables<{
      scope_probe: { id: string; province: string; home: string; work: string | null };
    }>();
    const r = await db
      .updateTable('scope_probe')
      .set({ province: 'xx' })
      .where((eb) => scopeCondition(eb, '451229', { codes: ['home'] }))
      .executeTakeFirst();
    expect(Number(r.numUpdatedRows)).toBe(1);
  });
});

describeEachDb('kernel unit of work', (ctx) => {
  const actor = systemActor('req-uow');
  async function settingsCount(key: string): Promise<number> {
    const db = ctx().rt.services.deps.db.kysely;
    const r = await db
      .selectFrom('settings')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('key', '=', key)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }
  async function auditCount(action: string): Promise<number> {
    const db = ctx().rt.services.deps.db.kysely;
    const r = await db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('action', '=', action)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }
  const put = (key: string) => (w: { trx: import('kysely').Transaction<import('../src/db/schema.js').Database> }) =>
    w.trx.insertInto('settings').values({ key, value: 'v', updated_at: '2026-11-29T00:00:00.000Z' }).execute();

  it('commits the change with its audit entry and queued messages', async () => {
    const { uow } = ctx().rt.services;
    const r = await uow.write(actor, async (w) => {
      await put('uow.ok')(w);
      await w.audit({ province: '00', action: 'uow.ok', entityType: 'setting', entityId: 'uow.ok' });
      w.send('test.topic', 'payload-1');
      return ok(1);
    });
    expect(r).toEqual({ ok: true, value: 1 });
    expect(await settingsCount('uow.ok')).toBe(1);
    expect(await auditCount('uow.ok')).toBe(1);
    const db = ctx().rt.services.deps.db.kysely;
    const msgs = await db.selectFrom('outbox').select('payload').where('topic', '=', 'test.topic').execute();
    expect(msgs.map((m) => m.payload)).toEqual(['payload-1']);
  });

  it('rolls back a returned refusal, a thrown refusal and a write without an audit entry', async () => {
    const { uow } = ctx().rt.services;
    const returned = await uow.write(actor, async (w) => {
      await put('uow.returned')(w);
      await w.audit({ province: '00', action: 'uow.returned', entityType: 'setting', entityId: null });
      w.send('test.topic', 'never');
      return refuse('forbidden');
    });
    expect(returned.ok ? null : returned.reason.code).toBe('forbidden');
    const thrown = await uow.write(actor, async (w) => {
      await put('uow.thrown')(w);
      await w.audit({ province: '00', action: 'uow.thrown', entityType: 'setting', entityId: null });
      return w.abort('version_conflict');
    });
    expect(thrown.ok ? null : thrown.reason.code).toBe('version_conflict');
    await expect(
      uow.write(actor, async (w) => {
        await put('uow.unaudited')(w);
        return ok(null);
      }),
    ).rejects.toThrow(/without an audit entry/);
    expect((await settingsCount('uow.returned')) + (await settingsCount('uow.thrown')) + (await settingsCount('uow.unaudited'))).toBe(0);
    expect((await auditCount('uow.returned')) + (await auditCount('uow.thrown'))).toBe(0);
    const db = ctx().rt.services.deps.db.kysely;
    expect(await db.selectFrom('outbox').select('id').where('payload', '=', 'never').execute()).toEqual([]);
  });

  it('turns a unique-key violation into the refusal mapped to its constraint, or conflict', async () => {
    const { uow } = ctx().rt.services;
    const twice = () =>
      uow.write(
        actor,
        async (w) => {
          await w.audit({ province: '00', action: 'uow.unique', entityType: 'setting', entityId: null });
          await put('uow.unique')(w);
          return ok(null);
        },
        { uniques: { settings_pkey: refuse('idempotency_conflict').reason, 'settings.key': refuse('idempotency_conflict').reason } },
      );
    expect((await twice()).ok).toBe(true);
    const second = await twice();
    expect(second.ok ? null : second.reason.code).toBe('idempotency_conflict');
    const unmapped = await uow.write(actor, async (w) => {
      await w.audit({ province: '00', action: 'uow.unique', entityType: 'setting', entityId: null });
      await put('uow.unique')(w);
      return ok(null);
    });
    expect(unmapped.ok ? null : unmapped.reason.code).toBe('conflict');
    expect(await auditCount('uow.unique')).toBe(1);
  });
});
