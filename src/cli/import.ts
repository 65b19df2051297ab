/**
 * `wugong import people|enterprises FILE [--update] [--reveal] [--as USERNAME]`: imports a file in
 * the foreground with row progress, a summary and the error report written next to the file
 * (FILE.errors.xlsx, masked unless --reveal, which is audited). `--as` runs it as that officer
 * (their jurisdiction and permissions; audited as them), so the county sees the job; otherwise the
 * nationwide system actor. `wugong import status [ID]` and `wugong import dismiss ID` show and clear
 * interrupted jobs. Exit codes: 0 every row in, 3 some rows refused (report written), 2 refused
 * before starting, 1 failed or interrupted (README "Exit codes").
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import { systemActor, type Actor } from '../modules/actor.js';
import { reportFileFor } from '../modules/imports/index.js';
import type { ImportService } from '../modules/imports/index.js';
import type { ImportJob } from '../modules/imports/index.js';
import { DB_ENV, envHelp, half, say, t } from './i18n.js';
import { rowProgress } from './progress.js';
import { actorFor, CommandRefused, EXIT, withRuntime } from './run.js';
import { addImportStatusCommands } from './import-status.js';

/** Writes a job's error report beside the imported file; returns its path, or null when the job has none. */
export async function writeImportReport(
  imports: ImportService,
  jobId: string,
  file: string,
  opts: { reveal: boolean },
  actor: Actor = systemActor('cli'),
): Promise<string | null> {
  const report = await imports.report(actor, jobId, { reveal: opts.reveal });
  if (!report.ok) return null;
  const target = reportFileFor(file);
  await pipeline(report.value.stream, fs.createWriteStream(target, { mode: 0o600 }));
  return target;
}

/** The summary of a finished job, and its exit code. */
export function summaryOf(j: ImportJob): { text: string; exitCode: number } {
  const counts = t(
    `共 ${j.total} 行：新增 ${j.created}，未变 ${j.unchanged}，更新 ${j.updated}，冲突 ${j.conflicts}，错误 ${j.errors}`,
    `${j.total} rows: created ${j.created}, unchanged ${j.unchanged}, updated ${j.updated}, conflicts ${j.conflicts}, errors ${j.errors}`,
  );
  if (j.status === 'done') {
    const refused = j.conflicts + j.errors;
    return refused === 0
      ? { text: `${t('导入完成：', 'Import done: ')}${counts}`, exitCode: EXIT.ok }
      : { text: `${t(`导入完成，${refused} 行未导入：`, `Import done, ${refused} row(s) refused: `)}${counts}`, exitCode: EXIT.findings };
  }
  const state = j.status === 'interrupted' ? t('导入已中断', 'Import interrupted') : t('导入失败', 'Import failed');
  return { text: `${state}${t('：', ': ')}${counts}${j.errorMessage ? `\n${half(j.errorMessage)}` : ''}`, exitCode: EXIT.failure };
}

const COLUMNS: Record<string, { zh: string; en: string }> = {
  people: {
    zh: '必填列：姓名、身份证号码、户籍地代码；模板见 GET /api/v1/imports/templates/people 或导入页面。',
    en: 'Required columns: name, ID number, hukou code; template at GET /api/v1/imports/templates/people or the Imports page.',
  },
  enterprises: {
    zh: '必填列：统一社会信用代码、单位名称、行业代码、所在地代码；模板见 GET /api/v1/imports/templates/enterprises 或导入页面。',
    en: 'Required columns: credit code, name, industry code, address code; template at GET /api/v1/imports/templates/enterprises or the Imports page.',
  },
};

const IMPORT_ENV = [
  ...DB_ENV,
  [
    'WUGONG_JOB_LEASE_SECONDS',
    '60',
    '导入任务租约时长；进程停止后超过该时长即标记为已中断',
    'job lease; a job whose process stopped is marked interrupted after it',
  ],
] as const;

