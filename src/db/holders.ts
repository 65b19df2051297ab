/**
 * Who holds a SQLite database (issue 11, point 2; docs/decisions/151). Every server and every CLI
 * command that writes registers itself in a folder beside the database file
 * (`wugong.db.holders/<host>-<pid>.json`) while it runs, and removes the entry when it closes.
 * `wugong restore` refuses while a live holder is registered: a restore under a running server
 * would replace the file the server keeps writing to, and those writes would be lost. An entry
 * left by a process that died (same host, pid gone) is removed when seen; an entry from another
 * host (a shared folder) counts as live, since its process cannot be checked from here.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Holder {
  pid: number;
  host: string;
  /** 'server' or the CLI command. */
  kind: string;
  since: string;
}

function holdersDir(sqliteFile: string): string {
  return `${sqliteFile}.holders`;
}

function alive(h: Holder): boolean {
  if (h.host !== os.hostname()) return true;
  if (h.pid === process.pid) return true;
  try {
    process.kill(h.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Registers this process as a holder of the database; returns the function that ends the hold. */
export function holdDatabase(sqliteFile: string, kind: string): () => void {
  if (sqliteFile === ':memory:') return () => {};
  const dir = holdersDir(sqliteFile);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${os.hostname()}-${process.pid}.json`);
  const me: Holder = { pid: process.pid, host: os.hostname(), kind, since: new Date().toISOString() };
  fs.writeFileSync(file, JSON.stringify(me));
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    fs.rmSync(file, { force: true });
    process.removeListener('exit', release);
  };
  process.on('exit', release);
  return release;
}

/** The live holders of a database other than this process (entries of dead processes are removed). */
export function liveHolders(sqliteFile: string): Holder[] {
  const dir = holdersDir(sqliteFile);
  if (!fs.existsSync(dir)) return [];
  const out: Holder[] = [];
  for (const name of fs.readdirSync(dir)) {
    if (!name.endsWith('.json')) continue;
    const file = path.join(dir, name);
    let h: Holder;
    try {
      h = JSON.parse(fs.readFileSync(file, 'utf8')) as Holder;
    } catch {
      continue; // being written or removed right now
    }
    if (h.pid === process.pid && h.host === os.hostname()) continue;
    if (alive(h)) out.push(h);
    else fs.rmSync(file, { force: true });
  }
  return out;
}
