/**
 * Benchmark runner: `npm run bench` runs every benchmark; `npm run bench -- NAME --size N` runs one.
 * Each bench/NAME.bench.ts exports a default Benchmark. Results print as JSON lines and are copied
 * by hand, with date and machine, into BENCHMARKS.md. Benchmarks never run in CI.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Benchmark } from './types.js';

const here = path.dirname(fileURLToPath(import.meta.url));

function parseArgs(argv: string[]): { names: string[]; size: number | undefined } {
  const names: string[] = [];
  let size: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--size') {
      size = Number(argv[++i]);
      if (!Number.isInteger(size) || size <= 0) throw new Error('--size needs a positive integer');
    } else if (a) names.push(a);
  }
  return { names, size };
}

async function main(): Promise<void> {
  const { names, size } = parseArgs(process.argv.slice(2));
  const files = fs
    .readdirSync(here)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
  const available = files.map((f) => f.replace(/\.bench\.ts$/, ''));
  const chosen = names.length ? names : available;
  for (const n of chosen) if (!available.includes(n)) throw new Error(`no benchmark "${n}"; have: ${available.join(', ')}`);
  console.log(
    JSON.stringify({
      date: new Date().toISOString(),
      cpus: os.cpus()[0]?.model,
      cores: os.cpus().length,
      memGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    }),
  );
  for (const n of chosen) {
    const mod: { default: Benchmark } = await import(pathToFileURL(path.join(here, `${n}.bench.ts`)).href);
    const started = Date.now();
    const result = await mod.default.run({ size });
    console.log(JSON.stringify({ bench: n, seconds: (Date.now() - started) / 1000, ...result }));
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
