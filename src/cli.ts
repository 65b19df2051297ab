/**
 * The `wugong` command line: the same services as the API, for operators. Chinese by default,
 * English with `--lang en` or an English locale (src/cli/i18n.ts); failures are printed in words
 * without secrets (src/cli/errors.ts); exit codes in src/cli/run.ts and README.md.
 */
import { Command, CommanderError, Help } from 'commander';
import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { cliCommands } from './cli/index.js';
import { DB_ENV, envHelp, lang, t } from './cli/i18n.js';
import { describeFailure } from './cli/errors.js';
import { CommandRefused, EXIT } from './cli/run.js';
import { commanderErrorText } from './cli/commander-errors.js';

const TITLES: Record<string, string> = { 'Usage:': '用法：', 'Options:': '选项：', 'Commands:': '命令：', 'Arguments:': '参数：' };

const program = new Command();
program
  .name('wugong')
  .description(
    t(
      '务工 Wugong —— 面向农民工的公共就业服务平台：运维命令',
      'Wugong 务工 — public employment services for migrant workers: operator commands',
    ),
  )
  .option('--lang <lang>', t('输出语言 zh 或 en（默认按 LANG）', 'output language zh or en (default: from LANG)'))
  .helpOption('-h, --help', t('显示帮助', 'show help'))
  .helpCommand('help [command]', t('显示某个命令的帮助', 'show help for a command'))
  .configureHelp({ styleTitle: (s: string) => (lang() === 'zh' ? (TITLES[s] ?? s) : new Help().styleTitle(s)) })
  // The parser's refusals in the operator's language, with where to look next (inherited by every subcommand).
  .configureOutput({ outputError: (text, write) => write(commanderErrorText(text)) })
  .showHelpAfterError(t('（加 --help 查看用法）', '(add --help for usage)'))
  // A wrong argument is a refusal before anything changed: exit code 2 (README), not commander's 1.
  .exitOverride()
  .addHelpText('after', envHelp(DB_ENV));

program
  .command('migrate')
  .description(t('把数据库迁移到最新版本', 'migrate the database to the latest version'))
  .addHelpText('after', envHelp(DB_ENV.slice(0, 3)))
  .action(async () => {
    const db = openDatabase(loadConfig());
    try {
      const done = await migrateToLatest(db);
      console.log(
        done.length ? t(`已执行迁移：${done.join('、')}`, `applied: ${done.join(', ')}`) : t('数据库已是最新版本', 'already up to date'),
      );
    } finally {
      await db.destroy();
    }
  });

for (const add of cliCommands) add(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof CommanderError) process.exit(err.exitCode === 0 ? 0 : EXIT.refused);
  if (err instanceof CommandRefused) {
    console.error(err.message);
    process.exit(EXIT.refused);
  }
  console.error(describeFailure(err));
  process.exit(EXIT.failure);
});
