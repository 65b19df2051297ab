/**
 * Issue 6, "Fuzz": every write route of the app's route table (POST, PUT, PATCH, DELETE in its
 * OpenAPI document), signed in as a nationwide administrator, is sent bodies shaped by the route's
 * own schema (odd Unicode, huge and fractional numbers, nulls, missing and extra fields), path
 * parameters naming real records or odd strings, and files of odd bytes for the upload routes.
 * It never answers 5xx, and a refused request (4xx) adds or removes no row of any table and changes
 * no version of a versioned record.
 *
 * Bounded for CI: FUZZ_RUNS cases per route (default 16) from a fixed seed (FUZZ_SEED), so a run
 * is repeatable; set FUZZ_SEED to explore other cases, FUZZ_RUNS to go deeper, FUZZ_STATS=1 to print
 * the status and code of every answer (to see how many cases get past validation).
 */
import fc from 'fast-check';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { describeEachDb, type TestRuntime } from './helpers/runtime.js';
import { seedArea, startupFacts, type Area } from './helpers/authz-world.js';
import { routeTable } from './helpers/authz-routes.js';
import { send, signedIn, type Call, type Headers, type Method } from './helpers/http.js';
import { anyJson, bodyOf, oddString, shaped, type Json, type Shape } from './helpers/schema-arbitrary.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { withCheckChar } from '../src/modules/enterprises/credit-code.js';
import type { App } from '../src/http/app.js';
import { loadReferenceData } from '../src/reference.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 16);
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
const WRITES: readonly Method[] = ['POST', 'PUT', 'PATCH', 'DELETE'];
/** Routes that take a file (multipart/form-data, field "file") instead of a JSON body. */
const MULTIPART = new Set(['POST /claims/:id/evidence', 'POST /imports/:entity', 'POST /payment-batches/:id/reconciliation']);
/** Reference tables loaded once from the seed; no request writes them. */
const REFERENCE = new Set(['divisions', 'industries', 'occupations', 'calendar_days']);
/** Tables every request writes whatever its answer: the rate-limit counts shared on PostgreSQL (decision 231). */
const PER_REQUEST = new Set(['rate_limit_hits']);
/** Refusals that write by design, with the reason. */
const WRITES_WHEN_REFUSED: Record<string, string> = {
  'POST /auth/login': 'a failed sign-in is counted for the lock-out and audited',
  'POST /auth/worker/login': 'a wrong code is counted against the code',
};

interface WriteRoute {
  key: string;
  method: Method;
  path: string;
  body: unknown;
  query: Array<{ name: string; schema: unknown }>;
}

/** The write routes, as the matrix's route table lists them (its first test holds it equal to the app's). */
const WRITE_KEYS = Object.keys(routeTable).filter((k) => WRITES.some((m) => k.startsWith(`${m} `)));

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The write routes of the app's OpenAPI document with their JSON body and query schemas. */
function writeRoutes(app: App): { routes: WriteRoute[]; refs: Record<string, unknown> } {
  const doc: unknown = app.swagger();
  if (!isRecord(doc) || !isRecord(doc.paths)) throw new Error('no OpenAPI paths');
  const components = isRecord(doc.components) && isRecord(doc.components.schemas) ? doc.components.schemas : {};
  const routes: WriteRoute[] = [];
  for (const [p, item] of Object.entries(doc.paths)) {
    if (!p.startsWith('/api/v1/') || !isRecord(item)) continue;
    const path = p.slice('/api/v1'.length).replace(/\{(\w+)\}/g, ':$1');
    for (const [m, op] of Object.entries(item)) {
      const method = WRITES.find((w) => w === m.toUpperCase());
      if (!method || !isRecord(op)) continue;
      const content = isRecord(op.requestBody) && isRecord(op.requestBody.content) ? op.requestBody.content['application/json'] : undefined;
      const params = Array.isArray(op.parameters) ? op.parameters.filter(isRecord) : [];
      const query = params
        .filter((x) => x.in === 'query' && typeof x.name === 'string')
        .map((x) => ({ name: String(x.name), schema: x.schema }));
      routes.push({ key: `${method} ${path}`, method, path, body: isRecord(content) ? content.schema : undefined, query });
    }
  }
  return { routes, refs: components };
}

