/**
 * The background runner an app server starts: every interval it fires due timers, then drains the
 * outbox (timers first, because a timer's handler may enqueue messages). Every server of a
 * deployment runs one; they share the work through the database (leases, and SKIP LOCKED on
 * PostgreSQL), so stopping or adding servers needs no coordination. Tests and the CLI call
 * `timers.runDue()` and `outbox.drain()` directly instead.
 */
import crypto from 'node:crypto';
import os from 'node:os';

/** Names one process's timers or outbox service in `claimed_by`: host, process id and a random tag. */
export function newRunnerId(): string {
  return `${os.hostname()}:${process.pid}:${crypto.randomBytes(4).toString('hex')}`;
}

export interface RunnerTasks {
  timers: { runDue(): Promise<unknown> };
  outbox: { drain(): Promise<unknown> };
}

export interface RunnerOptions {
  /** Pause between two rounds (milliseconds). */
  intervalMs: number;
  /** Told about a round that threw (a database outage); the runner keeps going. */
  onError?: (err: unknown) => void;
}

export interface Runner {
  /** Starts the rounds (the first at once); a second call does nothing. */
  start(): void;
  /** Stops after the round under way, if any, has finished. */
  stop(): Promise<void>;
  /** One round now (timers, then outbox). */
  tick(): Promise<void>;
}

export function createRunner(tasks: RunnerTasks, options: RunnerOptions): Runner {
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> | null = null;
  let started = false;

  async function round(): Promise<void> {
    try {
      await tasks.timers.runDue();
      await tasks.outbox.drain();
    } catch (err) {
      options.onError?.(err);
    }
  }

  function schedule(): void {
    if (!started) return;
    timer = setTimeout(() => {
      current = round().finally(() => {
        current = null;
        schedule();
      });
    }, options.intervalMs);
    // The runner alone never keeps the process alive.
    timer.unref();
  }

  return {
    start() {
      if (started) return;
      started = true;
      current = round().finally(() => {
        current = null;
        schedule();
      });
    },
    async stop() {
      started = false;
      if (timer) clearTimeout(timer);
      await current;
    },
    tick: round,
  };
}
