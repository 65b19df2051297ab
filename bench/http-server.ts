/**
 * The server side of bench/http.bench.ts, run as its own process so the load generator does not
 * share its event loop: `tsx bench/http-server.ts product|bare SIZE PORT`.
 *
 * - product: the real application (buildApp) over the cached people database of bench/people-db.ts,
 *   logging at `info` (WUGONG_LOG_LEVEL) to /dev/null through the same masking hook and pino
 *   destination as production (buffered, decision 168), with the production access log
 *   (WUGONG_ACCESS_LOG, default `writes`: no line for a successful read, decision 239),
 *   rate limit off (WUGONG_RATE_LIMIT=0 unless the caller sets it). Signs a 都安 county officer in.
 * - bare: the ceilings: a bare Fastify with one route doing the same indexed point read (a prepared
 *   `select * from people where id = ?` on the same file, the row sent as JSON), a bare /healthz (and
 *   `/healthz-headers`, the same with the product's security headers and request id), and
 *   `/s?q=` doing the name search's own work the shortest way: the officer's county over the four
 *   localities, live records, a 20-row page by name from prepared statements, the count of a full
 *   page up to the same cap, and each row's masked ID number and phone (stored, decision 238).
 *
 * Prints one JSON line (cookie, CSRF token, ids and names in the officer's scope) and then serves
 * until SIGTERM, on which it closes cleanly (so `--cpu-prof` can write its profile).
 */
import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import { buildApp } from '../src/http/app.js';
import { helmetHeaders, securityPolicy } from '../src/http/plugins/security-headers.js';
import { loadConfig } from '../src/config.js';
import { systemActor } from '../src/modules/actor.js';
import { BENCH_KEY, openPeopleDb } from './people-db.js';
import { createPii } from '../src/crypto/pii.js';
import { maskIdNumber, maskPhone } from '../src/crypto/mask.js';
import { COUNT_CAP } from '../src/modules/people/person.search.repository.js';

const [mode = 'product', sizeArg = '100000', portArg = '3190'] = process.argv.slice(2);
const size = Number(sizeArg);
const port = Number(portArg);
const PASSWORD = 'Passw0rd-bench-http-1';

function sampleOf(file: string): { ids: string[]; names: string[] } {
  const db = new Database(file, { readonly: true });
  const rows = db.prepare("select id, name from people where hukou_code like '451228%' order by id limit 2000").all() as Array<{
    id: string;
    name: string;
  }>;
  db.close();
  return { ids: rows.map((r) => r.id), names: rows.map((r) => r.name) };
}

async function product(): Promise<() => Promise<void>> {
  const { rt } = await openPeopleDb(size);
  const config = { ...rt.config, rateLimitPerMinute: Number(process.env.WUGONG_RATE_LIMIT ?? 0) };
  const app = await buildApp({
    services: rt.services,
    config,
    logger: { level: process.env.WUGONG_LOG_LEVEL ?? 'info', file: '/dev/null', accessLog: loadConfig().accessLog },
  });
  const username = `bench_officer_${process.pid}`;
  const made = await rt.services.users.create(systemActor(), {
    username,
    displayName: username,
    role: 'county_officer',
    jurisdiction: '451228',
    password: PASSWORD,
  });
  if (!made.ok) throw new Error(made.reason.code);
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: PASSWORD } });
  if (res.statusCode !== 200) throw new Error(`login: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'wg_session')?.value;
  const body: { csrfToken: string } = res.json();
  await app.listen({ host: '127.0.0.1', port });
  console.log(JSON.stringify({ cookie, csrfToken: body.csrfToken, ...sampleOf(rt.config.sqliteFile) }));
  return async () => {
    await app.close();
    await rt.close();
  };
}

async function bare(): Promise<() => Promise<void>> {
  const { rt } = await openPeopleDb(size);
  const file = rt.config.sqliteFile;
  await rt.close();
  const db = new Database(file, { readonly: true });
  const byId = db.prepare('select * from people where id = ?');
  const app = Fastify({ logger: false });
  app.get<{ Params: { id: string } }>('/p/:id', async (req, reply) => {
    const row = byId.get(req.params.id);
    if (!row) return reply.status(404).send({ status: 404 });
    return row;
  });
  app.get('/healthz', async () => ({ status: 'ok' }));
  // The same bare /healthz sending what every product answer carries: the security headers (the
  // product's own policy, decision 165) and a request id. What the headers alone cost.
  const headers = helmetHeaders(securityPolicy());
  app.get('/healthz-headers', async (_req, reply) => {
    void reply.headers(headers).header('x-request-id', crypto.randomUUID());
    return { status: 'ok' };
  });
  const pii = createPii(Buffer.from(BENCH_KEY, 'base64'));
  // The bench officer's county, 451228, as the product's scope layer writes it: a prefix range per locality.
  const where =
    "name >= ? and name < ? and merged_into is null and ((hukou_code >= '451228' and hukou_code < '451229') or " +
    "(residence_code >= '451228' and residence_code < '451229') or (employment_code >= '451228' and employment_code < '451229') or " +
    "(insured_code >= '451228' and insured_code < '451229'))";
  const page = db.prepare(`select * from people where ${where} order by name, id limit 20`);
  const count = db.prepare(`select count(*) from (select id from people where ${where} limit ${COUNT_CAP + 1})`).pluck();
  app.get<{ Querystring: { q: string } }>('/s', async (req) => {
    const q = req.query.q;
    const upper = q.slice(0, -1) + String.fromCodePoint((q.codePointAt(q.length - 1) ?? 0) + 1);
    type Row = Record<string, unknown> & {
      id_enc: string;
      id_masked: string | null;
      phone_enc: string | null;
      phone_masked: string | null;
    };
    const rows = page.all(q, upper) as Row[];
    const total = rows.length < 20 ? rows.length : Math.min(Number(count.get(q, upper)), COUNT_CAP);
    // The stored masked forms (decision 238); a row without them decrypted, as the product does.
    const items = rows.map(({ id_enc, id_masked, phone_enc, phone_masked, ...rest }) => ({
      ...rest,
      idNumber: id_masked ?? maskIdNumber(pii.decrypt(id_enc)),
      phone: phone_enc === null ? null : (phone_masked ?? maskPhone(pii.decrypt(phone_enc))),
    }));
    return { items, total };
  });
  await app.listen({ host: '127.0.0.1', port });
  console.log(JSON.stringify(sampleOf(file)));
  return async () => {
    await app.close();
    db.close();
  };
}

const close = await (mode === 'bare' ? bare() : product());
process.on('SIGTERM', () => {
  void close().then(() => process.exit(0));
});