/**
 * Every table but the reference ones, each as its row count and (where it has one) the sum of its
 * `version` column, in one query: a refused request must add, remove and change nothing (every write
 * adds an audit entry, so an unaudited change would be a bug of its own).
 */
async function snapshot(rt: TestRuntime, tables: ReadonlyArray<{ name: string; versioned: boolean }>): Promise<Record<string, string>> {
  const parts = tables.map(
    (t) =>
      sql`select ${sql.lit(t.name)} as t, count(*) as n, ${t.versioned ? sql`coalesce(sum(version), 0)` : sql`0`} as v from ${sql.table(t.name)}`,
  );
  const { rows } = await sql<{ t: string; n: number | string; v: number | string }>`${sql.join(parts, sql` union all `)}`.execute(
    rt.db.kysely,
  );
  return Object.fromEntries(rows.map((r) => [r.t, `${String(r.n)}/${String(r.v)}`]));
}

/** The tables a snapshot counts. */
async function countedTables(rt: TestRuntime): Promise<Array<{ name: string; versioned: boolean }>> {
  const all = await rt.db.kysely.introspection.getTables();
  return all
    .filter((t) => !t.isView && !REFERENCE.has(t.name) && !PER_REQUEST.has(t.name) && (rt.schema === undefined || t.schema === rt.schema))
    .map((t) => ({ name: t.name, versioned: t.columns.some((c) => c.name === 'version') }));
}

const changedTables = (a: Record<string, string>, b: Record<string, string>) => Object.keys({ ...a, ...b }).filter((k) => a[k] !== b[k]);

interface Fixtures {
  area: Area;
  admin: Headers;
  password: Headers;
  logout: Headers;
  worker: Headers;
}

/** Good values by field name, so that many cases reach the services. */
function hints(f: Fixtures): Record<string, fc.Arbitrary<Json>> {
  const a = f.area;
  const people = fc.constantFrom(...a.people);
  const serial = fc.integer({ min: 1, max: 499 });
  return {
    programId: fc.constantFrom('entrepreneurship-subsidy', 'training-subsidy', 'no-such-program'),
    personId: people,
    survivorId: people,
    duplicateId: people,
    enterpriseId: fc.constant(a.enterprise),
    facts: fc.constant(startupFacts(a.county)),
    idNumber: fc.oneof(
      serial.map((n) => makeIdNumber('451228', '1990-01-01', n * 2)),
      fc.constantFrom(...a.values.map((v) => v.idNumber)),
    ),
    creditCode: serial.map((n) => withCheckChar(`91451228MA${String(8_000_000 + n).padStart(7, '0')}`)),
    name: fc.constantFrom('韦模糊', a.values[0]?.name ?? '韦', '模糊测试有限公司'),
    hukouCode: fc.constantFrom(a.township, a.county),
    residenceCode: fc.constant(a.township),
    divisionCode: fc.constantFrom(a.county, a.township),
    addressCode: fc.constant(a.township),
    industryCode: fc.constant('39'),
    occupationCode: fc.constant('6-18-02-04'),
    phone: fc.constantFrom('13800001234', '13900001111'),
    bankAccount: fc.constant('6222021234567890123'),
    version: fc.constantFrom(1, 2),
    key: fc.constant('wage.minMonthlyFen'),
    region: fc.constantFrom(a.county, '45', ''),
    value: fc.integer({ min: 0, max: 10_000_000 }),
    effectiveFrom: fc.constant('2026-01-01'),
    validFrom: fc.constant('2026-01-01'),
    validTo: fc.constant('2026-12-31'),
    asOf: fc.constant('2026-11-28'),
    date: fc.constant('2026-11-01'),
    startDate: fc.constant('2025-01-01'),
    startMonth: fc.constant('2025-01'),
    jurisdiction: fc.constantFrom(a.county, a.township, ''),
    role: fc.constantFrom('county_officer', 'worker'),
    field: fc.constantFrom('idNumber', 'phone', 'bankAccount'),
    outcome: fc.constantFrom('approve', 'refuse'),
    reason: fc.constant('模糊测试'),
    source: fc.constant('模糊测试通知'),
    code: fc.constantFrom(a.township, '123456'),
    povertyFrom: fc.constantFrom('2016-01-01', null),
    povertyTo: fc.constantFrom('2020-12-31', null),
    dibaoFrom: fc.constantFrom('2019-03-01', null),
    dibaoTo: fc.constantFrom('2021-02-28', null),
    employmentCode: fc.constantFrom(a.township, null),
    insuredCode: fc.constantFrom(a.county, null),
    province: fc.constantFrom('45', null),
    endMonth: fc.constantFrom('2025-12', null),
    endDate: fc.constantFrom('2025-12-31', null),
    contactPhone: fc.constantFrom('13800001234', null),
    expiresAt: fc.constantFrom('2026-12-15T00:00:00.000Z', '2027-01-20T08:00:00.000Z'),
  };
}