async function runImportCommand(
  entity: 'people' | 'enterprises',
  file: string,
  opts: { update?: boolean; workers?: number; reveal?: boolean; as?: string },
): Promise<void> {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new CommandRefused(t(`找不到文件：${file}`, `No such file: ${file}`));
  const size = fs.statSync(file).size;
  await withRuntime(`import ${entity}`, async (rt) => {
    const actor = await actorFor(rt, opts.as, 'cli');
    const progress = rowProgress(size);
    // A signal ends the job as interrupted (after the batch under way) and restores the terminal.
    let signalled: NodeJS.Signals | null = null;
    const onSignal = (signal: NodeJS.Signals) => {
      if (signalled) process.exit(EXIT.failure);
      signalled = signal;
      progress.stop();
      console.error(t('正在中断导入（等待当前批次写完）…', 'Interrupting the import (after the batch under way)…'));
      void rt.services.imports.interruptOwn();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    process.on('SIGHUP', onSignal);
    try {
      const r = await rt.services.imports.start(
        actor,
        entity,
        { name: path.basename(file), data: fs.createReadStream(file) },
        opts.update ? 'update' : 'insert',
        {
          foreground: true,
          engine: {
            ...(opts.workers !== undefined ? { workers: opts.workers } : {}),
            onRead: (p) => progress.read(p),
            onProgress: (p) => progress.written(p.processed),
          },
        },
      );
      progress.stop();
      if (!r.ok) throw new CommandRefused(say(r.reason.message));
      const job = r.value;
      const summary = summaryOf(job);
      console.log(summary.text);
      console.log(t(`任务编号：${job.id}`, `Job: ${job.id}`));
      if (job.hasReport) {
        const written = await writeImportReport(rt.services.imports, job.id, file, { reveal: opts.reveal === true }, actor);
        if (written)
          console.log(
            opts.reveal
              ? t(`错误报告（显示原值，已记入审计）：${written}`, `Error report (failing values in clear, audited): ${written}`)
              : t(`错误报告（已遮蔽）：${written}`, `Error report (masked): ${written}`),
          );
      }
      process.exitCode = signalled ? 128 + (os.constants.signals[signalled] ?? 15) : summary.exitCode;
    } finally {
      progress.stop();
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      process.removeListener('SIGHUP', onSignal);
    }
  });
}

/** Registers `import people`, `import enterprises`, `import status` and `import dismiss`. */
export function addImportCommand(program: Command): void {
  const imp = program
    .command('import')
    .description(
      t(
        '从 .xlsx 或 .csv 文件导入劳动力或用人单位，查看和处理导入任务',
        'import workers or employers from .xlsx or .csv files; see and clear import jobs',
      ),
    );
  for (const entity of ['people', 'enterprises'] as const) {
    const what = entity === 'people' ? t('劳动力（人员）', 'workers (people)') : t('用人单位', 'employers (enterprises)');
    imp
      .command(entity)
      .argument('<file>', t('.xlsx 或 .csv 文件（导入模板的格式）', '.xlsx or .csv file (in the import template’s layout)'))
      .option(
        '--update',
        t('更新数据有变化的已有记录（默认作为冲突报告）', 'update existing records whose data differs (default: report them as conflicts)'),
      )
      .option(
        '--as <username>',
        t(
          '以该工作人员的身份导入（其辖区和权限内，审计记为该人）；默认为系统',
          'import as this officer (within their jurisdiction and permissions, audited as them); default: the system',
        ),
      )
      .option('--reveal', t('错误报告中显示每行出错的原值（记入审计）', 'show each failing value in clear in the error report (audited)'))
      .option('--workers <n>', t('解析线程数', 'parse worker threads'), (v) => Number.parseInt(v, 10))
      .description(t(`导入${what}`, `import ${what}`))
      .addHelpText(
        'after',
        `\n${say(COLUMNS[entity] ?? { zh: '', en: '' })}\n${t(
          '错误报告写在文件旁：FILE.errors.xlsx。退出码：0 全部导入；3 部分行未导入（已写错误报告）；2 未开始（文件或参数有误）；1 失败或中断。',
          'The error report is written beside the file: FILE.errors.xlsx. Exit codes: 0 every row in; 3 some rows refused (report written); 2 not started (bad file or arguments); 1 failed or interrupted.',
        )}\n${envHelp(IMPORT_ENV)}`,
      )
      .action((file: string, opts: { update?: boolean; workers?: number; reveal?: boolean; as?: string }) =>
        runImportCommand(entity, file, opts),
      );
  }
  addImportStatusCommands(imp);
}
