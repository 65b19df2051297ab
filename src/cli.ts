/**
 * The `wugong` command line: the same services as the API, for operators.
 */
import { Command } from 'commander';
import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { cliCommands } from './cli/index.js';

const program = new Command();
program.name('wugong').description('Wugong 务工 — public employment services for migrant workers');

program
  .command('migrate')
  .description('migrate the database to the latest version')
  .action(async () => {
    const db = openDatabase(loadConfig());
    try {
      const done = await migrateToLatest(db);
      console.log(done.length ? `applied: ${done.join(', ')}` : 'already up to date');
    } finally {
      await db.destroy();
    }
  });

for (const add of cliCommands) add(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