/** Real ids for path parameters (by name and route), sometimes an odd string instead. */
function paramArb(route: WriteRoute, name: string, f: Fixtures): fc.Arbitrary<string> {
  const a = f.area;
  const p = route.path;
  const pool =
    name === 'entity'
      ? ['people', 'enterprises']
      : name === 'kind'
        ? ['occupations', 'employment', 'insurance']
        : name === 'childId'
          ? Object.values(a.children)
          : name === 'tokenId'
            ? [a.officer.token]
            : name === 'evidenceId'
              ? [a.evidence]
              : name === 'date'
                ? ['2026-10-01', '2026-10-08', '2031-03-03', '2026-02-30']
                : p.startsWith('/people/')
                  ? a.people
                  : p.startsWith('/enterprises/')
                    ? [a.enterprise]
                    : p.startsWith('/claims/')
                      ? Object.values(a.claims)
                      : p.startsWith('/users/')
                        ? [a.officer.userId]
                        : p.startsWith('/auth/tokens/')
                          ? [a.officer.token]
                          : p.startsWith('/priority-designations/')
                            ? [a.designation]
                            : p.startsWith('/payments/')
                              ? Object.values(a.entries)
                              : p.startsWith('/payment-batches/')
                                ? [a.batch]
                                : ['x'];
  return fc.oneof(
    { arbitrary: fc.constantFrom(...pool), weight: 5 },
    { arbitrary: oddString(70).filter((s) => s.length > 0 && !s.includes('/') && !s.includes('?') && !s.includes('#')), weight: 1 },
  );
}

const PNG_HEAD = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PEOPLE_HEADER =
  '姓名,身份证号码,手机号码,户籍地代码,常住地代码,就业地代码,参保地代码,建档立卡,建档立卡起始日期,低保,低保起始日期,文化程度,愿意外出务工,期望月薪(元),技能';

/** A file for an upload route: odd bytes, a PNG head with odd bytes, or a CSV of odd cells under the template header. */
const fileArb: fc.Arbitrary<Call['file']> = fc
  .tuple(
    oddString(30),
    fc.oneof(
      fc.uint8Array({ maxLength: 512 }).map((b) => Buffer.from(b)),
      fc.uint8Array({ maxLength: 256 }).map((b) => Buffer.concat([PNG_HEAD, Buffer.from(b)])),
      fc
        .array(fc.array(oddString(14), { minLength: 15, maxLength: 15 }), { minLength: 1, maxLength: 3 })
        .map((rows) => Buffer.from(`${PEOPLE_HEADER}\r\n${rows.map((r) => r.join(',')).join('\r\n')}\r\n`, 'utf8')),
    ),
    fc.constantFrom('.csv', '.xlsx', '.png', '.pdf', ''),
  )
  .map(([name, bytes, ext]) => ({ name: `${name.replace(/["\r\n]/g, '') || 'f'}${ext}`, bytes, type: 'application/octet-stream' }));

