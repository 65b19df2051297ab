/**
 * A second app server for the kernel tests, in a worker thread: its own connection(s) to the same
 * database (the same SQLite file, or the same PostgreSQL schema), its own outbox and timers services
 * with recording handlers, and a clock the parent sets before each command. On SQLite it has to be
 * another thread: better-sqlite3 waits for a busy lock synchronously, which in one thread would
 * also stop the connection that holds the lock.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../../src/config.js';
import { openPostgres, openSqlite } from '../../src/db/database.js';
import { openRuntime } from '../../src/runtime.js';
import { fixedClock } from '../../src/core/clock.js';

export interface SiblingInit {
  config: Config;
  pgUrl: string | null;
  schema: string | null;
  topics: string[];
  kinds: string[];
  now: string;
}
export interface SiblingCommand {
  seq: number;
  cmd: 'drain' | 'timers' | 'close';
  now: string;
}
export interface Seen {
  what: 'outbox' | 'timer';
  key: string;
  id: string;
}
export interface SiblingAnswer {
  seq: number;
  ok: boolean;
  value?: unknown;
  seen: Seen[];
  error?: string;
}

function isInit(v: unknown): v is SiblingInit {
  return typeof v === 'object' && v !== null && 'config' in v && 'topics' in v && 'kinds' in v;
}
function isCommand(v: unknown): v is SiblingCommand {
  return typeof v === 'object' && v !== null && 'seq' in v && 'cmd' in v && 'now' in v;
}

if (!parentPort || !isInit(workerData)) throw new Error('sibling.worker needs a parent and its init data');
const port = parentPort;
const init = workerData;
const clock = fixedClock(init.now);
const db = init.pgUrl && init.schema ? openPostgres(init.pgUrl, { searchPath: init.schema, max: 4 }) : openSqlite(init.config.sqliteFile);
const rt = await openRuntime(init.config, { db, clock });
const seen: Seen[] = [];
for (const topic of init.topics) {
  rt.services.outbox.on(topic, async (_payload, m) => {
    seen.push({ what: 'outbox', key: topic, id: String(m.id) });
  });
}
for (const kind of init.kinds) {
  rt.services.timers.on(kind, async (w, t) => {
    await w.audit({ province: '00', action: 'test.timer.fired', entityType: 'timer', entityId: t.id });
    seen.push({ what: 'timer', key: kind, id: t.id });
  });
}

port.on('message', (m: unknown) => {
  if (!isCommand(m)) return;
  clock.set(m.now);
  void (async () => {
    try {
      const value =
        m.cmd === 'drain' ? await rt.services.outbox.drain() : m.cmd === 'timers' ? await rt.services.timers.runDue() : await rt.close();
      port.postMessage({ seq: m.seq, ok: true, value, seen: seen.splice(0) } satisfies SiblingAnswer);
    } catch (err) {
      port.postMessage({
        seq: m.seq,
        ok: false,
        seen: seen.splice(0),
        error: err instanceof Error ? err.message : String(err),
      } satisfies SiblingAnswer);
    }
  })();
});
port.postMessage('ready');
