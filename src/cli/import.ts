/**
 * `wugong import people|enterprises FILE [--update] [--reveal]`: imports a file in the foreground as
 * the system actor, with a progress bar, a summary, and the error report written next to the file
 * (FILE.errors.xlsx). The report is masked like the API's; `--reveal` writes each row's failing
 * value in clear instead, and records that in the audit log. The same service and engine as the API.
 */
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { loadConfig } from '../config.js';
import { openRuntime } from '../runtime.js';
import { systemActor } from '../modules/actor.js';
import { reportFileFor, runFileImport } from '../modules/imports/index.js';
import type { ImportService } from '../modules/imports/index.js';

/**
 * Writes a job's error report beside the imported file; returns its path, or null when the job has
 * none. Masked unless `reveal` (audited as the system actor).
 */
export async function writeImportReport(
  imports: ImportService,
  jobId: string,
  file: string,
  opts: { reveal: boolean },
): Promise<string | null> {
  const report = await imports.report(systemActor('cli'), jobId, { reveal: opts.reveal });
  if (!report.ok) return null;
  const target = reportFileFor(file);
  await pipeline(report.value.stream, fs.createWriteStream(target, { mode: 0o600 }));
  return target;
}

/** Registers the `import` subcommand. */
export function addImportCommand(program: Command): void {
  program
    .command('import')
    .argument('<entity>', 'people | enterprises')
    .argument('<file>', '.xlsx or .csv file (the template from /api/v1/imports/templates/<entity>)')
    .option('--update', 'update existing records whose data differs (default: report them as conflicts)')
    .option('--workers <n>', 'parse worker threads', (v) => Number.parseInt(v, 10))
    .option('--reveal', 'show each failing value in clear in the error report (recorded in the audit log)')
    .description('import people or enterprises from a file')
    .action(async (entity: string, file: string, opts: { update?: boolean; workers?: number; reveal?: boolean }) => {
      const rt = await openRuntime(loadConfig());
      const size = fs.statSync(file).size;
      const bar = new cliProgress.SingleBar(
        { format: '{bar} {percentage}% | {rows} rows | {eta_formatted} left', hideCursor: true },
        cliProgress.Presets.shades_classic,
      );
      bar.start(size, 0, { rows: 0 });
      try {
        const r = await runFileImport(rt.services.imports, systemActor('cli'), entity, file, opts.update ? 'update' : 'insert', {
          ...(opts.workers !== undefined ? { workers: opts.workers } : {}),
          onProgress: (p) => bar.update(Math.min(p.bytes, size), { rows: p.processed }),
        });
        bar.update(size);
        bar.stop();
        if (!r.ok) {
          console.error(`${r.reason.message.zh}\n${r.reason.message.en}`);
          process.exitCode = 2;
          return;
        }
        const j = r.value;
        console.log(
          `status ${j.status}: ${j.total} rows — created ${j.created}, unchanged ${j.unchanged}, updated ${j.updated}, conflicts ${j.conflicts}, errors ${j.errors}`,
        );
        if (j.errorMessage) console.error(j.errorMessage);
        if (j.hasReport) {
          const written = await writeImportReport(rt.services.imports, j.id, file, { reveal: opts.reveal === true });
          if (written) console.log(`error report${opts.reveal ? ' (failing values in clear)' : ' (masked)'}: ${written}`);
        }
        if (j.status !== 'done') process.exitCode = 1;
      } finally {
        bar.stop();
        await rt.close();
      }
    });
}
