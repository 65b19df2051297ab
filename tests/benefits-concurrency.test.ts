/**
 * "One hundred concurrent submissions of the same approval pay once": on PostgreSQL each call has
 * its own pool with one connection (as many as the server has free, up to a hundred); on SQLite each
 * call runs in its own worker thread (a hundred) with its own connection to the same file. Exactly one payment is in effect; every other caller gets the first
 * answer (the claim as approved) or a clear refusal.
 */
import { createUnitOfWork } from '../src/modules/kernel/unit-of-work.js';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import pg from 'pg';
import { expect, it } from 'vitest';
import { describeEachDb, pgUrl, TEST_KEY } from './helpers/runtime.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { systemActor, type Actor } from '../src/modules/actor.js';
import { openPostgres } from '../src/db/database.js';
import { createAuditService } from '../src/modules/audit/audit.service.js';
import { createBenefitsServices } from '../src/modules/benefits/benefits.services.js';
import { createPersonReader } from '../src/modules/people/person-reader.service.js';
import type { Deps } from '../src/modules/deps.js';

const WANTED = 100;
/** Worker threads on SQLite, each with its own connection to the same file (BENEFITS_SQLITE_THREADS overrides). */
const SQLITE_THREADS = Number(process.env.BENEFITS_SQLITE_THREADS ?? WANTED);
const startupFacts = {
  returnedFromWorkAway: true,
  businessRegion: '451228',
  firstBusiness: true,
  operatingNormally: true,
  businessLicenceDate: '2026-03-01',
  businessKind: 'individual',
};

type Answer = { ok: true; status: string } | { ok: false; code: string };

function isAnswer(v: unknown): v is Answer {
  return typeof v === 'object' && v !== null && 'ok' in v;
}

function actor(userId: string, role: Actor['role'], jurisdiction: string): Actor {
  return { userId, username: userId, role, jurisdiction, department: null, personId: null, enterpriseId: null, requestId: null };
}

/** How many more connections the server accepts, keeping a margin for other work. */
async function freeConnections(): Promise<number> {
  const c = new pg.Client({ connectionString: pgUrl });
  await c.connect();
  try {
    const max = await c.query<{ max_connections: string }>('show max_connections');
    const used = await c.query<{ n: string }>('select count(*)::text as n from pg_stat_activity');
    return Number(max.rows[0]?.max_connections ?? 0) - Number(used.rows[0]?.n ?? 0) - 8;
  } finally {
    await c.end();
  }
}

/**
 * Bundles the worker's TypeScript once into one ES module (packages stay external and load from
 * node_modules), so a hundred threads start in seconds instead of each compiling the sources.
 */
