/**
 * The `wugong` command line: the same services as the API, for operators.
 */
import { Command } from 'commander';
import { loadConfig } from './config.js';
import { openRuntime } from './runtime.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { backup, restore } from './db/backup.js';
import { createPii, loadOrCreateMasterKey } from './crypto/pii.js';
import { cliCommands } from './cli/index.js';

const program = new Command();
program.name('wugong').description('Wugong 务工 — public employment services for migrant workers');

program.command('migrate').description('migrate the database to the latest version').action(async () => {
  const db = openDatabase(loadConfig());
  try {
    const done = await migrateToLatest(db);
    console.log(done.length ? `applied: ${done.join(', ')}` : 'already up to date');
  } finally {
    await db.destroy();
  }
});

program.command('backup').argument('<file>', 'backup file to write').description('back up the database (not the key: keep it apart)').action(async (file: string) => {
  const config = loadConfig();
  const rt = await openRuntime(config);
  try {
    await backup(rt.db, file, config.databaseUrl);
    console.log(`backup written to ${file}; key fingerprint ${rt.services.deps.pii.fingerprint}`);
  } finally {
    await rt.close();
  }
});

program.command('restore').argument('<file>', 'backup file to restore').description('restore a backup made under the current key (stop the server first on SQLite)').action(async (file: string) => {
  const config = loadConfig();
  const { key } = loadOrCreateMasterKey(config);
  await restore({ file, fingerprint: createPii(key).fingerprint, sqliteFile: config.sqliteFile, databaseUrl: config.databaseUrl });
  console.log(`restored ${file}`);
});

for (const add of cliCommands) add(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
