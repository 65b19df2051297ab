/**
 * The server side of bench/jobs-http.bench.ts, in its own process so the load generator does not
 * share its event loop: `tsx bench/jobs-http-server.ts product|bare SIZE PORT`, over the cached
 * database of bench/jobs-db.ts.
 *
 * - product: the real application (buildApp), logging at `info` to /dev/null as in production, rate
 *   limit off; signs the bench worker in (`bench_worker`, role worker) and prints the cookie.
 * - bare: the ceiling: a bare Fastify whose /recommend answers the same top 20 from an in-memory
 *   index of the same open postings (read once from the same file, built with buildPostingIndex and
 *   ranked with rankIndex, no session, no profile read) plus the 20 rows by one prepared read, and
 *   /point/:id, one prepared `select * from job_postings where id = ?`.
 *
 * Prints one JSON line (cookie for product; posting ids for point reads) and serves until SIGTERM.
 */
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import { BENCH_NOW, openJobsDb, WORKER_PASSWORD } from './jobs-db.js';
import { buildApp } from '../src/http/app.js';
import { loadConfig } from '../src/config.js';
import { buildPostingIndex } from '../src/modules/jobs/matching-index.js';
import { rankIndex } from '../src/modules/jobs/matching-rank.js';
import { factsOf } from '../src/modules/jobs/match.service.js';
import type { JobPostingRow } from '../src/modules/jobs/jobs.table.js';

const [mode = 'product', sizeArg = '10000', portArg = '3191'] = process.argv.slice(2);
const size = Number(sizeArg);
const port = Number(portArg);

async function product(): Promise<() => Promise<void>> {
  const { rt } = await openJobsDb(size);
  const config = { ...rt.config, rateLimitPerMinute: Number(process.env.WUGONG_RATE_LIMIT ?? 0) };
  const app = await buildApp({
    services: rt.services,
    config,
    logger: { level: process.env.WUGONG_LOG_LEVEL ?? 'info', file: '/dev/null', accessLog: loadConfig().accessLog },
  });
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'bench_worker', password: WORKER_PASSWORD },
  });
  if (res.statusCode !== 200) throw new Error(`login: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'wg_session')?.value;
  // The first request reads the open postings and builds the index; the load measures the warm path.
  const warm = await app.inject({ method: 'GET', url: '/api/v1/jobs/recommendations?limit=20', cookies: { wg_session: cookie ?? '' } });
  if (warm.statusCode !== 200) throw new Error(`recommendations: ${warm.statusCode} ${warm.body}`);
  await app.listen({ host: '127.0.0.1', port });
  console.log(JSON.stringify({ cookie }));
  return async () => {
    await app.close();
    await rt.close();
  };
}

async function bare(): Promise<() => Promise<void>> {
  const { rt, file, profile } = await openJobsDb(size);
  await rt.close();
  const db = new Database(file, { readonly: true });
  const rows = db
    .prepare(
      `select id, occupation_code, work_code, pay_min_fen, pay_max_fen, pay_period, piece_monthly_fen, housing, meals, contract_kind,
       priority_sector from job_postings where status = 'open' and expires_on >= ? and filled < headcount order by id`,
    )
    .all(BENCH_NOW.slice(0, 10)) as Array<Parameters<typeof factsOf>[0]>;
  const index = buildPostingIndex(rows.map(factsOf));
  const byIds = db.prepare(`select * from job_postings where id in (${Array.from({ length: 20 }, () => '?').join(', ')})`);
  const byId = db.prepare('select * from job_postings where id = ?');
  const app = Fastify({ logger: false });
  app.get('/recommend', async () => {
    const best = rankIndex(profile, index, 20);
    const full = new Map((byIds.all(...best.map((m) => m.postingId)) as JobPostingRow[]).map((r) => [r.id, r]));
    return { items: best.map((m) => ({ ...m, posting: full.get(m.postingId) })) };
  });
  app.get<{ Params: { id: string } }>('/point/:id', async (req, reply) => {
    const row = byId.get(req.params.id);
    if (!row) return reply.status(404).send({ status: 404 });
    return row;
  });
  await app.listen({ host: '127.0.0.1', port });
  console.log(JSON.stringify({ ids: rows.slice(0, 2000).map((r) => r.id) }));
  return async () => {
    await app.close();
    db.close();
  };
}

const close = await (mode === 'bare' ? bare() : product());
process.on('SIGTERM', () => {
  void close().then(() => process.exit(0));
});
