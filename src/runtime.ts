/**
 * Opens everything a process needs (database, key, services) from a configuration. Used by the
 * server, the CLI and the tests.
 */
import type { Config } from './config.js';
import { openDatabase, type Db } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import fs from 'node:fs';
import { createPii, loadOrCreateMasterKey, parseMasterKey } from './crypto/pii.js';
import { systemClock, type Clock } from './core/clock.js';
import { createServices, type Services } from './modules/services.js';
import { checkKeyFingerprint } from './modules/system/index.js';

export interface Runtime {
  config: Config;
  db: Db;
  services: Services;
  keyCreated: boolean;
  close(): Promise<void>;
}

/** Opens the database, migrates it, loads the key and checks it belongs to this database. */
export async function openRuntime(config: Config, opts: { db?: Db; clock?: Clock } = {}): Promise<Runtime> {
  const db = opts.db ?? openDatabase(config);
  try {
    await migrateToLatest(db);
    const { key, created } = loadOrCreateMasterKey(config);
    const pii = createPii(key);
    const clock = opts.clock ?? systemClock;
    await checkKeyFingerprint({ db, pii, clock });
    const services = createServices({ db, clock, pii, config });
    return { config, db, services, keyCreated: created, close: () => db.destroy() };
  } catch (err) {
    await db.destroy();
    throw err;
  }
}

/**
 * The configured personal-data key, or null when none is configured: never creates a key file.
 * For commands that must not invent a key (a restore needs the key kept with the backup).
 */
export function loadExistingMasterKey(config: Pick<Config, 'key' | 'keyFile'>): Buffer | null {
  if (config.key) return parseMasterKey(config.key);
  if (fs.existsSync(config.keyFile)) return parseMasterKey(fs.readFileSync(config.keyFile, 'utf8'));
  return null;
}
