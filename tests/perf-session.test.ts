/**
 * Issue 8: the session and its user are read in one statement per request (on SQLite a statement
 * prepared once) and kept at most a second (decision 234): a change made through this server holds
 * from its next request, a change made elsewhere (another app server, a repair in the database)
 * once the kept read is a second old. A read while another request's transaction is open waits
 * for it and never sees an uncommitted change. Kysely's statements are reused across queries.
 */
import { describe, expect, it } from 'vitest';
import { describeEachDb, openTestRuntime } from './helpers/runtime.js';
import { userSession } from './helpers/session.js';

describeEachDb('the session read on every request', (ctx, dialect) => {
  it('a change made elsewhere holds once the kept read is a second old, and not a millisecond later', async () => {
    const { app, rt } = ctx();
    const { headers, userId } = await userSession(app, rt, 'county_officer', '451228');
    const me = async () => app.inject({ method: 'GET', url: '/api/v1/auth/me', headers });
    const first = await me();
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ user: { jurisdiction: '451228' } });
    // Written straight into the database, as another app server (or a repair) would.
    await rt.db.kysely.updateTable('users').set({ jurisdiction: '451221' }).where('id', '=', userId).execute();
    rt.clock.advance(999);
    expect((await me()).json()).toMatchObject({ user: { jurisdiction: '451228' } });
    rt.clock.advance(1);
    expect((await me()).json()).toMatchObject({ user: { jurisdiction: '451221' } });
    await rt.db.kysely.updateTable('sessions').set({ revoked_at: '2026-11-28T01:59:59.000Z' }).where('user_id', '=', userId).execute();
    rt.clock.advance(1000);
    expect((await me()).statusCode).toBe(401);
  });

  it('a change made through this server holds from its next request', async () => {
    const { app, rt } = ctx();
    const admin = await userSession(app, rt, 'admin', '');
    const { headers, userId } = await userSession(app, rt, 'county_officer', '451228');
    const me = async () => app.inject({ method: 'GET', url: '/api/v1/auth/me', headers });
    expect((await me()).statusCode).toBe(200);
    const ended = await app.inject({ method: 'POST', url: `/api/v1/users/${userId}/revoke-sessions`, headers: admin.headers });
    expect(ended.statusCode).toBe(200);
    expect((await me()).statusCode).toBe(401);
  });

  it('a read during another transaction sees only what that transaction committed', async () => {
    const { app, rt } = ctx();
    const { headers, userId } = await userSession(app, rt, 'county_officer', '451228');
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    let started: () => void = () => {};
    const inside = new Promise<void>((r) => (started = r));
    const rolledBack = rt.db.kysely
      .transaction()
      .execute(async (trx) => {
        await trx.updateTable('users').set({ disabled: 1 }).where('id', '=', userId).execute();
        started();
        await held;
        throw new Error('roll back');
      })
      .catch((e: unknown) => e);
    await inside;
    const during = app.inject({ method: 'GET', url: '/api/v1/auth/me', headers });
    // Let the request run as far as it can while the transaction is open, then roll it back.
    await new Promise((r) => setTimeout(r, 50));
    release();
    expect(await rolledBack).toBeInstanceOf(Error);
    expect((await during).statusCode).toBe(200);
    if (dialect === 'sqlite') expect(rt.db.sqlite?.inTransaction).toBe(false);
  });
});

describe('statements reused by the SQLite driver', () => {
  it('answers the same SQL text with new values, and after the schema changed', async () => {
    const rt = await openTestRuntime('sqlite');
    try {
      const name = (id: string) => rt.db.kysely.selectFrom('users').select('username').where('id', '=', id).executeTakeFirst();
      await rt.db.kysely.insertInto('settings').values({ key: 'perf.a', value: '"1"', updated_at: '2026-11-28T02:00:00.000Z' }).execute();
      const read = (key: string) => rt.db.kysely.selectFrom('settings').selectAll().where('key', '=', key).executeTakeFirst();
      expect(await read('perf.a')).toMatchObject({ value: '"1"' });
      expect(await read('perf.b')).toBeUndefined();
      expect(await name('no-such-user')).toBeUndefined();
      await rt.db.kysely.schema.alterTable('settings').addColumn('perf_note', 'text').execute();
      // `select *` prepared before the change returns the new column too.
      expect(await read('perf.a')).toMatchObject({ value: '"1"', perf_note: null });
    } finally {
      await rt.close();
    }
  });
});
