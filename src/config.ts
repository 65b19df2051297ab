/**
 * Configuration, parsed once from the environment and validated. Every variable is documented in README.md.
 */
import path from 'node:path';

export interface Config {
  host: string;
  port: number;
  /** PostgreSQL connection string; when absent the embedded SQLite file is used. */
  databaseUrl: string | undefined;
  sqliteFile: string;
  dataDir: string;
  /** Base64 master key for personal data; when absent it is read from (or created in) keyFile. */
  key: string | undefined;
  keyFile: string;
  blobDir: string;
  /** The audit anchor log (`wugong audit anchor`); unset: `backups/audit-anchors.jsonl` under dataDir (see auditAnchorFileOf). */
  auditAnchorFile?: string | undefined;
  demo: boolean;
  logLevel: string;
  /** Which answers the request log writes a line for: every one, or all but successful reads (decision 239). */
  accessLog: AccessLog;
  cookieSecure: boolean;
  sessionTtlHours: number;
  loginMaxFailures: number;
  lockoutMinutes: number;
  rateLimitPerMinute: number;
  /** How long a signed-in request's session read is kept, in ms (0 to 1000; decision 234). */
  sessionCacheMs: number;
  /** Redis for the rate-limit counts of all app servers (decision 231); unset: the database on PostgreSQL, the process on SQLite. */
  redisUrl: string | undefined;
  /** Prefix of every Redis key Wugong writes (several deployments or tests may share one Redis). */
  redisPrefix: string;
  trustProxy: boolean;
  /** Where the built staff app lives (served under /). */
  webDist: string;
  /** Days after a refused claim within which the worker may ask for reconsideration. */
  reconsiderationDays: number;
  /** Pause between two rounds of the background runner (due timers, then the outbox), in milliseconds. */
  runnerIntervalMs: number;
  /** Days an uploaded import file (and its revealing error report) is kept after the import finished. */
  importRetentionDays: number;
  /** Lifetime of an API token in days: the default and the longest a user may ask for. */
  tokenDays: number;
  /** .xlsx imports (decision 118): most shared strings and rich-text runs a file may hold. */
  xlsxMaxSharedStrings: number;
  /** .xlsx imports: most MiB the shared-string table may unpack to. */
  xlsxMaxSharedStringsMiB: number;
  /** .xlsx imports: most MiB the whole file may unpack to. */
  xlsxMaxUnpackedMiB: number;
  /** Seconds a long job's lease lasts without renewal (the process renews it every third); then it is marked interrupted. */
  jobLeaseSeconds: number;
  /** Seconds the server may take to stop on SIGTERM/SIGINT before it closes every connection and exits. */
  shutdownTimeoutSeconds: number;
}

export class ConfigError extends Error {}

/** `all`: a line per request; `writes`: every write and every failure, no line for a read answered under 400. */
export const accessLogModes = ['all', 'writes'] as const;
export type AccessLog = (typeof accessLogModes)[number];

function accessLogOf(value: string | undefined): AccessLog {
  if (value === undefined || value === '') return 'writes';
  const mode = accessLogModes.find((m) => m === value);
  if (!mode) throw new ConfigError(`WUGONG_ACCESS_LOG must be one of ${accessLogModes.join(', ')}, got "${value}"`);
  return mode;
}

function bool(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new ConfigError(`${name} must be true or false, got "${value}"`);
}

function int(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${value}"`);
  }
  return n;
}

