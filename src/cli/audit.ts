/**
 * `wugong audit anchor [--file F]` writes the current chain heads, with their MAC, to the anchor log
 * kept with the backups; `wugong audit verify [--anchor F]` recomputes every chain and checks it
 * against the latest anchor (decisions 110-111). Output is Chinese first, then English; exit code 3
 * when a chain fails.
 */
import type { Command } from 'commander';
import { auditAnchorFileOf, loadConfig } from '../config.js';
import { openRuntime, type Runtime } from '../runtime.js';
import { appendAnchor, loadAnchor } from '../modules/audit/index.js';
import type { VerifyReport } from '../modules/audit/index.js';

/** What a command prints and its exit code (functions so tests can call them without a process). */
export interface CommandOutput {
  exitCode: number;
  text: string;
}

const BROKEN = 3;

function problemLines(problems: ReadonlyArray<{ path: string; message: { zh: string; en: string } }>): string[] {
  return problems.map((p) => `  ${p.path}: ${p.message.zh} ${p.message.en}`);
}

/** Verifies the chains against the log's latest anchor, then appends a new anchor to it. */
export async function runAuditAnchor(rt: Pick<Runtime, 'config' | 'services'>, file?: string): Promise<CommandOutput> {
  const target = file ?? auditAnchorFileOf(rt.config);
  const r = await rt.services.audit.anchor(loadAnchor(target));
  if (!r.ok) {
    const lines = [`${r.reason.message.zh}`, `${r.reason.message.en}`, ...problemLines(r.reason.errors ?? [])];
    return { exitCode: BROKEN, text: lines.join('\n') };
  }
  appendAnchor(target, r.value);
  const lines = [
    `已写入审计锚点 Audit anchor written: ${target}`,
    `时间 Time: ${r.value.at}`,
    ...r.value.heads.map((h) => `  ${h.province}  #${h.seq}  ${h.hash.slice(0, 16)}…`),
    '请把锚点文件与备份一起保存在数据库之外。Keep the anchor log with the backups, away from the database.',
  ];
  return { exitCode: 0, text: lines.join('\n') };
}

function anchorLine(report: VerifyReport): string {
  const file = report.anchor.file ?? '';
  if (report.anchor.state === 'checked') return `锚点 Anchor: ${report.anchor.at ?? ''} (${file})`;
  if (report.anchor.state === 'malformed') return `锚点无法读取 Anchor unreadable: ${file}`;
  return `未找到锚点，只校验了链本身 No anchor found, only the chains themselves were checked: ${file}`;
}

/** Recomputes every chain and checks it against the latest anchor of the log. */
export async function runAuditVerify(rt: Pick<Runtime, 'config' | 'services'>, anchorFile?: string, json = false): Promise<CommandOutput> {
  const report = await rt.services.audit.verify({ anchor: loadAnchor(anchorFile ?? auditAnchorFileOf(rt.config)) });
  const exitCode = report.ok ? 0 : BROKEN;
  if (json) return { exitCode, text: JSON.stringify(report, null, 2) };
  const lines = [
    '审计链校验 Audit chain verification',
    `链 Chains: ${report.chains}，条目 Entries: ${report.entries}`,
    anchorLine(report),
    report.ok
      ? '结果 Result: 完好 intact'
      : `结果 Result: 发现 ${report.problems.length} 处问题 ${report.problems.length} problem(s) found`,
    ...problemLines(report.problems.map((p) => ({ path: `${p.province} #${p.chainSeq}`, message: p.message }))),
  ];
  return { exitCode, text: lines.join('\n') };
}

async function withRuntime(run: (rt: Runtime) => Promise<CommandOutput>): Promise<void> {
  const rt = await openRuntime(loadConfig());
  try {
    const out = await run(rt);
    console.log(out.text);
    process.exitCode = out.exitCode;
  } finally {
    await rt.close();
  }
}

/** Registers the `audit` subcommands. */
export function addAuditCommand(program: Command): void {
  const audit = program.command('audit').description('审计日志 audit log: keyed hash chains and their anchors');
  audit
    .command('anchor')
    .option('--file <file>', 'anchor log to append to (default: WUGONG_AUDIT_ANCHOR_FILE or data/backups/audit-anchors.jsonl)')
    .description('写入链头锚点 write the current chain heads, with their MAC, to the anchor log kept with the backups')
    .action((opts: { file?: string }) => withRuntime((rt) => runAuditAnchor(rt, opts.file)));
  audit
    .command('verify')
    .option('--anchor <file>', 'anchor log whose latest anchor to check against (default: the anchor log)')
    .option('--json', 'print the report as JSON')
    .description('校验审计链 recompute every chain and report any entry changed, removed or rewritten since the last anchor')
    .action((opts: { anchor?: string; json?: boolean }) => withRuntime((rt) => runAuditVerify(rt, opts.anchor, opts.json === true)));
}