async function bundleWorker(): Promise<string> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const outfile = path.join(here, '..', 'node_modules', '.cache', 'wugong-tests', `approve-${process.pid}.mjs`);
  await build({
    entryPoints: [path.join(here, 'helpers', 'approve.worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

function startWorker(file: string, init: Record<string, unknown>): Worker {
  return new Worker(file, { workerData: init });
}

describeEachDb('benefits: concurrent approvals pay once', (ctx, dialect) => {
  it(`${dialect}: many separate connections approve the same claim at once; one payment is in effect`, async () => {
    const { rt } = ctx();
    const p = await rt.services.people.create(systemActor(), {
      name: '韦并发',
      idNumber: makeIdNumber('451228', '1987-07-07', 51),
      hukouCode: '451228100',
    });
    if (!p.ok) throw new Error('person');
    const b = rt.services.benefits;
    const submitted = await b.claims.submit(actor('officer-a', 'county_officer', '451228'), {
      programId: 'entrepreneurship-subsidy',
      personId: p.value.id,
      facts: startupFacts,
    });
    if (!submitted.ok) throw new Error(submitted.reason.code);
    const claimId = submitted.value.id;
    const t = await b.reviews.review(actor('officer-b', 'township_officer', '451228100'), claimId, { outcome: 'approve', reason: '' });
    expect(t.ok).toBe(true);
    const county = actor('reviewer-c', 'reviewer', '451228');

    let answers: Answer[];
    if (dialect === 'postgres') {
      const n = Math.min(WANTED, await freeConnections());
      expect(n).toBeGreaterThan(10);
      const dbs = Array.from({ length: n }, () => openPostgres(pgUrl ?? '', { searchPath: rt.schema ?? 'public', max: 1 }));
      try {
        // Open every connection first, so the approvals start together.
        await Promise.all(dbs.map((d) => d.pool?.query('select 1')));
        // A hundred submissions at once, spread over the separate connections.
        const services = dbs.map((db) => {
          const deps: Deps = { db, clock: rt.clock, pii: rt.services.deps.pii, config: rt.config };
          const audit = createAuditService(deps);
          const uow = createUnitOfWork(db, {
            record: (trx, actor, input) => audit.record(trx, actor, input),
            enqueue: () => Promise.reject(new Error('no outbox here')),
            afterCommit: () => undefined,
          });
          return createBenefitsServices(deps, audit, rt.services.blobs, {
            uow,
            people: createPersonReader(deps),
            enterprises: { addressOf: () => Promise.resolve(null) },
          });
        });
        answers = await Promise.all(
          Array.from({ length: WANTED }, async (_, i): Promise<Answer> => {
            const svc = services[i % services.length];
            if (!svc) throw new Error('no connection');
            const r = await svc.reviews.review(county, claimId, { outcome: 'approve', reason: 'concurrent' });
            return r.ok ? { ok: true, status: r.value.status } : { ok: false, code: r.reason.code };
          }),
        );
      } finally {
        await Promise.all(dbs.map((d) => d.destroy()));
      }
      console.log(`[benefits] postgres: ${WANTED} submissions over ${n} separate connections`);
    } else {
      const init = {
        file: rt.config.sqliteFile,
        key: TEST_KEY,
        blobDir: rt.config.blobDir,
        claimId,
        actor: county,
        now: rt.clock.now().toISOString(),
      };
      const bundle = await bundleWorker();
      const workers = Array.from({ length: SQLITE_THREADS }, () => startWorker(bundle, init));
      try {
        await Promise.all(
          workers.map(
            (w) =>
              new Promise<void>((resolve, reject) => {
                w.once('message', () => resolve());
                w.once('error', reject);
              }),
          ),
        );
        const results = workers.map(
          (w) =>
            new Promise<Answer>((resolve, reject) => {
              w.once('message', (m: unknown) => (isAnswer(m) ? resolve(m) : reject(new Error('bad answer'))));
              w.once('error', reject);
            }),
        );
        for (const w of workers) w.postMessage('go');
        answers = await Promise.all(results);
      } finally {
        await Promise.all(workers.map((w) => w.terminate()));
        fs.rmSync(bundle, { force: true });
      }
      console.log(`[benefits] sqlite: ${SQLITE_THREADS} worker threads`);
    }

    expect(answers).toHaveLength(dialect === 'postgres' ? WANTED : SQLITE_THREADS);
    // The same reviewer's same approval, sent many times at once: one wins, and every other answers the
    // approved claim too (a repeat of one's own review is not an error), with one payment.
    expect(answers.filter((a) => !a.ok || a.status !== 'approved')).toEqual([]);
    const k = rt.db.kysely;
    const entries = await k.selectFrom('payment_entries').selectAll().where('claim_id', '=', claimId).execute();
    expect(entries).toHaveLength(1);
    const slots = await k
      .selectFrom('payment_slots')
      .selectAll()
      .where('family_key', '=', `${p.value.id}|entrepreneurship-subsidy|advance`)
      .execute();
    expect(slots).toHaveLength(1);
    const reviews = await k.selectFrom('claim_reviews').selectAll().where('claim_id', '=', claimId).where('level', '=', 'county').execute();
    expect(reviews).toHaveLength(1);
  }, 600_000);
});
