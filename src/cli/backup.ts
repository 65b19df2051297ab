/**
 * `wugong backup FILE` and `wugong restore FILE`: one bundle with the database and every uploaded
 * file (encrypted as stored), never the key (docs/decisions/004, 133). A restore needs the key kept
 * with the backup (WUGONG_KEY or WUGONG_KEY_FILE); it creates no key, and a refused restore writes
 * nothing. On SQLite it refuses while a server or another command holds the database (decision
 * 151); on PostgreSQL it says what it will replace and asks (`--yes` for scripts).
 */
import readline from 'node:readline/promises';
import type { Command } from 'commander';
import { loadConfig, type Config } from '../config.js';
import { loadExistingMasterKey } from '../runtime.js';
import { createPii } from '../crypto/pii.js';
import { backup, restore, RestoreRefused, ToolFailed, type RestorePlan, type RestoreSummary } from '../db/backup.js';
import { liveHolders } from '../db/holders.js';
import { endpointOf } from './errors.js';
import { DB_ENV, envHelp, t } from './i18n.js';
import { EXIT, withRuntime } from './run.js';

export interface RestoreOptions {
  /** Asked on PostgreSQL after every check, before anything is replaced. */
  confirm?: (plan: RestorePlan) => Promise<boolean>;
}

/** Restores a bundle (or an older database-only backup) with the configured key; never creates a key. */
export async function restoreFromConfig(config: Config, file: string, opts: RestoreOptions = {}): Promise<RestoreSummary> {
  if (!config.databaseUrl) {
    const holders = liveHolders(config.sqliteFile);
    if (holders.length > 0) {
      const who = holders.map((h) => `${h.kind} (pid ${h.pid}@${h.host}, ${h.since})`).join('; ');
      throw new RestoreRefused(
        `the database ${config.sqliteFile} is in use by ${who}: stop the server (and any running wugong command) first; a restore under a running server would lose its writes`,
        `数据库 ${config.sqliteFile} 正在被使用：${who}。请先停止服务器（以及正在运行的 wugong 命令）再恢复；服务器运行时恢复会丢失它之后写入的数据。`,
      );
    }
  }
  let key: Buffer | null;
  try {
    key = loadExistingMasterKey(config);
  } catch (err) {
    const said = err instanceof Error ? err.message : String(err);
    throw new RestoreRefused(`the configured key cannot be read: ${said}`, `无法读取配置的密钥：${said}`);
  }
  if (!key) {
    throw new RestoreRefused(
      `no personal-data key: set WUGONG_KEY, or put the key kept with this backup at ${config.keyFile} (or WUGONG_KEY_FILE)`,
      `没有个人信息密钥：请设置 WUGONG_KEY，或把与该备份一起保管的密钥放到 ${config.keyFile}（或设置 WUGONG_KEY_FILE）`,
    );
  }
  return restore({
    file,
    fingerprint: createPii(key).fingerprint,
    sqliteFile: config.sqliteFile,
    databaseUrl: config.databaseUrl,
    blobDir: config.blobDir,
    ...(opts.confirm ? { confirm: opts.confirm } : {}),
  });
}

/** The PostgreSQL confirmation: the plan in words, then yes/no on a terminal; without one, `--yes` is required. */
function pgConfirm(config: Config, yes: boolean): (plan: RestorePlan) => Promise<boolean> {
  return async (plan) => {
    const made = plan.createdAt ? t(`（备份时间 ${plan.createdAt}）`, ` (made ${plan.createdAt})`) : '';
    console.log(
      t(
        `将用这个备份${made}替换数据库 ${endpointOf(config.databaseUrl ?? '')} 中的全部数据，并恢复 ${plan.blobs} 个上传文件到 ${config.blobDir}。当前数据库中的数据将被删除。`,
        `This replaces every record in the database ${endpointOf(config.databaseUrl ?? '')} with the backup${made}, and restores ${plan.blobs} uploaded file(s) to ${config.blobDir}. What the database holds now is deleted.`,
      ),
    );
    if (yes) return true;
    if (!process.stdin.isTTY) {
      console.error(t('没有终端可以确认：脚本中请加 --yes。', 'No terminal to confirm on: add --yes in scripts.'));
      return false;
    }
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
    try {
      const answer = await rl.question(t('确认恢复？请输入 yes：', 'Restore? Type yes: '));
      return answer.trim().toLowerCase() === 'yes';
    } finally {
      rl.close();
    }
  };
}

