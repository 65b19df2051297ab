/**
 * `wugong backup FILE` and `wugong restore FILE`: one bundle with the database and every uploaded
 * file (encrypted as stored), never the key (docs/decisions/004, 133). A restore needs the key kept
 * with the backup (WUGONG_KEY or WUGONG_KEY_FILE); it creates no key, and a refused restore writes
 * nothing.
 */
import type { Command } from 'commander';
import { loadConfig, type Config } from '../config.js';
import { loadExistingMasterKey, openRuntime } from '../runtime.js';
import { createPii } from '../crypto/pii.js';
import { backup, restore, RestoreRefused, type RestoreSummary } from '../db/backup.js';

/** Restores a bundle (or an older database-only backup) with the configured key; never creates a key. */
export async function restoreFromConfig(config: Config, file: string): Promise<RestoreSummary> {
  let key: Buffer | null;
  try {
    key = loadExistingMasterKey(config);
  } catch (err) {
    throw new RestoreRefused(`the configured key cannot be read: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!key) {
    throw new RestoreRefused(
      `no personal-data key: set WUGONG_KEY, or put the key kept with this backup at ${config.keyFile} (or WUGONG_KEY_FILE)`,
    );
  }
  return restore({
    file,
    fingerprint: createPii(key).fingerprint,
    sqliteFile: config.sqliteFile,
    databaseUrl: config.databaseUrl,
    blobDir: config.blobDir,
  });
}

/** Registers `backup` and `restore`. */
export function addBackupCommands(program: Command): void {
  program
    .command('backup')
    .argument('<file>', 'bundle file to write (a tar)')
    .description('back up the database and every uploaded file (not the key: keep it apart)')
    .action(async (file: string) => {
      const config = loadConfig();
      const rt = await openRuntime(config);
      try {
        const fingerprint = rt.services.deps.pii.fingerprint;
        const s = await backup({ db: rt.db, databaseUrl: config.databaseUrl, blobDir: config.blobDir, fingerprint }, file);
        console.log(
          `backup written to ${file}: the database and ${s.blobs} file(s), ${s.bytes} bytes; key fingerprint ${fingerprint}. The key is not in it: keep a copy apart.`,
        );
      } finally {
        await rt.close();
      }
    });

  program
    .command('restore')
    .argument('<file>', 'bundle (or older database-only backup) to restore')
    .description('restore a backup made under the current key (stop the server first)')
    .action(async (file: string) => {
      try {
        const s = await restoreFromConfig(loadConfig(), file);
        console.log(
          s.kind === 'bundle'
            ? `restored ${file}: the database and ${s.blobs} file(s)`
            : `restored ${file}: the database only (a backup from before bundles holds no uploaded files)`,
        );
      } catch (err) {
        if (!(err instanceof RestoreRefused)) throw err;
        console.error(`restore refused, nothing was changed: ${err.message}`);
        process.exitCode = 2;
      }
    });
}
