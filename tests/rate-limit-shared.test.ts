import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { buildApp, type App } from '../src/http/app.js';
import type { LogSettings } from '../src/http/log-redact.js';
import { openPostgres, openSqlite, type DialectName } from '../src/db/database.js';
import { openRuntime } from '../src/runtime.js';
import type { Config } from '../src/config.js';
import { availableDialects, openTestRuntime, pgUrl, type TestRuntime } from './helpers/runtime.js';
import { userSession } from './helpers/session.js';

/**
 * Rate limits are counted once for all app servers (issue 8, point 1): two servers over one
 * PostgreSQL database, or beside one Redis, share one sign-in budget (20 tries a minute of one
 * username from one address) and one per-account request budget, where each used to count alone
 * and so allowed twice as many. The limits come from the routes (20 a minute) and the setting
 * (WUGONG_RATE_LIMIT, set to 10 here); the windows run on the runtime's clock.
 */
const redisUrl = process.env.TEST_REDIS_URL;

interface Servers {
  rt: TestRuntime;
  apps: [App, App];
  close(): Promise<void>;
}

/** Two app servers, each with its own runtime (pool, services, limiter) over one database. */
async function twoServers(dialect: DialectName, overrides: Partial<Config> = {}, logger?: LogSettings): Promise<Servers> {
  const rt = await openTestRuntime(dialect, overrides);
  const db = rt.schema && pgUrl ? openPostgres(pgUrl, { searchPath: rt.schema, max: 4 }) : openSqlite(rt.config.sqliteFile);
  const other = await openRuntime(rt.config, { db, clock: rt.clock });
  const apps: [App, App] = [
    await buildApp({ services: rt.services, config: rt.config, logger }),
    await buildApp({ services: other.services, config: other.config, logger }),
  ];
  return {
    rt,
    apps,
    async close() {
      for (const app of apps) await app.close();
      await other.close();
      await rt.close();
    },
  };
}

const tryLogin = (app: App, username: string, remoteAddress = '10.7.7.7') =>
  app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: 'wrong-password' }, remoteAddress });

/** Tries one username 21 times from one address, alternating between the servers. */
async function alternateTries(apps: [App, App], username: string): Promise<{ statuses: number[]; lastCode: unknown }> {
  const statuses: number[] = [];
  let lastCode: unknown;
  for (let i = 0; i < 21; i++) {
    const r = await tryLogin(apps[i % 2]!, username);
    statuses.push(r.statusCode);
    lastCode = r.json<{ code?: unknown }>().code;
  }
  return { statuses, lastCode };
}

/** The sign-in and per-account budgets shared by both servers. */
function sharedBudgets(servers: () => Servers) {
  it('holds the 21st try of one username from one address, alternating between two servers', async () => {
    const { statuses, lastCode } = await alternateTries(servers().apps, 'shared_budget');
    expect(statuses.slice(0, 20)).toEqual(Array.from({ length: 20 }, () => 401));
    expect(statuses[20]).toBe(429);
    expect(lastCode).toBe('rate_limited');
  });

  it('holds the 11th request of one account across two servers (limit 10 a minute)', async () => {
    const { rt, apps } = servers();
    const { headers } = await userSession(apps[0], rt, 'township_officer', '451228100');
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await apps[i % 2]!.inject({ method: 'GET', url: '/api/v1/auth/me', headers })).statusCode);
    expect(statuses.slice(0, 10)).toEqual(Array.from({ length: 10 }, () => 200));
    expect(statuses[10]).toBe(429);
  });

  it('lets the username try again on both servers once the minute is over', async () => {
    const { rt, apps } = servers();
    const { statuses } = await alternateTries(apps, 'next_minute');
    expect(statuses[20]).toBe(429);
    rt.clock.advance(60_000);
    expect((await tryLogin(apps[1], 'next_minute')).statusCode).toBe(401);
    expect((await tryLogin(apps[0], 'next_minute')).statusCode).toBe(401);
  });
}

function suite(name: string, dialect: DialectName, overrides: Partial<Config>) {
  describe(name, () => {
    let current: Servers | undefined;
    beforeAll(async () => {
      current = await twoServers(dialect, { rateLimitPerMinute: 10, ...overrides });
    });
    afterAll(async () => {
      await current?.close();
    });
    sharedBudgets(() => {
      if (!current) throw new Error('servers not ready');
      return current;
    });
  });
}

if (availableDialects().includes('postgres')) {
  suite('rate limits shared through PostgreSQL', 'postgres', {});
}

if (redisUrl) {
  // Each suite its own keys: both run on the same clock, and this run's keys alone are deleted.
  const prefix = `wugong-test:${crypto.randomBytes(4).toString('hex')}:`;
  for (const dialect of availableDialects()) {
    suite(`rate limits shared through Redis [${dialect}]`, dialect, { redisUrl, redisPrefix: `${prefix}${dialect}:` });
  }
  afterAll(async () => {
    const redis = new Redis(redisUrl);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });
}

describe('rate limits with Redis unreachable [sqlite]', () => {
  let current: Servers | undefined;
  const lines: string[] = [];
  beforeAll(async () => {
    // Nothing listens on port 1: every count fails at once.
    const logger = { level: 'warn', stream: { write: (line: string) => void lines.push(line) } };
    current = await twoServers('sqlite', { redisUrl: 'redis://127.0.0.1:1/5', redisPrefix: 'wugong-down:' }, logger);
  });
  afterAll(async () => {
    await current?.close();
  });

  it('answers every try (no 500) and each server still holds the 21st try it counted itself', async () => {
    const app = current!.apps[0];
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await tryLogin(app, 'redis_down')).statusCode);
    expect(statuses.slice(0, 20)).toEqual(Array.from({ length: 20 }, () => 401));
    expect(statuses[20]).toBe(429);
    // Said once per server when the store started failing, not on every request.
    expect(lines.filter((l) => l.includes('rate-limit store unreachable'))).toHaveLength(2);
  });
});

describe('single server on SQLite without Redis', () => {
  let current: Servers | undefined;
  beforeAll(async () => {
    current = await twoServers('sqlite');
  });
  afterAll(async () => {
    await current?.close();
  });

  it('counts in the process, as before: each server holds the 21st try it counted itself', async () => {
    const [one, two] = current!.apps;
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await tryLogin(one, 'alone')).statusCode);
    expect(statuses[19]).toBe(401);
    expect(statuses[20]).toBe(429);
    // The other process has its own count (one server is the SQLite deployment).
    expect((await tryLogin(two, 'alone')).statusCode).toBe(401);
  });
});
