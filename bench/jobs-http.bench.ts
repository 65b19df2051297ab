/**
 * The recommendation endpoint under load (issue 9, point 12): `GET /api/v1/jobs/recommendations`
 * signed in as the bench worker, autocannon at 50 connections, beside its ceiling measured in the
 * same run — a bare Fastify route answering the same top 20 from an in-memory index of the same
 * postings (and their 20 rows by one prepared read) — and a bare one-row point read of a posting.
 *   npm run bench -- jobs-http --size 1000000        (BENCH_SECONDS=10, BENCH_CONNECTIONS=50)
 * The servers run in their own processes (bench/jobs-http-server.ts) over the cached database of
 * bench/jobs-db.ts (built here first when missing); autocannon runs here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { Benchmark } from './types.js';
import { openJobsDb } from './jobs-db.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

interface Served {
  child: ChildProcess;
  info: { cookie?: string; ids?: string[] };
}

async function serve(mode: 'product' | 'bare', size: number, port: number): Promise<Served> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'jobs-http-server.ts'), mode, String(size), String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, WUGONG_RATE_LIMIT: process.env.WUGONG_RATE_LIMIT ?? '0' },
  });
  const lines = readline.createInterface({ input: child.stdout! });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`${mode} server exited with ${code}`)));
  });
  return { child, info: JSON.parse(first) as Served['info'] };
}

async function stop(s: Served): Promise<void> {
  const exited = new Promise((resolve) => s.child.once('exit', resolve));
  s.child.kill('SIGTERM');
  await exited;
}

interface Load {
  rps: number;
  p50: number;
  p99: number;
  bad: number;
}

async function load(url: string, opts: Partial<Parameters<typeof autocannon>[0]> = {}): Promise<Load> {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, ...opts });
  return { rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, bad: r.non2xx + r.errors };
}

const bench: Benchmark = {
  description:
    'GET /api/v1/jobs/recommendations under load (signed-in worker) beside a bare in-memory top 20 and a bare point read, same run',
  async run({ size }) {
    const n = size ?? 10_000;
    const t = Date.now();
    const { rt, built } = await openJobsDb(n, (s) => console.error(s));
    await rt.close();
    const buildSeconds = (Date.now() - t) / 1000;
    const product = await serve('product', n, 3191);
    const bare = await serve('bare', n, 3192);
    try {
      const ids = bare.info.ids ?? [];
      let i = 0;
      const pointRead = await load('http://127.0.0.1:3192', {
        requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: `/point/${ids[i++ % ids.length] ?? ''}` }) }],
      });
      const ceiling = await load('http://127.0.0.1:3192/recommend');
      const endpoint = await load('http://127.0.0.1:3191/api/v1/jobs/recommendations?limit=20', {
        headers: { cookie: `wg_session=${product.info.cookie ?? ''}` },
      });
      const ratio = (a: Load, b: Load) => Number((a.rps / Math.max(b.rps, 1)).toFixed(3));
      return {
        postings: n,
        built: String(built),
        buildSeconds,
        connections: CONNECTIONS,
        seconds: SECONDS,
        loadAverage: os.loadavg()[0]?.toFixed(1) ?? '',
        endpoint_rps: endpoint.rps,
        endpoint_p50_ms: endpoint.p50,
        endpoint_p99_ms: endpoint.p99,
        endpoint_bad: endpoint.bad,
        ceiling_rps: ceiling.rps,
        ceiling_p50_ms: ceiling.p50,
        ceiling_p99_ms: ceiling.p99,
        pointRead_rps: pointRead.rps,
        pointRead_p99_ms: pointRead.p99,
        endpointToCeiling: ratio(endpoint, ceiling),
        endpointToPointRead: ratio(endpoint, pointRead),
        ceilingToPointRead: ratio(ceiling, pointRead),
      };
    } finally {
      await stop(product);
      await stop(bare);
    }
  },
};

export default bench;
