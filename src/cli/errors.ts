/**
 * Failures in words, never with a secret (issue 11, points 3 and 5; docs/decisions/154): every
 * message the command line or the server prints on failure passes through `redactSecrets`, which
 * removes passwords from connection strings, `password=` pairs and the configured key; and
 * `describeFailure` turns the usual operator mistakes (database unreachable, a missing program,
 * a wrong key) into sentences that say what was tried and what to do.
 */
import { t } from './i18n.js';
import { KeyMissingError } from '../runtime.js';
import { WrongKeyError } from '../modules/system/index.js';

/** The secrets of this process's configuration, to be removed from anything printed. */
function configuredSecrets(env: NodeJS.ProcessEnv): string[] {
  const out: string[] = [];
  if (env.WUGONG_KEY) out.push(env.WUGONG_KEY);
  if (env.PGPASSWORD) out.push(env.PGPASSWORD);
  for (const name of ['DATABASE_URL', 'TEST_DATABASE_URL']) {
    const url = env[name];
    if (!url) continue;
    try {
      const u = new URL(url);
      if (u.password) out.push(decodeURIComponent(u.password), u.password);
    } catch {
      // not a URL: nothing to take from it
    }
  }
  return out.filter((s) => s.length >= 3);
}

/** Removes passwords and keys from a text: `scheme://user:***@host`, `password=***`, the configured key. */
export function redactSecrets(text: string, env: NodeJS.ProcessEnv = process.env): string {
  let out = text.replace(/([a-z][a-z0-9+.-]*:\/\/[^/\s:@]*):[^@\s/]*@/gi, '$1:***@');
  out = out.replace(/(password\s*=\s*)('[^']*'|"[^"]*"|\S+)/gi, '$1***');
  for (const secret of configuredSecrets(env)) out = out.split(secret).join('***');
  return out;
}

/** Host and port a PostgreSQL URL names (never its credentials). */
export function endpointOf(url: string): string {
  try {
    const u = new URL(url);
    const db = u.pathname.replace(/^\//, '');
    return `${u.hostname || 'localhost'}:${u.port || '5432'}${db ? `/${db}` : ''}`;
  } catch {
    return t('（无法解析的连接串）', '(an unparsable connection string)');
  }
}

function codeOf(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const c = 'code' in err ? err.code : undefined;
  if (typeof c === 'string') return c;
  // A wrapped failure (a migration that could not connect) keeps the driver's error as its cause.
  if ('cause' in err && err.cause !== undefined && err.cause !== err) return codeOf(err.cause);
  // AggregateError from a connection to several addresses
  const inner = 'errors' in err && Array.isArray(err.errors) ? (err.errors as unknown[])[0] : undefined;
  return inner ? codeOf(inner) : undefined;
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET']);

/** A failure in the current language, without secrets. */
export function describeFailure(err: unknown, env: NodeJS.ProcessEnv = process.env): string {
  const code = codeOf(err);
  const raw = err instanceof Error ? err.message : String(err);
  const url = env.DATABASE_URL;
  if (err instanceof KeyMissingError) {
    const [zh = raw, en = raw] = raw.split('\n');
    return t(zh, en);
  }
  if (err instanceof WrongKeyError)
    return t(
      `这个数据库是用另一把个人信息密钥加密的，请把 WUGONG_KEY 或 WUGONG_KEY_FILE 设为属于它的密钥（${raw}）。`,
      `This database was encrypted under another personal-data key: set WUGONG_KEY or WUGONG_KEY_FILE to its key (${raw}).`,
    );
  if (url && code && UNREACHABLE.has(code))
    return t(
      `无法连接数据库 ${endpointOf(url)}（${code}）。请检查 DATABASE_URL 中的主机和端口、数据库是否在运行、防火墙是否放行。`,
      `Cannot reach the database at ${endpointOf(url)} (${code}). Check the host and port in DATABASE_URL, that the database is running, and the firewall.`,
    );
  if (url && (code === '28P01' || code === '28000'))
    return t(
      `数据库 ${endpointOf(url)} 拒绝登录：请检查 DATABASE_URL 中的用户名和密码。`,
      `The database at ${endpointOf(url)} refused the sign-in: check the user name and password in DATABASE_URL.`,
    );
  if (url && code === '3D000')
    return t(`数据库 ${endpointOf(url)} 不存在：请先创建它。`, `The database ${endpointOf(url)} does not exist: create it first.`);
  if (code === 'SQLITE_CANTOPEN')
    return t(
      `无法打开 SQLite 数据库文件：${redactSecrets(raw, env)}。请检查 WUGONG_DATA_DIR 或 WUGONG_DB_FILE 及其权限。`,
      `Cannot open the SQLite database file: ${redactSecrets(raw, env)}. Check WUGONG_DATA_DIR or WUGONG_DB_FILE and its permissions.`,
    );
  if (code === 'ENOENT' && typeof err === 'object' && err !== null && 'path' in err && typeof err.path === 'string')
    return t(`找不到文件：${err.path}`, `No such file: ${err.path}`);
  return redactSecrets(raw, env);
}
