/**
 * A second app server on the same database as a test runtime, in a worker thread (see
 * sibling.worker.ts): the tests of the kernel runner race it against the test runtime.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { pgUrl, type TestRuntime } from './runtime.js';
import type { Seen, SiblingAnswer, SiblingInit } from './sibling.worker.js';

export type { Seen };

export interface Sibling {
  /** Drains the outbox as the other server; returns how many it delivered. */
  drain(): Promise<number>;
  /** Fires due timers as the other server. */
  runTimers(): Promise<{ fired: number; failed: number }>;
  /** What the other server's handlers saw since the last call. */
  seen: Seen[];
  close(): Promise<void>;
}

let bundled: Promise<string> | undefined;

function bundle(): Promise<string> {
  bundled ??= (async () => {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const outfile = path.join(here, '..', '..', 'node_modules', '.cache', 'wugong-tests', `sibling-${process.pid}.mjs`);
    await build({
      entryPoints: [path.join(here, 'sibling.worker.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      outfile,
      logLevel: 'warning',
    });
    return outfile;
  })();
  return bundled;
}

function isAnswer(v: unknown): v is SiblingAnswer {
  return typeof v === 'object' && v !== null && 'seq' in v && 'ok' in v && 'seen' in v;
}

function isDrainValue(v: unknown): v is number {
  return typeof v === 'number';
}

function isTimersValue(v: unknown): v is { fired: number; failed: number } {
  return (
    typeof v === 'object' && v !== null && 'fired' in v && 'failed' in v && typeof v.fired === 'number' && typeof v.failed === 'number'
  );
}

/** Starts the other server with recording handlers for these outbox topics and timer kinds. */
export async function startSibling(rt: TestRuntime, handlers: { topics: string[]; kinds: string[] }): Promise<Sibling> {
  const init: SiblingInit = {
    config: rt.config,
    pgUrl: rt.db.dialect === 'postgres' ? (pgUrl ?? null) : null,
    schema: rt.schema ?? null,
    ...handlers,
    now: rt.clock.now().toISOString(),
  };
  const worker = new Worker(await bundle(), { workerData: init });
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  let seq = 0;
  const waiting = new Map<number, (a: SiblingAnswer) => void>();
  worker.on('message', (m: unknown) => {
    if (isAnswer(m)) waiting.get(m.seq)?.(m);
  });
  const sibling: Sibling = {
    seen: [],
    drain: async () => {
      const v = await call('drain');
      if (!isDrainValue(v)) throw new Error('sibling drain: unexpected answer');
      return v;
    },
    runTimers: async () => {
      const v = await call('timers');
      if (!isTimersValue(v)) throw new Error('sibling timers: unexpected answer');
      return v;
    },
    close: async () => {
      await call('close');
      await worker.terminate();
    },
  };
  function call(cmd: 'drain' | 'timers' | 'close'): Promise<unknown> {
    const n = ++seq;
    return new Promise((resolve, reject) => {
      waiting.set(n, (a) => {
        waiting.delete(n);
        sibling.seen.push(...a.seen);
        if (a.ok) resolve(a.value);
        else reject(new Error(`sibling ${cmd}: ${a.error ?? 'failed'}`));
      });
      worker.postMessage({ seq: n, cmd, now: rt.clock.now().toISOString() });
    });
  }
  return sibling;
}
