/**
 * The rate limiter and where it counts (decision 231): with `WUGONG_REDIS_URL` in Redis, else on
 * PostgreSQL in the database (table rate_limit_hits), so that every app server counts against one
 * budget; on SQLite (one server) in the process, as the plugin does by default. When the shared
 * count fails (Redis down), each server counts in its own process until it answers again, with a
 * warning in the log: the limits still hold per server, and no request fails for it.
 */
import crypto from 'node:crypto';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import rateLimit, { type FastifyRateLimitStore, type FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { Redis } from 'ioredis';
import type { Config } from '../../config.js';
import type { Clock } from '../../core/clock.js';
import type { DialectName } from '../../db/database.js';
import { fixedWindow } from '../../modules/system/index.js';
import type { Services } from '../../modules/services.js';

export type RateLimitStoreKind = 'memory' | 'database' | 'redis';

/** Where the counts live: Redis when configured, the database on PostgreSQL, the process on SQLite. */
export function rateLimitStoreKind(config: Pick<Config, 'redisUrl'>, dialect: DialectName): RateLimitStoreKind {
  if (config.redisUrl) return 'redis';
  return dialect === 'postgres' ? 'database' : 'memory';
}

/** A count kept outside the process, in fixed windows of the app clock. */
export interface SharedCount {
  hit(key: string, windowMs: number): Promise<{ hits: number; resetInMs: number }>;
}

/** Counts in Redis: one key per (key, window start), raised and given its lifetime in one MULTI. */
export function redisCount(redis: Redis, prefix: string, clock: Clock): SharedCount {
  return {
    async hit(key, windowMs) {
      const w = fixedWindow(clock.now().getTime(), windowMs);
      const k = `${prefix}rl:${key}:${w.start}`;
      // The key outlives its window by a second, so a server whose clock lags a little still finds it.
      const replies = await redis
        .multi()
        .incr(k)
        .pexpire(k, w.resetInMs + 1000)
        .exec();
      const [err, hits] = replies?.[0] ?? [new Error('redis: the transaction was discarded'), null];
      if (err) throw err;
      if (typeof hits !== 'number') throw new Error('redis: INCR answered no number');
      return { hits, resetInMs: w.resetInMs };
    },
  };
}

/** The count in this process while the shared one fails: the same fixed windows, at most 10,000 keys. */
class LocalCount {
  private readonly counts = new Map<string, { start: number; hits: number }>();
  constructor(private readonly clock: Clock) {}
  hit(key: string, windowMs: number): { hits: number; resetInMs: number } {
    const w = fixedWindow(this.clock.now().getTime(), windowMs);
    const seen = this.counts.get(key);
    const hits = seen && seen.start === w.start ? seen.hits + 1 : 1;
    if (!seen && this.counts.size >= 10_000) this.counts.clear();
    this.counts.set(key, { start: w.start, hits });
    return { hits, resetInMs: w.resetInMs };
  }
}

/** Whether the shared count answers; says so in the log when that changes (not on every request). */
class Health {
  private failing = false;
  constructor(private readonly log: FastifyBaseLogger) {}
  failed(err: unknown): void {
    if (this.failing) return;
    this.failing = true;
    this.log.warn({ err }, 'rate-limit store unreachable: each server counts in its own process until it answers');
  }
  answered(): void {
    if (!this.failing) return;
    this.failing = false;
    this.log.info('rate-limit store answers again: counts are shared');
  }
}

/** A store for @fastify/rate-limit over a shared count; keys are hashed (no address or username stored). */
class SharedStore implements FastifyRateLimitStore {
  private readonly local: LocalCount;
  constructor(
    private readonly shared: SharedCount,
    private readonly clock: Clock,
    private readonly health: Health,
    private readonly scope: string,
  ) {
    this.local = new LocalCount(clock);
  }

  incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow = 60_000): void {
    const hashed = crypto.createHash('sha256').update(`${this.scope}\n${key}`).digest('base64url').slice(0, 32);
    this.shared.hit(hashed, timeWindow).then(
      (r) => {
        this.health.answered();
        callback(null, { current: r.hits, ttl: r.resetInMs });
      },
      (err: unknown) => {
        this.health.failed(err);
        const r = this.local.hit(hashed, timeWindow);
        callback(null, { current: r.hits, ttl: r.resetInMs });
      },
    );
  }

  /** A route's own limit counts apart from the others (the plugin passes the route in `routeInfo`). */
  child(routeOptions: object): FastifyRateLimitStore {
    const route: unknown = Reflect.get(routeOptions, 'routeInfo');
    const method = typeof route === 'object' && route !== null ? Reflect.get(route, 'method') : undefined;
    const url = typeof route === 'object' && route !== null ? Reflect.get(route, 'url') : undefined;
    const scope = typeof url === 'string' ? `${String(method)} ${url}` : 'created';
    return new SharedStore(this.shared, this.clock, this.health, scope);
  }
}

/** Opens Redis for the counts and waits (about a second at most) for it to answer or fail. */
async function openRedis(url: string): Promise<Redis> {
  // No queue while disconnected and a short command timeout: a count that cannot be had at once
  // falls back to the process (above) instead of holding the request.
  const redis = new Redis(url, { enableOfflineQueue: false, connectTimeout: 1000, commandTimeout: 500, maxRetriesPerRequest: 1 });
  await new Promise<void>((resolve) => {
    const settle = () => {
      redis.off('ready', settle);
      redis.off('error', settle);
      resolve();
    };
    redis.once('ready', settle);
    redis.once('error', settle);
  });
  return redis;
}

/** The store class the plugin instantiates, or undefined for its own in-process store. */
async function storeFor(app: FastifyInstance, services: Services, config: Config): Promise<FastifyRateLimitStoreCtor | undefined> {
  const { clock, db } = services.deps;
  const kind = rateLimitStoreKind(config, db.dialect);
  if (kind === 'memory') return undefined;
  let shared: SharedCount = services.rateCounts;
  const health = new Health(app.log);
  if (kind === 'redis' && config.redisUrl) {
    const redis = await openRedis(config.redisUrl);
    redis.on('error', (err) => health.failed(err));
    app.addHook('onClose', async () => redis.disconnect());
    shared = redisCount(redis, config.redisPrefix, clock);
  }
  return class extends SharedStore {
    constructor() {
      super(shared, clock, health, 'all');
    }
  };
}

/**
 * Registers the limiter: per account once signed in (a bureau behind one NAT address is many
 * accounts), per address before; after the session is read (preHandler). Routes may set their own
 * limits (sign-in). WUGONG_RATE_LIMIT=0 turns it off (benchmarks).
 */
export async function registerRateLimit(app: FastifyInstance, services: Services, config: Config): Promise<void> {
  if (config.rateLimitPerMinute <= 0) return;
  await app.register(rateLimit, {
    max: config.rateLimitPerMinute,
    timeWindow: '1 minute',
    hook: 'preHandler',
    keyGenerator: (req) => (req.actor?.userId ? `user:${req.actor.userId}` : `addr:${req.ip}`),
    allowList: (req) => !req.url.startsWith('/api/'),
    store: await storeFor(app, services, config),
  });
}
