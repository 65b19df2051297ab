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
import { checkKeyFingerprint, KEY_FINGERPRINT } from './modules/system/index.js';
import { holdDatabase } from './db/holders.js';

export interface Runtime {
  config: Config;
  db: Db;
  services: Services;
  keyCreated: boolean;
  close(): Promise<void>;
}

/** Refused start: the database already holds data encrypted under a key this process was not given. */
export class KeyMissingError extends Error {}

/** The key fingerprint a database records, or undefined (a new database, or one not yet migrated). */
async function storedFingerprint(db: Db): Promise<string | undefined> {
  try {
    const row = await db.kysely.selectFrom('settings').select('value').where('key', '=', KEY_FINGERPRINT).executeTakeFirst();
    return row?.value;
  } catch {
    return undefined;
  }
}

/**
 * Before a key file is created: a database that already holds data encrypted under some key gets no
 * new key (a stray key would only be refused a moment later, and left behind). Says where the key
 * should come from instead (issue 11, point 4; docs/decisions/152).
 */
async function refuseStrayKey(db: Db, config: Config): Promise<void> {
  if (config.key || fs.existsSync(config.keyFile)) return;
  const found = await storedFingerprint(db);
  if (found === undefined) return;
  throw new KeyMissingError(
    [
      `这个数据库里已有用个人信息密钥加密的数据（密钥指纹 ${found}），但没有找到密钥：${config.keyFile} 不存在，也没有设置 WUGONG_KEY。` +
        '为避免产生无用的新密钥，没有创建密钥。请设置 WUGONG_DATA_DIR 指向原来的数据目录，或设置 WUGONG_KEY / WUGONG_KEY_FILE 为与数据库一起保管的密钥。',
      `This database already holds data encrypted under a personal-data key (fingerprint ${found}), but no key was found: ` +
        `${config.keyFile} does not exist and WUGONG_KEY is not set. No new key was created (it could not read the data). ` +
        'Set WUGONG_DATA_DIR to the original data folder, or WUGONG_KEY / WUGONG_KEY_FILE to the key kept for this database.',
    ].join('\n'),
  );
}

/**
 * Opens the database, migrates it, loads the key and checks it belongs to this database. With
 * `hold`, this process registers as a holder of a SQLite database until it closes (a restore then
 * refuses, see src/db/holders.ts).
 */
export async function openRuntime(config: Config, opts: { db?: Db; clock?: Clock; hold?: string } = {}): Promise<Runtime> {
  const db = opts.db ?? openDatabase(config);
  try {
    await refuseStrayKey(db, config);
    await migrateToLatest(db);
    const { key, created } = loadOrCreateMasterKey(config);
    const pii = createPii(key);
    const clock = opts.clock ?? systemClock;
    await checkKeyFingerprint({ db, pii, clock });
    const services = createServices({ db, clock, pii, config });
    // People written before migration 0032 get their masked forms once (decision 238).
    await services.people.fillMaskedForms();
    const release = opts.hold && db.sqlite ? holdDatabase(config.sqliteFile, opts.hold) : () => {};
    const close = async () => {
      release();
      await db.destroy();
    };
    return { config, db, services, keyCreated: created, close };
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
