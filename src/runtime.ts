/**
 * Opens everything a process needs (database, key, services) from a configuration. Used by the
 * server, the CLI and the tests.
 */
import type { Config } from './config.js';
import { openDatabase, type Db } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { createPii, loadOrCreateMasterKey } from './crypto/pii.js';
import { systemClock, type Clock } from './core/clock.js';
import { createServices, type Services } from './modules/services.js';
import { checkKeyFingerprint } from './modules/system/key-check.js';

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
