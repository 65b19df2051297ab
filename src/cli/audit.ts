/**
 * `wugong audit anchor [--file F]` writes the current chain heads, with their MAC, to the anchor log
 * kept with the backups; `wugong audit verify [--anchor F]` recomputes every chain and checks it
 * against the latest anchor (decisions 110-111). Output is Chinese first, then English; exit code 3
 * when a chain fails.
 */
import type { Command } from 'commander';
import { auditAnchorFileOf } from '../config.js';
import type { Runtime } from '../runtime.js';
import { DB_ENV, envHelp, say, t } from './i18n.js';
import { withRuntime } from './run.js';
import { appendAnchor, loadAnchor } from '../modules/audit/index.js';
import type { VerifyReport } from '../modules/audit/index.js';

/** What a command prints and its exit code (functions so tests can call them without a process). */
export interface CommandOutput {
  exitCode: number;
  text: string;
}

const BROKEN = 3;

function problemLines(problems: ReadonlyArray<{ path: string; message: { zh: string; en: string } }>): string[] {
  return problems.map((p) => `  ${p.path}: ${say(p.message)}`);
}

/** Verifies the chains against the log's latest anchor, then appends a new anchor to it. */
export async function runAuditAnchor(rt: Pick<Runtime, 'config' | 'services'>, file?: string): Promise<CommandOutput> {
  const target = file ?? auditAnchorFileOf(rt.config);
  const r = await rt.services.audit.anchor(loadAnchor(target));
  if (!r.ok) {
    const lines = [say(r.reason.message), ...problemLines(r.reason.errors ?? [])];
    return { exitCode: BROKEN, text: lines.join('\n') };
  }
  appendAnchor(target, r.value);
  const lines = [
    t(`已写入审计锚点：${target}`, `Audit anchor written: ${target}`),
    t(`时间：${r.value.at}`, `Time: ${r.value.at}`),
    ...r.value.heads.map((h) => `  ${t('省', 'province')} ${h.province}  #${h.seq}  ${h.hash.slice(0, 16)}…`),
    t('请把锚点文件与备份一起保存在数据库之外。', 'Keep the anchor log with the backups, away from the database.'),
  ];
  return { exitCode: 0, text: lines.join('\n') };
}

function anchorLine(report: VerifyReport): string {
  const file = report.anchor.file ?? '';
  if (report.anchor.state === 'checked')
    return t(`锚点：${report.anchor.at ?? ''}（${file}）`, `Anchor: ${report.anchor.at ?? ''} (${file})`);
  if (report.anchor.state === 'malformed') return t(`锚点无法读取：${file}`, `Anchor unreadable: ${file}`);
  return t(`未找到锚点，只校验了链本身：${file}`, `No anchor found, only the chains themselves were checked: ${file}`);
}

/** Recomputes every chain and checks it against the latest anchor of the log. */
export async function runAuditVerify(rt: Pick<Runtime, 'config' | 'services'>, anchorFile?: string, json = false): Promise<CommandOutput> {
  const report = await rt.services.audit.verify({ anchor: loadAnchor(anchorFile ?? auditAnchorFileOf(rt.config)) });
  const exitCode = report.ok ? 0 : BROKEN;
  if (json) return { exitCode, text: JSON.stringify(report, null, 2) };
  const lines = [
    t('审计链校验', 'Audit chain verification'),
    t(`链：${report.chains} 条，条目：${report.entries} 条`, `Chains: ${report.chains}, entries: ${report.entries}`),
    anchorLine(report),
    report.ok
      ? t('结果：完好，没有发现改动、删除或重写的条目', 'Result: intact — no entry changed, removed or rewritten')
      : t(`结果：发现 ${report.problems.length} 处问题`, `Result: ${report.problems.length} problem(s) found`),
    ...problemLines(report.problems.map((p) => ({ path: `${p.province} #${p.chainSeq}`, message: p.message }))),
  ];
  return { exitCode, text: lines.join('\n') };
}

async function print(command: string, run: (rt: Runtime) => Promise<CommandOutput>): Promise<void> {
  await withRuntime(command, async (rt) => {
    const out = await run(rt);
    console.log(out.text);
    process.exitCode = out.exitCode;
  });
}

const AUDIT_ENV = [
  ...DB_ENV,
  ['WUGONG_AUDIT_ANCHOR_FILE', '$WUGONG_DATA_DIR/backups/audit-anchors.jsonl', '审计锚点文件', 'the audit anchor log'],
] as const;

/** Registers the `audit` subcommands. */
export function addAuditCommand(program: Command): void {
  const audit = program
    .command('audit')
    .description(t('审计日志：带密钥的哈希链及其锚点', 'audit log: keyed hash chains and their anchors'));
  audit
    .command('anchor')
    .option(
      '--file <file>',
      t('要追加的锚点文件（默认 WUGONG_AUDIT_ANCHOR_FILE）', 'anchor log to append to (default: WUGONG_AUDIT_ANCHOR_FILE)'),
    )
    .description(
      t(
        '校验后把当前链头及其 MAC 写入与备份一起保存的锚点文件',
        'verify, then write the current chain heads, with their MAC, to the anchor log kept with the backups',
      ),
    )
    .addHelpText('after', envHelp(AUDIT_ENV))
    .action((opts: { file?: string }) => print('audit anchor', (rt) => runAuditAnchor(rt, opts.file)));
  audit
    .command('verify')
    .option(
      '--anchor <file>',
      t('用其中最新的锚点校验（默认锚点文件）', 'anchor log whose latest anchor to check against (default: the anchor log)'),
    )
    .option('--json', t('以 JSON 输出报告', 'print the report as JSON'))
    .description(
      t(
        '重算每条审计链，报告自上次锚点以来被改动、删除或重写的条目（退出码 3 表示发现问题）',
        'recompute every chain and report any entry changed, removed or rewritten since the last anchor (exit code 3 when one is found)',
      ),
    )
    .addHelpText('after', envHelp(AUDIT_ENV))
    .action((opts: { anchor?: string; json?: boolean }) =>
      print('audit verify', (rt) => runAuditVerify(rt, opts.anchor, opts.json === true)),
    );
}