/** Reads the configuration from an environment (process.env by default). Throws ConfigError on bad values. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(env.WUGONG_DATA_DIR || 'data');
  return {
    host: env.HOST || '127.0.0.1',
    port: int('PORT', env.PORT, 3000, 0, 65535),
    databaseUrl: env.DATABASE_URL || undefined,
    sqliteFile: path.resolve(env.WUGONG_DB_FILE || path.join(dataDir, 'wugong.db')),
    dataDir,
    key: env.WUGONG_KEY || undefined,
    keyFile: path.resolve(env.WUGONG_KEY_FILE || path.join(dataDir, 'wugong.key')),
    blobDir: path.resolve(env.WUGONG_BLOB_DIR || path.join(dataDir, 'blobs')),
    auditAnchorFile: env.WUGONG_AUDIT_ANCHOR_FILE ? path.resolve(env.WUGONG_AUDIT_ANCHOR_FILE) : undefined,
    demo: bool('WUGONG_DEMO', env.WUGONG_DEMO, true),
    logLevel: env.WUGONG_LOG_LEVEL || 'info',
    accessLog: accessLogOf(env.WUGONG_ACCESS_LOG),
    cookieSecure: bool('WUGONG_COOKIE_SECURE', env.WUGONG_COOKIE_SECURE, false),
    sessionTtlHours: int('WUGONG_SESSION_TTL_HOURS', env.WUGONG_SESSION_TTL_HOURS, 12, 1, 24 * 30),
    loginMaxFailures: int('WUGONG_LOGIN_MAX_FAILURES', env.WUGONG_LOGIN_MAX_FAILURES, 5, 1, 100),
    lockoutMinutes: int('WUGONG_LOCKOUT_MINUTES', env.WUGONG_LOCKOUT_MINUTES, 15, 1, 24 * 60),
    rateLimitPerMinute: int('WUGONG_RATE_LIMIT', env.WUGONG_RATE_LIMIT, 600, 0, 1_000_000),
    sessionCacheMs: int('WUGONG_SESSION_CACHE_MS', env.WUGONG_SESSION_CACHE_MS, 1000, 0, 1000),
    redisUrl: env.WUGONG_REDIS_URL || undefined,
    redisPrefix: env.WUGONG_REDIS_PREFIX || 'wugong:',
    trustProxy: bool('WUGONG_TRUST_PROXY', env.WUGONG_TRUST_PROXY, false),
    webDist: path.resolve(env.WUGONG_WEB_DIST || 'web/dist'),
    reconsiderationDays: int('WUGONG_RECONSIDERATION_DAYS', env.WUGONG_RECONSIDERATION_DAYS, 60, 1, 3650),
    runnerIntervalMs: int('WUGONG_RUNNER_INTERVAL_MS', env.WUGONG_RUNNER_INTERVAL_MS, 2000, 100, 3_600_000),
    importRetentionDays: int('WUGONG_IMPORT_RETENTION_DAYS', env.WUGONG_IMPORT_RETENTION_DAYS, 30, 1, 3650),
    tokenDays: int('WUGONG_TOKEN_DAYS', env.WUGONG_TOKEN_DAYS, 90, 1, 3650),
    xlsxMaxSharedStrings: int('WUGONG_XLSX_MAX_SHARED_STRINGS', env.WUGONG_XLSX_MAX_SHARED_STRINGS, 1_000_000, 1, 100_000_000),
    xlsxMaxSharedStringsMiB: int('WUGONG_XLSX_MAX_SHARED_STRINGS_MB', env.WUGONG_XLSX_MAX_SHARED_STRINGS_MB, 64, 1, 4096),
    xlsxMaxUnpackedMiB: int('WUGONG_XLSX_MAX_UNPACKED_MB', env.WUGONG_XLSX_MAX_UNPACKED_MB, 4096, 1, 1_048_576),
    jobLeaseSeconds: int('WUGONG_JOB_LEASE_SECONDS', env.WUGONG_JOB_LEASE_SECONDS, 60, 1, 3600),
    shutdownTimeoutSeconds: int('WUGONG_SHUTDOWN_TIMEOUT_SECONDS', env.WUGONG_SHUTDOWN_TIMEOUT_SECONDS, 10, 1, 600),
  };
}

/** The audit anchor log: WUGONG_AUDIT_ANCHOR_FILE, else `backups/audit-anchors.jsonl` in the data folder, kept with the backups. */
export function auditAnchorFileOf(config: Pick<Config, 'auditAnchorFile' | 'dataDir'>): string {
  return config.auditAnchorFile ?? path.join(config.dataDir, 'backups', 'audit-anchors.jsonl');
}
