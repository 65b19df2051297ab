/**
 * API token edges (issue 6, point 9), each guarding a line a mutant removed unnoticed: what the audit
 * log says when a token is made and when it expires; an expired token refused twice at the same moment
 * audited once; the sweep of tokens that expired unseen counting what it recorded; a token minted over
 * a session that ended, or for an account disabled, after the request was let in.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb, type TestRuntime } from './helpers/runtime.js';
import { systemActor } from '../src/modules/actor.js';

const PASSWORD = 'Passw0rd-tokens-1';
const T0 = '2026-11-28T02:00:00.000Z';
const meta = { ip: null, userAgent: null, requestId: null };

async function account(rt: TestRuntime, username: string): Promise<string> {
  const r = await rt.services.users.create(systemActor(), {
    username,
    displayName: username,
    role: 'county_officer',
    jurisdiction: '451228',
    password: PASSWORD,
  });
  if (!r.ok) throw new Error(`could not create ${username}: ${r.reason.code}`);
  return r.value.user.id;
}

/** Signs in through the service and returns the session's actor and credential. */
async function session(rt: TestRuntime, username: string) {
  const r = await rt.services.auth.login(username, PASSWORD, meta);
  if (!r.ok) throw new Error(r.reason.code);
  const s = await rt.services.auth.fromSession(r.value.token, null);
  if (!s) throw new Error('no session');
  return { token: r.value.token, actor: s.actor, credential: { kind: 'session' as const, sessionId: s.sessionId } };
}

describeEachDb('API token edges', (ctx) => {
  const id: Record<string, string> = {};
  beforeAll(async () => {
    const { rt } = ctx();
    rt.clock.set(T0);
    for (const name of ['tok_audit', 'tok_sweep', 'tok_ended', 'tok_disabled']) id[name] = await account(rt, name);
  });

  it('audits a new token with its name, reach and expiry, and its expiry with owner, name and date, once even when refused twice at once', async () => {
    const { rt } = ctx();
    rt.clock.set(T0);
    const s = await session(rt, 'tok_audit');
    const made = await rt.services.auth.createToken(s.actor, s.credential, {
      name: '报表同步',
      jurisdiction: '451228100',
      expiresAt: '2026-11-29T02:00:00.000Z',
    });
    if (!made.ok) throw new Error(made.reason.code);
    const created = (await rt.services.audit.history('api_token', made.value.id)).filter((e) => e.action === 'token.created');
    expect(created.map((e) => e.details)).toEqual([{ name: '报表同步', jurisdiction: '451228100', expiresAt: '2026-11-29T02:00:00.000Z' }]);

    rt.clock.set('2026-11-29T02:00:00.000Z');
    const both = await Promise.all([
      rt.services.auth.fromApiToken(made.value.token, null),
      rt.services.auth.fromApiToken(made.value.token, null),
    ]);
    expect(both).toEqual([null, null]);
    const expired = (await rt.services.audit.history('api_token', made.value.id)).filter((e) => e.action === 'token.expired');
    expect(expired.map((e) => e.details)).toEqual([{ owner: id.tok_audit, name: '报表同步', expiresAt: '2026-11-29T02:00:00.000Z' }]);
    rt.clock.set(T0);
  });

  it('the sweep records each token that expired unseen once and says how many', async () => {
    const { rt } = ctx();
    rt.clock.set(T0);
    const s = await session(rt, 'tok_sweep');
    const ids: string[] = [];
    for (const name of ['一', '二']) {
      const r = await rt.services.auth.createToken(s.actor, s.credential, {
        name,
        jurisdiction: '451228',
        expiresAt: '2026-11-28T03:00:00.000Z',
      });
      if (!r.ok) throw new Error(r.reason.code);
      ids.push(r.value.id);
    }
    const later = await rt.services.auth.createToken(s.actor, s.credential, {
      name: '三',
      jurisdiction: '451228',
      expiresAt: '2026-11-28T05:00:00.000Z',
    });
    if (!later.ok) throw new Error(later.reason.code);
    rt.clock.set('2026-11-28T04:00:00.000Z');
    // Other tests' tokens may have expired too: count only this account's.
    const mine = async () => {
      const out: string[] = [];
      for (const t of [...ids, later.value.id])
        if ((await rt.services.audit.history('api_token', t)).some((e) => e.action === 'token.expired')) out.push(t);
      return out;
    };
    const first = await rt.services.auth.sweepExpiredTokens();
    expect(first).toBeGreaterThanOrEqual(2);
    expect((await mine()).sort()).toEqual([...ids].sort());
    expect(await rt.services.auth.sweepExpiredTokens()).toBe(0);
    rt.clock.set(T0);
  });

  it('refuses a token minted over a session that ended, or for an account disabled, after the request was let in', async () => {
    const { rt } = ctx();
    rt.clock.set(T0);
    const ended = await session(rt, 'tok_ended');
    await rt.services.auth.logout(ended.token);
    const afterLogout = await rt.services.auth.createToken(ended.actor, ended.credential, {
      name: 'late',
      jurisdiction: '451228',
      expiresAt: null,
    });
    expect(afterLogout.ok ? 'ok' : afterLogout.reason.code).toBe('unauthenticated');

    const disabled = await session(rt, 'tok_disabled');
    const off = await rt.services.users.setDisabled(systemActor(), String(id.tok_disabled), true);
    expect(off.ok).toBe(true);
    const direct = await rt.services.auth.createToken(
      disabled.actor,
      { kind: 'direct' },
      { name: 'late', jurisdiction: '451228', expiresAt: null },
    );
    expect(direct.ok ? 'ok' : direct.reason.code).toBe('unauthenticated');
    expect(await rt.services.auth.listTokens(disabled.actor)).toEqual([]);
  });
});
