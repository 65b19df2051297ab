/**
 * Running PostgreSQL's client programs (pg_dump, pg_restore) for backups and restores: the password
 * goes through PGPASSWORD, never the command line, and no message they print carries it (decision 154).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileP = promisify(execFile);
const BIG = { maxBuffer: 64 * 1024 * 1024 };

/** A PostgreSQL client program failed or is missing; the message names no password (decision 154). */
export class ToolFailed extends Error {
  readonly zh: string;
  constructor(en: string, zh: string) {
    super(en);
    this.zh = zh;
  }
}

/**
 * A PostgreSQL URL split for the client programs: the URL without its password (safe in a process
 * list and an error message) and the password through PGPASSWORD.
 */
export function pgConnection(url: string): { url: string; env: NodeJS.ProcessEnv } {
  try {
    const u = new URL(url);
    const password = u.password ? decodeURIComponent(u.password) : '';
    u.password = '';
    return { url: u.toString(), env: password ? { ...process.env, PGPASSWORD: password } : { ...process.env } };
  } catch {
    return { url, env: { ...process.env } };
  }
}

/** Removes a password from any text a client program wrote (its URL, a `password=` pair). */
function scrub(text: string, url: string | undefined): string {
  let out = text.replace(/([a-z][a-z0-9+.-]*:\/\/[^/\s:@]*):[^@\s/]*@/gi, '$1:***@').replace(/(password\s*=\s*)\S+/gi, '$1***');
  if (url) {
    try {
      const pw = new URL(url).password;
      if (pw) out = out.split(pw).join('***').split(decodeURIComponent(pw)).join('***');
    } catch {
      // not a URL
    }
  }
  return out;
}

/** Runs pg_dump or pg_restore: a missing program says which package to install; a failure shows its own words, no secret. */
export async function run(tool: 'pg_dump' | 'pg_restore', args: string[], url?: string): Promise<{ stdout: string }> {
  const conn = url ? pgConnection(url) : undefined;
  const argv = conn ? args.map((a) => a.split(url ?? '').join(conn.url)) : args;
  try {
    return await execFileP(tool, argv, { ...BIG, ...(conn ? { env: conn.env } : {}) });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT')
      throw new ToolFailed(
        `${tool} was not found: install the PostgreSQL client programs, of the same major version as the server or newer (Debian/Ubuntu: apt install postgresql-client; RHEL/Rocky: dnf install postgresql; Alpine: apk add postgresql-client), or put them on PATH.`,
        `找不到 ${tool}：请安装 PostgreSQL 客户端程序（版本不低于数据库服务器；Debian/Ubuntu：apt install postgresql-client；RHEL/Rocky：dnf install postgresql；Alpine：apk add postgresql-client），或把它加入 PATH。`,
      );
    const said = scrub((e.stderr ?? '').trim() || e.message, url);
    throw new ToolFailed(`${tool} failed: ${said}`, `${tool} 执行失败：${said}`);
  }
}