function queryString(values: Array<[string, Json]>): string {
  const params = new URLSearchParams();
  for (const [k, v] of values) if (v !== null) params.append(k, typeof v === 'string' ? v : JSON.stringify(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}

describeEachDb('fuzz: write routes', (ctx) => {
  let fixtures: Fixtures;
  let routes: WriteRoute[] = [];
  let refs: Record<string, unknown> = {};
  let tables: Array<{ name: string; versioned: boolean }> = [];

  beforeAll(async () => {
    const { app, rt } = ctx();
    await loadReferenceData(rt);
    const admin = await signedIn(app, rt, 'admin', '');
    fixtures = {
      area: await seedArea(app, rt, admin.headers, 'township', '451228', '451228100'),
      admin: admin.headers,
      password: (await signedIn(app, rt, 'admin', '')).headers,
      logout: (await signedIn(app, rt, 'admin', '')).headers,
      worker: (await signedIn(app, rt, 'worker', '')).headers,
    };
    ({ routes, refs } = writeRoutes(app));
    tables = await countedTables(rt);
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['people', 'enterprises', 'claims', 'payment_entries', 'users', 'audit_log']),
    );
  }, 300_000);

  it('fuzzes every write route of the app (the route table of the authorisation matrix lists them)', () => {
    expect(routes.map((r) => r.key).sort()).toEqual([...WRITE_KEYS].sort());
    for (const key of MULTIPART) expect(WRITE_KEYS).toContain(key);
  });

  it('sees a write in its snapshot (a check that could not fail would prove nothing)', async () => {
    const { app, rt } = ctx();
    const before = await snapshot(rt, tables);
    const res = await send(app, fixtures.admin, 'POST', {
      url: `/people/${fixtures.area.person}/occupations`,
      body: { occupationCode: '6-18-02-04' },
    });
    expect(res.statusCode).toBe(200);
    // A new occupation row, its audit entry, and the person's version (a history change is a change of the person).
    expect(changedTables(before, await snapshot(rt, tables)).sort()).toEqual(['audit_log', 'people', 'person_occupations']);
  });

  for (const key of WRITE_KEYS) {
    it(`${key}: never 5xx; a refusal writes nothing`, async () => {
      const { app, rt } = ctx();
      const route = routes.find((r) => r.key === key);
      if (!route) throw new Error(`${key} is not a route of the app`);
      const shape: Shape = { refs, hints: hints(fixtures) };
      // Changing the password or signing out would end the administrator's session; binding is for workers.
      const headers =
        key === 'POST /auth/password'
          ? fixtures.password
          : key === 'POST /auth/logout'
            ? fixtures.logout
            : key === 'POST /auth/worker/bind'
              ? fixtures.worker
              : fixtures.admin;
      const names = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1] ?? '');
      const params = fc.tuple(...names.map((n) => paramArb(route, n, fixtures)));
      const query = fc.tuple(
        ...route.query.map((x) => fc.option(shaped(x.schema, shape), { freq: 3 }).map((v): [string, Json] => [x.name, v])),
      );
      const body: fc.Arbitrary<{ body?: Json; file?: Call['file'] }> = MULTIPART.has(key)
        ? fc.oneof({ arbitrary: fileArb.map((file) => ({ file })), weight: 4 }, { arbitrary: anyJson.map((b) => ({ body: b })), weight: 1 })
        : route.body === undefined
          ? fc.option(anyJson, { freq: 2 }).map((b) => (b === null ? {} : { body: b }))
          : bodyOf(route.body, shape).map((b) => ({ body: b }));
      let last = await snapshot(rt, tables);
      const property = fc.asyncProperty(params, query, body, async (ps, qs, b) => {
        let i = 0;
        const url = route.path.replace(/:(\w+)/g, () => encodeURIComponent(ps[i++] ?? '')) + queryString(qs);
        const res: LightMyRequestResponse = await send(app, headers, route.method, { url, ...b });
        if (process.env.FUZZ_STATS)
          console.log(
            'STAT',
            key,
            res.statusCode,
            res.statusCode >= 400 ? String(res.json().code) : '',
            res.statusCode >= 400
              ? JSON.stringify(res.json().errors?.map((e: { path: string; code: string }) => `${e.path}:${e.code}`))
              : '',
          );
        const shown = `${url.slice(0, 200)} ${JSON.stringify(b.body ?? b.file?.name ?? null)?.slice(0, 300)}`;
        if (res.statusCode >= 500) throw new Error(`${res.statusCode} ${res.body.slice(0, 200)} for ${shown}`);
        if (res.statusCode === 202 && key === 'POST /imports/:entity') await rt.services.imports.settled(String(res.json().id));
        const now = await snapshot(rt, tables);
        const changed = changedTables(last, now);
        last = now;
        if (res.statusCode >= 400 && changed.length > 0 && !(key in WRITES_WHEN_REFUSED)) {
          throw new Error(`refused ${res.statusCode} ${String(res.json().code)} but changed ${changed.join(', ')} for ${shown}`);
        }
      });
      await fc.assert(property, { numRuns: RUNS, seed: SEED, endOnFailure: true });
    }, 120_000);
  }
});