const BACKUP_ENV = [
  ...DB_ENV,
  ['PATH', '', 'PostgreSQL 上需要其中有 pg_dump 和 pg_restore', 'on PostgreSQL it must hold pg_dump and pg_restore'],
] as const;

/** Registers `backup` and `restore`. */
export function addBackupCommands(program: Command): void {
  program
    .command('backup')
    .argument('<file>', t('要写入的备份包（tar 文件）', 'bundle file to write (a tar)'))
    .description(
      t(
        '备份数据库和所有上传文件（不含密钥：请另行保管）；服务器运行时也可备份',
        'back up the database and every uploaded file (not the key: keep it apart); safe while the server runs',
      ),
    )
    .addHelpText('after', envHelp(BACKUP_ENV))
    .action((file: string) =>
      withRuntime('backup', async (rt) => {
        const fingerprint = rt.services.deps.pii.fingerprint;
        const s = await backup({ db: rt.db, databaseUrl: rt.config.databaseUrl, blobDir: rt.config.blobDir, fingerprint }, file);
        console.log(
          t(
            `备份已写入 ${file}：数据库和 ${s.blobs} 个文件，共 ${s.bytes} 字节；密钥指纹 ${fingerprint}。密钥不在备份中，请另行保管一份。`,
            `Backup written to ${file}: the database and ${s.blobs} file(s), ${s.bytes} bytes; key fingerprint ${fingerprint}. The key is not in it: keep a copy apart.`,
          ),
        );
      }).catch((err: unknown) => {
        if (!(err instanceof ToolFailed)) throw err;
        console.error(t(err.zh, err.message));
        process.exitCode = EXIT.failure;
      }),
    );

  program
    .command('restore')
    .argument('<file>', t('要恢复的备份包（或旧版的纯数据库备份）', 'bundle (or older database-only backup) to restore'))
    .option('--yes', t('PostgreSQL 上不再询问确认（脚本用）', 'on PostgreSQL, do not ask for confirmation (scripts)'))
    .description(
      t(
        '恢复用当前密钥做的备份。SQLite：服务器运行时拒绝恢复；PostgreSQL：说明将替换什么并要求确认。被拒绝的恢复不做任何改动。',
        'restore a backup made under the current key. SQLite: refused while a server runs; PostgreSQL: says what it replaces and asks. A refused restore changes nothing.',
      ),
    )
    .addHelpText('after', envHelp(BACKUP_ENV))
    .action(async (file: string, opts: { yes?: boolean }) => {
      const config = loadConfig();
      try {
        const s = await restoreFromConfig(config, file, config.databaseUrl ? { confirm: pgConfirm(config, opts.yes === true) } : {});
        console.log(
          s.kind === 'bundle'
            ? t(`已恢复 ${file}：数据库和 ${s.blobs} 个文件`, `Restored ${file}: the database and ${s.blobs} file(s)`)
            : t(
                `已恢复 ${file}：仅数据库（备份包之前的备份不含上传文件）`,
                `Restored ${file}: the database only (a backup from before bundles holds no uploaded files)`,
              ),
        );
      } catch (err) {
        if (err instanceof ToolFailed) {
          console.error(t(err.zh, err.message));
          process.exitCode = EXIT.failure;
          return;
        }
        if (!(err instanceof RestoreRefused)) throw err;
        console.error(t(`恢复被拒绝，未做任何改动：${err.zh}`, `Restore refused, nothing was changed: ${err.message}`));
        process.exitCode = EXIT.refused;
      }
    });
}
