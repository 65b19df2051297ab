/**
 * Import progress on the command line (issue 11, point 7): counts rows, with an estimate of the
 * total from the file size until the whole file has been read; a bar on a terminal, plain lines
 * (every 10 %) otherwise (cron, logs); the terminal is restored on any signal or exit.
 */
import cliProgress from 'cli-progress';
import { t } from './i18n.js';

export interface RowProgress {
  /** Rows read so far and bytes of the file they came from; done when the whole file has been read. */
  read(p: { rows: number; bytes: number; done: boolean }): void;
  /** Rows written (committed) so far. */
  written(rows: number): void;
  stop(): void;
}

/** Rows expected in the file: exact once read to the end, else rows so far scaled by the bytes left. */
export function estimateTotal(rows: number, bytes: number, fileSize: number, done: boolean): number {
  if (done || bytes <= 0) return rows;
  return Math.max(rows, Math.round((rows * fileSize) / bytes));
}

const SHOW_CURSOR = '\u001b[?25h';

export function rowProgress(fileSize: number, stream: NodeJS.WriteStream = process.stderr): RowProgress {
  let total = 0;
  let known = false;
  let read = 0;
  let written = 0;
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: t(
          '{bar} {percentage}% | {value}/{totalText} 行 | 已写入 {written} 行',
          '{bar} {percentage}% | {value}/{totalText} rows | {written} written',
        ),
        hideCursor: true,
        stream,
      },
      cliProgress.Presets.shades_classic,
    );
    const restore = () => stream.write(SHOW_CURSOR);
    process.once('exit', restore);
    bar.start(1, 0, { totalText: '?', written: 0 });
    let stopped = false;
    return {
      read(p) {
        total = estimateTotal(p.rows, p.bytes, fileSize, p.done);
        known = p.done;
        read = p.rows;
        bar.setTotal(Math.max(1, total));
        bar.update(read, { totalText: known ? String(total) : `≈${total}`, written });
      },
      written(rows) {
        written = rows;
        bar.update(Math.max(read, rows), { written });
      },
      stop() {
        if (stopped) return;
        stopped = true;
        bar.stop();
        restore();
      },
    };
  }
  let lastStep = '';
  const line = () => {
    const pct = total > 0 ? Math.min(100, Math.floor((Math.max(read, written) * 100) / total)) : 0;
    // A line per 10 % step, and one when every row has been written.
    const step = `${Math.floor(pct / 10)}:${known && written >= total}`;
    if (step === lastStep) return;
    lastStep = step;
    const of = known ? String(total) : `≈${total}`;
    stream.write(
      `${t(`导入进度：${pct}%，已读 ${read}/${of} 行，已写入 ${written} 行`, `Import progress: ${pct}%, ${read}/${of} rows read, ${written} written`)}\n`,
    );
  };
  return {
    read(p) {
      total = estimateTotal(p.rows, p.bytes, fileSize, p.done);
      known = p.done;
      read = p.rows;
      line();
    },
    written(rows) {
      written = rows;
      line();
    },
    stop() {},
  };
}
