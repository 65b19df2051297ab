/**
 * HTTP load (issue 8): requests per second and p50/p99 latency at 50 connections, each beside its
 * ceiling measured in the same run: a bare Fastify route doing the same indexed point read on the
 * same database file (`select * from people where id = ?`), and a bare /healthz; the name search
 * also beside a bare route doing the search's own work (bench/http-server.ts).
 *   npm run bench -- http --size 100000        (BENCH_SECONDS=10, BENCH_CONNECTIONS=50)
 * The servers run in their own processes (bench/http-server.ts); autocannon runs here. With
 * BENCH_CPU_PROF=<folder> the product server runs under `node --cpu-prof` and writes its profile
 * there; `tsx bench/cpu-profile.ts <file>` prints where the time went. BENCH_ROUTES=person,search
 * (any of healthz, person, search, evaluate) loads only those product routes, so a profile holds one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { Benchmark } from './types.js';
import { openPeopleDb } from './people-db.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const ROUTES = new Set((process.env.BENCH_ROUTES ?? 'healthz,person,search,evaluate').split(','));
const SKIPPED: Load = { rps: 0, p50: 0, p99: 0, non2xx: 0, errors: 0 };

interface Served {
  child: ChildProcess;
  info: { cookie?: string; csrfToken?: string; ids: string[]; names: string[] };
}

async function serve(mode: 'product' | 'bare', size: number, port: number): Promise<Served> {
  const prof = process.env.BENCH_CPU_PROF && mode === 'product' ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...prof, '--import', 'tsx', path.join(here, 'http-server.ts'), mode, String(size), String(port)], {
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
  non2xx: number;
  errors: number;
}

async function load(
  url: string,
  requests: Parameters<typeof autocannon>[0]['requests'],
  headers: Record<string, string> = {},
): Promise<Load> {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers, ...(requests ? { requests } : {}) });
  return { rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
}

function rotating(paths: string[]): (req: { path?: string }) => { path?: string } {
  let i = 0;
  return (req) => ({ ...req, path: paths[i++ % paths.length] });
}

const bench: Benchmark = {
  description: 'HTTP requests/s and p50/p99 of signed-in reads and the evaluate route, beside a bare Fastify point read in the same run',
  async run({ size }) {
    const n = size ?? 100_000;
    const { rt, built, buildSeconds } = await openPeopleDb(n, (s) => console.error(s));
    await rt.close();
    const bare = await serve('bare', n, 3191);
    const product = await serve('product', n, 3190);
    try {
      const ids = bare.info.ids;
      const names = product.info.names.map((s) => s.slice(0, 2));
      const ceilingRead = await load('http://127.0.0.1:3191', [{ method: 'GET', setupRequest: rotating(ids.map((id) => `/p/${id}`)) }]);
      const ceilingHealthz = await load('http://127.0.0.1:3191/healthz', undefined);
      // Not a ceiling: the bare /healthz with the product's headers, to show what the headers alone cost.
      const bareHeaders = ROUTES.has('healthz') ? await load('http://127.0.0.1:3191/healthz-headers', undefined) : SKIPPED;
      const searchPaths = names.map((q) => `/api/v1/people?q=${encodeURIComponent(q)}&pageSize=20`);
      const ceilingSearch = !ROUTES.has('search')
        ? SKIPPED
        : await load('http://127.0.0.1:3191', [
            { method: 'GET', setupRequest: rotating(names.map((q) => `/s?q=${encodeURIComponent(q)}`)) },
          ]);
      const auth = { cookie: `wg_session=${product.info.cookie}`, 'x-csrf-token': product.info.csrfToken ?? '' };
      const healthz = ROUTES.has('healthz') ? await load('http://127.0.0.1:3190/healthz', undefined) : SKIPPED;
      const person = !ROUTES.has('person')
        ? SKIPPED
        : await load('http://127.0.0.1:3190', [{ method: 'GET', setupRequest: rotating(ids.map((id) => `/api/v1/people/${id}`)) }], auth);
      const search = !ROUTES.has('search')
        ? SKIPPED
        : await load('http://127.0.0.1:3190', [{ method: 'GET', setupRequest: rotating(searchPaths) }], auth);
      const evaluate = !ROUTES.has('evaluate')
        ? SKIPPED
        : await load(
            'http://127.0.0.1:3190',
            [
              {
                method: 'POST',
                path: '/api/v1/policy/evaluate',
                headers: { ...auth, 'content-type': 'application/json' },
                body: JSON.stringify({
                  programId: 'job-seeking-subsidy',
                  asOf: '2022-03-01',
                  facts: {
                    povertyRegistered: true,
                    birthDate: '1990-05-20',
                    hukouRegion: '451228',
                    employmentRegion: '441900',
                    employedNow: true,
                    monthsEmployedAway: 4,
                    jobSeekingPaidThisYear: false,
                    household: 'ordinary',
                  },
                }),
              },
            ],
            auth,
          );
      const ratio = (a: Load, b: Load) => Number((a.rps / b.rps).toFixed(3));
      const out: Record<string, number | string> = {
        people: n,
        built: String(built),
        buildSeconds,
        connections: CONNECTIONS,
        seconds: SECONDS,
        logLevel: process.env.WUGONG_LOG_LEVEL ?? 'info',
        accessLog: process.env.WUGONG_ACCESS_LOG || 'writes',
        loadAverage: os.loadavg()[0]?.toFixed(1) ?? '',
      };
      const rows: Array<[string, Load, Load]> = [
        ['ceilingPointRead', ceilingRead, ceilingRead],
        ['ceilingHealthz', ceilingHealthz, ceilingHealthz],
        ['bareHealthzWithHeaders', bareHeaders, ceilingHealthz],
        ['healthz', healthz, ceilingHealthz],
        ['personById', person, ceilingRead],
        ['ceilingSearch', ceilingSearch, ceilingRead],
        ['nameSearch', search, ceilingRead],
        ['policyEvaluate', evaluate, ceilingRead],
      ];
      for (const [name, l, ceiling] of rows) {
        if (l === SKIPPED) continue;
        out[`${name}_rps`] = l.rps;
        out[`${name}_p50_ms`] = l.p50;
        out[`${name}_p99_ms`] = l.p99;
        if (l.non2xx || l.errors) out[`${name}_non2xx_errors`] = `${l.non2xx}/${l.errors}`;
        if (l !== ceiling) out[`${name}_ratio`] = ratio(l, ceiling);
      }
      // The search beside the same work done the shortest way (the point read is the yardstick, not the same work).
      if (search !== SKIPPED && ceilingSearch !== SKIPPED) out.nameSearch_ofSameWork_ratio = ratio(search, ceilingSearch);
      return out;
    } finally {
      await stop(product);
      await stop(bare);
    }
  },
};

export default bench;
