/**
 * `wugong import status [ID] [--as USERNAME] [--json]` and `wugong import dismiss ID`: import jobs
 * as the Imports page shows them. `status` first marks jobs whose lease has lapsed interrupted (as
 * the servers' runner does), so it tells the truth even when no server runs.
 */
import type { Command } from 'commander';
import type { ImportJob } from '../modules/imports/index.js';
import { DB_ENV, envHelp, half, say, t } from './i18n.js';
import { actorFor, CommandRefused, withRuntime } from './run.js';

export function statusText(s: ImportJob['status'], dismissed: boolean): string {
  const names: Record<ImportJob['status'], [string, string]> = {
    queued: ['排队中', 'queued'],
    running: ['导入中', 'running'],
    done: ['已完成', 'done'],
    failed: ['失败', 'failed'],
    interrupted: ['已中断', 'interrupted'],
  };
  const [zh, en] = names[s];
  return dismissed ? t(`${zh}（已处理）`, `${en} (dismissed)`) : t(zh, en);
}

/** One job in a few lines. */
export function jobLines(j: ImportJob): string[] {
  const pct = j.total > 0 ? ` ${Math.min(100, Math.floor((j.processed * 100) / j.total))}%` : '';
  const lines = [
    `${j.id}  ${j.entity}  ${j.fileName}  ${statusText(j.status, j.dismissedAt !== null)}${pct}`,
    `  ${t(
      `已处理 ${j.processed}${j.total ? `/${j.total}` : ''} 行：新增 ${j.created}，未变 ${j.unchanged}，更新 ${j.updated}，冲突 ${j.conflicts}，错误 ${j.errors}`,
      `${j.processed}${j.total ? `/${j.total}` : ''} rows processed: created ${j.created}, unchanged ${j.unchanged}, updated ${j.updated}, conflicts ${j.conflicts}, errors ${j.errors}`,
    )}`,
    `  ${t('开始', 'Started')} ${j.startedAt ?? j.createdAt}${j.finishedAt ? `  ${t('结束', 'ended')} ${j.finishedAt}` : ''}`,
  ];
  if (j.errorMessage) lines.push(`  ${half(j.errorMessage)}`);
  if ((j.status === 'interrupted' || j.status === 'failed') && !j.dismissedAt)
    lines.push(`  ${t(`处理后可执行：wugong import dismiss ${j.id}`, `Once dealt with: wugong import dismiss ${j.id}`)}`);
  return lines;
}

export function addImportStatusCommands(imp: Command): void {
  imp
    .command('status')
    .argument('[id]', t('任务编号（省略时列出最近的任务）', 'job id (omitted: the latest jobs)'))
    .option('--as <username>', t('以该工作人员的身份查看（其辖区内的任务）', 'look as this officer (jobs in their jurisdiction)'))
    .option('--limit <n>', t('列出的任务数', 'how many jobs to list'), (v) => Number.parseInt(v, 10), 20)
    .option('--json', t('以 JSON 输出', 'print JSON'))
    .description(
      t('查看导入任务（先把租约已过期的任务标记为已中断）', 'show import jobs (first marking those whose lease lapsed as interrupted)'),
    )
    .addHelpText('after', envHelp(DB_ENV))
    .action((id: string | undefined, opts: { as?: string; limit: number; json?: boolean }) =>
      withRuntime('import status', async (rt) => {
        const actor = await actorFor(rt, opts.as, 'cli');
        const marked = await rt.services.imports.interruptLapsed();
        if (marked > 0 && !opts.json)
          console.log(
            t(`${marked} 个任务的进程已停止，已标记为已中断。`, `${marked} job(s) whose process had stopped were marked interrupted.`),
          );
        let jobs: ImportJob[];
        if (id) {
          const r = await rt.services.imports.get(actor, id);
          if (!r.ok) throw new CommandRefused(t(`没有编号为 ${id} 的导入任务。`, `No import job ${id}.`));
          jobs = [r.value];
        } else {
          const r = await rt.services.imports.list(actor, 1, Math.max(1, Math.min(opts.limit, 200)));
          if (!r.ok) throw new CommandRefused(say(r.reason.message));
          jobs = r.value.items;
        }
        if (opts.json) {
          console.log(JSON.stringify(jobs, null, 2));
          return;
        }
        if (jobs.length === 0) console.log(t('没有导入任务。', 'No import jobs.'));
        for (const j of jobs) console.log(jobLines(j).join('\n'));
      }),
    );
  imp
    .command('dismiss')
    .argument('<id>', t('任务编号', 'job id'))
    .option('--as <username>', t('以该工作人员的身份处理', 'act as this officer'))
    .description(t('把已中断或失败的导入任务标记为已处理（记入审计）', 'mark an interrupted or failed import job dealt with (audited)'))
    .addHelpText('after', envHelp(DB_ENV))
    .action((id: string, opts: { as?: string }) =>
      withRuntime('import dismiss', async (rt) => {
        const actor = await actorFor(rt, opts.as, 'cli');
        const r = await rt.services.imports.dismiss(actor, id);
        if (!r.ok) throw new CommandRefused(say(r.reason.message));
        console.log(t(`已标记为已处理：${id}`, `Dismissed: ${id}`));
      }),
    );
}
