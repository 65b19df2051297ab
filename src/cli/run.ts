/**
 * What every command shares: opening the runtime as a registered holder of the database, the
 * documented exit codes, choosing the acting officer (`--as`), and printing failures in words.
 */
import { loadConfig, type Config } from '../config.js';
import { openRuntime, type Runtime } from '../runtime.js';
import { systemActor, type Actor } from '../modules/actor.js';
import { t } from './i18n.js';

/** Exit codes, documented in README.md ("Exit codes"). */
export const EXIT = {
  /** Everything done (an import: every row in). */
  ok: 0,
  /** A failure: the database, a file, a job that failed or was interrupted. */
  failure: 1,
  /** Refused before anything was changed (a wrong argument, a refused restore, a file without the header). */
  refused: 2,
  /** Done, with findings: an import with refused rows (the report is written), an audit chain that fails. */
  findings: 3,
} as const;

/** A refusal the command explains in words (exit code 2): nothing was changed. */
export class CommandRefused extends Error {}

/** Opens the runtime for a command, registered as a holder of a SQLite database while it runs. */
export async function withRuntime<T>(command: string, run: (rt: Runtime) => Promise<T>, config: Config = loadConfig()): Promise<T> {
  const rt = await openRuntime(config, { hold: `cli:${command}` });
  try {
    return await run(rt);
  } finally {
    await rt.close();
  }
}

/**
 * The actor a command acts as: the named officer (`--as USERNAME`, within their jurisdiction and
 * permissions, audited as them), or the nationwide system actor.
 */
export async function actorFor(rt: Runtime, username: string | undefined, requestId: string): Promise<Actor> {
  if (!username) return systemActor(requestId);
  for (let page = 1; ; page++) {
    const r = await rt.services.users.list(systemActor(requestId), page, 200);
    if (!r.ok) throw new Error(r.reason.code);
    const u = r.value.items.find((x) => x.username === username);
    if (u) {
      if (u.disabled) throw new CommandRefused(t(`账户 ${username} 已停用。`, `The account ${username} is disabled.`));
      return {
        userId: u.id,
        username: u.username,
        role: u.role,
        jurisdiction: u.jurisdiction,
        department: u.department,
        personId: u.personId,
        enterpriseId: u.enterpriseId,
        requestId,
      };
    }
    if (page * 200 >= r.value.total) break;
  }
  throw new CommandRefused(
    t(
      `没有用户名为 ${username} 的账户（wugong users list 列出所有账户）。`,
      `No account is named ${username} (wugong users list shows them all).`,
    ),
  );
}
