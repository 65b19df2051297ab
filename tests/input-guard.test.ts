/**
 * Issue 6, point 12 (input): text that PostgreSQL cannot store (NUL), that is not Unicode (a lone
 * surrogate) or that displays differently from what it is (bidirectional overrides and isolates) is
 * refused at the edge, on every route of the app's own route table, with a 400 problem+json that
 * names the field; nothing is written. Integer fields of every request schema are bounded.
 */
import crypto from 'node:crypto';
import { beforeAll, expect, it, vi } from 'vitest';
import { sql } from 'kysely';
import type { FastifyServerOptions, RouteOptions } from 'fastify';
import { describeEachDb, type TestRuntime } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';
import { multipart } from './helpers/upload.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { withCheckChar } from '../src/modules/enterprises/credit-code.js';
import { systemActor } from '../src/modules/actor.js';
import type { App } from '../src/http/app.js';

// The route table as the app builds it: every Fastify instance created by buildApp records its routes.
const routeTables = vi.hoisted(() => new WeakMap<object, RouteOptions[]>());
vi.mock('fastify', async (importOriginal) => {
  const mod = await importOriginal<typeof import('fastify')>();
  const create = (opts?: FastifyServerOptions) => {
    const app = mod.default(opts);
    const table: RouteOptions[] = [];
    routeTables.set(app, table);
    app.addHook('onRoute', (route) => void table.push(route));
    return app;
  };
  return { ...mod, default: create };
});

/** The methods the app's routes use (HEAD and OPTIONS answer like GET and are not tested apart). */
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

interface Route {
  method: (typeof METHODS)[number];
  url: string;
  schema: RouteOptions['schema'];
}

function routesOf(app: App): Route[] {
  const out: Route[] = [];
  for (const r of routeTables.get(app) ?? []) {
    for (const m of Array.isArray(r.method) ? r.method : [r.method]) {
      const method = METHODS.find((x) => x === m);
      if (method) out.push({ method, url: r.url, schema: r.schema });
    }
  }
  return out;
}

const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const PASSWORD = 'Passw0rd-test-1';
const startupFacts = {
  returnedFromWorkAway: true,
  businessRegion: '451228',
  firstBusiness: true,
  operatingNormally: true,
  businessLicenceDate: '2026-03-01',
  businessKind: 'individual',
};
const creditCode = withCheckChar('91441900MA0000071');
const firm = {
  creditCode,
  name: '输入测试电子有限公司',
  industryCode: '39',
  addressCode: '441900113',
  address: '富民路1号',
  size: 'small',
  contactName: '陈经理',
  contactPhone: '13800001234',
};
const personA = {
  name: '韦输入',
  idNumber: makeIdNumber('451228', '1990-03-15', 71),
  hukouCode: '451228100',
  phone: '13800007171',
  skills: ['电工'],
};
const personB = { name: '蓝输入', idNumber: makeIdNumber('451228', '1991-04-16', 73), hukouCode: '451228100' };

/** Every string leaf of a value with its JSON path (dot-separated, as the error handler writes paths). */
function stringLeaves(v: unknown, path: string): string[] {
  if (typeof v === 'string') return [path];
  if (Array.isArray(v)) return v.flatMap((x, i) => stringLeaves(x, `${path}.${i}`));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => stringLeaves(x, `${path}.${k}`));
  return [];
}

/** A copy of `v` with `suffix` appended to the string at the dot-separated `keys` path. */
function withSuffix(v: unknown, keys: string[], suffix: string): unknown {
  const [key, ...rest] = keys;
  if (key === undefined) return typeof v === 'string' ? `${v}${suffix}` : v;
  if (Array.isArray(v)) return v.map((x, i) => (String(i) === key ? withSuffix(x, rest, suffix) : x));
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === key ? withSuffix(x, rest, suffix) : x]));
  return v;
}

/** The own properties of an object as a record (no cast). */
const fields = (v: object): Record<string, unknown> => Object.fromEntries(Object.entries(v));

/**
 * Rows of every table of the runtime, hashed per table: what "nothing was written" compares. The
 * rate-limit counts (PostgreSQL, decision 231) are left out: every request raises them, refused or not.
 */
async function snapshot(rt: TestRuntime): Promise<Record<string, string>> {
  const tables = (await rt.db.kysely.introspection.getTables()).filter(
    (t) => !t.isView && t.name !== 'rate_limit_hits' && (rt.schema === undefined || t.schema === rt.schema),
  );
  const out: Record<string, string> = {};
  for (const t of tables) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(t.name)}`.execute(rt.db.kysely);
    const lines = rows.map((r) => JSON.stringify(r, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x))).sort();
    out[t.name] = `${rows.length}:${crypto.createHash('sha256').update(lines.join('\n')).digest('hex')}`;
  }
  return out;
}

/** Integer and number nodes of a schema that lack a lower or an upper bound. */
function unbounded(schema: unknown, path: string): string[] {
  if (!schema || typeof schema !== 'object') return [];
  const node = fields(schema);
  const out: string[] = [];
  const types = Array.isArray(node.type) ? node.type : [node.type];
  if (types.includes('integer') || types.includes('number')) {
    const low = typeof node.minimum === 'number' || typeof node.exclusiveMinimum === 'number';
    const high = typeof node.maximum === 'number' || typeof node.exclusiveMaximum === 'number';
    if (!low || !high) out.push(path);
  }
  for (const [k, v] of Object.entries(node)) {
    if (Array.isArray(v)) v.forEach((x, i) => out.push(...unbounded(x, `${path}.${k}.${i}`)));
    else if (v && typeof v === 'object') out.push(...unbounded(v, `${path}.${k}`));
  }
  return out;
}

describeEachDb(
  'input guard',
  (ctx) => {
    let admin: SessionHeaders;
    let county: SessionHeaders;
    let throwaway: SessionHeaders;
    let leaving: SessionHeaders;
    const ids: Record<string, string> = {};
    let bodies: Record<string, Record<string, unknown>> = {};

    beforeAll(async () => {
      const { app, rt } = ctx();
      await rt.services.regions.loadReference();
      admin = (await userSession(app, rt, 'admin', '')).headers;
      const c = await userSession(app, rt, 'county_officer', '451228');
      county = c.headers;
      ids.user = c.userId;
      throwaway = (await userSession(app, rt, 'county_officer', '451228')).headers;
      leaving = (await userSession(app, rt, 'county_officer', '451228')).headers;
      const a = await rt.services.people.create(systemActor(), personA);
      const b = await rt.services.people.create(systemActor(), personB);
      const e = await rt.services.enterprises.create(systemActor(), firm);
      if (!a.ok || !b.ok || !e.ok) throw new Error('fixtures');
      ids.person = a.value.id;
      ids.person2 = b.value.id;
      ids.enterprise = e.value.id;
      const occ = await rt.services.personHistory.addOccupation(systemActor(), ids.person, { occupationCode: '6-18-02-04', level: 5 });
      if (!occ.ok) throw new Error('occupation');
      ids.child = occ.value.id;
      const claim = await app.inject({
        method: 'POST',
        url: '/api/v1/claims',
        headers: county,
        payload: { programId: 'entrepreneurship-subsidy', personId: ids.person, facts: startupFacts },
      });
      if (claim.statusCode !== 201) throw new Error(`claim: ${claim.body}`);
      ids.claim = claim.json().id;
      const token = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/tokens',
        headers: county,
        payload: { name: 'fixture', jurisdiction: '451228' },
      });
      ids.token = token.json().id;
      const designation = await app.inject({
        method: 'POST',
        url: '/api/v1/priority-designations',
        headers: admin,
        payload: { kind: 'other', code: '451228', name: '都安', validFrom: '2026-01-01', source: '测试通知' },
      });
      if (designation.statusCode !== 200) throw new Error(`designation: ${designation.body}`);
      ids.designation = designation.json().id;

      // A body each write route would accept (so only the added NUL stands between it and the database).
      bodies = {
        'POST /api/v1/auth/login': { username: 'nobody_here', password: PASSWORD },
        'POST /api/v1/auth/password': { currentPassword: PASSWORD, newPassword: 'Passw0rd-test-2' },
        'POST /api/v1/auth/tokens': { name: 'probe', jurisdiction: '451228' },
        'POST /api/v1/auth/worker/code': { phone: '13900001111' },
        'POST /api/v1/auth/worker/login': { phone: '13900001111', code: '123456' },
        'POST /api/v1/auth/worker/bind': { idNumber: personA.idNumber, name: personA.name },
        'POST /api/v1/users': { username: 'probe_user', displayName: '探针', role: 'township_officer', jurisdiction: '451228100' },
        'POST /api/v1/people': {
          name: '韦新人',
          idNumber: makeIdNumber('451228', '1992-05-17', 75),
          hukouCode: '451228100',
          phone: '13800007575',
          skills: ['焊工'],
        },
        'PUT /api/v1/people/:id': { ...personA, version: 1 },
        'POST /api/v1/people/merge': { survivorId: ids.person, duplicateId: ids.person2, reason: '重复登记' },
        'POST /api/v1/people/:id/occupations': { occupationCode: '6-18-02-04' },
        'POST /api/v1/people/:id/employment': { enterpriseName: '东莞电子厂', divisionCode: '441900', startDate: '2025-01-01' },
        'POST /api/v1/people/:id/insurance': { kind: 'pension', divisionCode: '441900', startMonth: '2025-01', contributionMonths: 12 },
        'POST /api/v1/priority-designations': { kind: 'other', code: '451228', name: '都安', validFrom: '2026-02-01', source: '测试通知' },
        'POST /api/v1/priority-designations/:id/close': { validTo: '2026-12-31', reason: '到期' },
        'POST /api/v1/payments/:id/reverse': { reason: '退回' },
        'POST /api/v1/policy/parameters': {
          key: 'wage.minMonthlyFen',
          region: '451228',
          value: 190000,
          effectiveFrom: '2026-01-01',
          source: '桂政发〔2026〕1号',
        },
        'POST /api/v1/policy/evaluate': { programId: 'entrepreneurship-subsidy', asOf: '2026-11-28', facts: startupFacts },
        'POST /api/v1/policy/what-if': { asOf: '2026-11-28', overrides: [{ key: 'wage.minMonthlyFen', region: '45', value: 200000 }] },
        'POST /api/v1/enterprises': { ...firm, creditCode: withCheckChar('91441900MA0000072'), name: '输入测试二厂' },
        'PUT /api/v1/enterprises/:id': { ...firm, version: 1 },
        'POST /api/v1/enterprises/:id/arrears': { reason: '拖欠工资', date: '2026-11-01' },
        'DELETE /api/v1/enterprises/:id/arrears': { reason: '已结清' },
        'POST /api/v1/claims': { programId: 'entrepreneurship-subsidy', personId: ids.person2, facts: startupFacts },
        'PUT /api/v1/claims/:id/facts': { facts: startupFacts, version: 1 },
        'POST /api/v1/claims/:id/review': { outcome: 'refuse', reason: '材料不全' },
        'POST /api/v1/claims/:id/reconsideration': { reason: '补充材料' },
      };
    });

    /** The URL with every path parameter filled from the fixtures (or `fallback`). */
    function fill(route: Route, fallback?: string): string {
      const param = (name: string): string => {
        if (fallback !== undefined) return fallback;
        if (name === 'entity') return 'people';
        if (name === 'kind') return 'occupations';
        if (name === 'childId') return ids.child ?? 'x';
        if (name === 'code') return '451228';
        if (name !== 'id') return 'x';
        const u = route.url;
        if (u.includes('/people/')) return ids.person ?? 'x';
        if (u.includes('/enterprises/')) return ids.enterprise ?? 'x';
        if (u.includes('/claims/')) return ids.claim ?? 'x';
        if (u.includes('/users/')) return ids.user ?? 'x';
        if (u.includes('/auth/tokens/')) return ids.token ?? 'x';
        if (u.includes('/priority-designations/')) return ids.designation ?? 'x';
        return 'x';
      };
      return route.url.replace(/:(\w+)/g, (_m, name: string) => param(name)).replace(/\*$/, fallback ?? 'x');
    }

    // Changing a password or signing out would end the session the other calls use (without the guard).
    const headersFor = (route: Route): SessionHeaders =>
      route.url.endsWith('/auth/password') ? throwaway : route.url.endsWith('/auth/logout') ? leaving : admin;

    it('refuses a NUL in any string of the body of every write route with 400 text_invalid_character, and writes nothing', async () => {
      const { app, rt } = ctx();
      const known = new Set<string>([...METHODS, 'HEAD', 'OPTIONS']);
      expect(
        (routeTables.get(app) ?? []).flatMap((r) => (Array.isArray(r.method) ? r.method : [r.method])).filter((m) => !known.has(m)),
      ).toEqual([]);
      const writes = routesOf(app).filter((r) => WRITE.has(r.method));
      expect(writes.length).toBeGreaterThanOrEqual(40);
      const before = await snapshot(rt);
      const wrong: string[] = [];
      let sent = 0;
      for (const route of writes) {
        const valid = bodies[`${route.method} ${route.url}`] ?? {};
        const leaves = stringLeaves(valid, 'body');
        const cases = leaves.length
          ? leaves.map((p) => ({ path: p, payload: withSuffix(valid, p.split('.').slice(1), '\u0000') }))
          : [{ path: 'body.note', payload: { note: 'a\u0000b' } }];
        for (const c of cases) {
          sent++;
          const r = await app.inject({
            method: route.method,
            url: fill(route),
            headers: { ...headersFor(route), 'content-type': 'application/json' },
            payload: JSON.stringify(c.payload),
          });
          const body = String(r.headers['content-type'] ?? '').startsWith('application/problem+json') ? r.json() : null;
          const ok = r.statusCode === 400 && body?.code === 'text_invalid_character' && body.errors?.[0]?.path === c.path;
          if (!ok) wrong.push(`${route.method} ${route.url} ${c.path}: ${r.statusCode} ${r.body.slice(0, 160)}`);
        }
      }
      expect(sent).toBeGreaterThan(writes.length);
      expect(wrong).toEqual([]);
      expect(await snapshot(rt)).toEqual(before);
    });

    it('refuses a NUL in a path parameter or in the query string of every route', async () => {
      const { app, rt } = ctx();
      const before = await snapshot(rt);
      const wrong: string[] = [];
      for (const route of routesOf(app)) {
        const headers = headersFor(route);
        const method = route.method;
        const names = [...route.url.matchAll(/:(\w+)|\*$/g)].map((m) => m[1] ?? '*');
        if (names.length) {
          const r = await app.inject({ method, url: fill(route, 'a%00b'), headers, ...(WRITE.has(method) ? { payload: {} } : {}) });
          const paths = r.statusCode === 400 ? (r.json().errors ?? []).map((e: { path: string }) => e.path) : [];
          if (r.json().code !== 'text_invalid_character' || !names.every((n) => paths.includes(`params.${n}`)))
            wrong.push(`${route.method} ${route.url} params: ${r.statusCode} ${r.body.slice(0, 160)}`);
        }
        const query = route.schema?.querystring;
        const stringKeys = ['probe', ...queryStringKeys(query)];
        for (const key of stringKeys) {
          const r = await app.inject({
            method,
            url: `${fill(route)}?${key}=a%00b`,
            headers,
            ...(WRITE.has(method) ? { payload: {} } : {}),
          });
          const ok = r.statusCode === 400 && r.json().code === 'text_invalid_character' && r.json().errors?.[0]?.path === `query.${key}`;
          if (!ok) wrong.push(`${route.method} ${route.url} query.${key}: ${r.statusCode} ${r.body.slice(0, 160)}`);
        }
      }
      expect(wrong).toEqual([]);
      expect(await snapshot(rt)).toEqual(before);
    });

    it('refuses lone surrogates and bidirectional controls anywhere, names the field, and keeps real text', async () => {
      const { app, rt } = ctx();
      const before = await snapshot(rt);
      const post = (url: string, payload: Record<string, unknown>) => app.inject({ method: 'POST', url, headers: admin, payload });
      const cases: Array<[string, Record<string, unknown>, string, string]> = [
        ['/api/v1/people', { ...personB, idNumber: makeIdNumber('451228', '1993-06-18', 77), name: '韦\ud840' }, 'body.name', 'U+D840'],
        ['/api/v1/people', { ...personB, idNumber: makeIdNumber('451228', '1993-06-18', 77), name: '\udc00韦' }, 'body.name', 'U+DC00'],
        [
          '/api/v1/people',
          { ...personB, idNumber: makeIdNumber('451228', '1993-06-18', 77), skills: ['电工', 'exe.\u202egpj'] },
          'body.skills.1',
          'U+202E',
        ],
        [
          '/api/v1/people',
          { ...personB, idNumber: makeIdNumber('451228', '1993-06-18', 77), name: '韦\u2066明\u2069' },
          'body.name',
          'U+2066',
        ],
        [
          '/api/v1/enterprises',
          { ...firm, creditCode: withCheckChar('91441900MA0000073'), address: '富民路\u202a1号' },
          'body.address',
          'U+202A',
        ],
        [
          '/api/v1/policy/evaluate',
          { programId: 'entrepreneurship-subsidy', asOf: '2026-11-28', facts: { ...startupFacts, 'business\u0000Kind': 'firm' } },
          'body.facts.business\\u0000Kind',
          'U+0000',
        ],
      ];
      for (const [url, payload, path, codePoint] of cases) {
        const r = await post(url, payload);
        expect(r.statusCode, `${url} ${path}`).toBe(400);
        expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
        const body = r.json();
        expect(body).toMatchObject({
          status: 400,
          code: 'text_invalid_character',
          message: { zh: expect.stringContaining('字符'), en: expect.stringContaining('character') },
        });
        expect(body.errors).toEqual([
          {
            path,
            code: 'text_invalid_character',
            message: { zh: expect.stringContaining(codePoint), en: expect.stringContaining(codePoint) },
          },
        ]);
      }
      expect(await snapshot(rt)).toEqual(before);

      // A name in CJK Extension B (a surrogate pair, U+20BB7 𠮷) and right-to-left Uyghur text are real text.
      const ext = await post('/api/v1/people', { ...personB, idNumber: makeIdNumber('451228', '1993-06-18', 77), name: '𠮷明' });
      expect(ext.statusCode).toBe(200);
      expect((await rt.services.people.get(systemActor(), ext.json().id)).ok).toBe(true);
      const got = await rt.services.people.get(systemActor(), ext.json().id);
      expect(got.ok && got.value.name).toBe('𠮷明');
      const rtl = await post('/api/v1/people', { ...personB, idNumber: makeIdNumber('451228', '1994-07-19', 79), name: 'ئەخمەت' });
      expect(rtl.statusCode).toBe(200);
      expect(rtl.json().name).toBe('ئەخمەت');
    });

    it('refuses an uploaded file whose name holds a NUL or turns its extension around', async () => {
      const { app, rt } = ctx();
      const before = await snapshot(rt);
      const csv = Buffer.from('姓名,身份证号码\r\n', 'utf8');
      // A right-to-left override shows the rest of the name reversed: "人员\u202Exslx.csv" looks like 人员vsc.xlsx.
      for (const [name, codePoint] of [
        ['人员\u0000.csv', 'U+0000'],
        ['人员\u202Exslx.csv', 'U+202E'],
      ] as const) {
        const { body, contentType } = multipart(name, csv);
        for (const url of ['/api/v1/imports/people', `/api/v1/claims/${ids.claim}/evidence`]) {
          const r = await app.inject({ method: 'POST', url, headers: { ...admin, 'content-type': contentType }, payload: body });
          expect(r.statusCode, `${url} ${codePoint}`).toBe(400);
          expect(r.json()).toMatchObject({
            code: 'text_invalid_character',
            errors: [{ path: 'file.filename', message: { en: expect.stringContaining(codePoint) } }],
          });
        }
      }
      expect(await snapshot(rt)).toEqual(before);
    });

    it('gives every integer and number of every request schema a lower and an upper bound', () => {
      const { app } = ctx();
      const missing: string[] = [];
      for (const route of routesOf(app)) {
        for (const part of ['body', 'querystring', 'params', 'headers'] as const) {
          const s: unknown = route.schema?.[part];
          missing.push(...unbounded(s, `${route.method} ${route.url} ${part}`));
        }
      }
      expect(missing).toEqual([]);
    });

    it('answers 400 to out-of-range integers (version 1e308, 2^31 − 1) and accepts the bound itself', async () => {
      const { app, rt } = ctx();
      const before = await snapshot(rt);
      const put = (url: string, payload: Record<string, unknown>) => app.inject({ method: 'PUT', url, headers: admin, payload });
      for (const version of [1e308, 2147483647, 0]) {
        for (const [url, body] of [
          [`/api/v1/people/${ids.person}`, { ...personA }],
          [`/api/v1/enterprises/${ids.enterprise}`, { ...firm }],
          [`/api/v1/claims/${ids.claim}/facts`, { facts: startupFacts }],
        ] as const) {
          const r = await put(url, { ...body, version });
          expect(r.statusCode, `${url} version ${version}`).toBe(400);
          expect(r.json()).toMatchObject({
            code: 'validation_failed',
            errors: [expect.objectContaining({ path: 'body.version', code: version === 0 ? 'minimum' : 'maximum' })],
          });
        }
      }
      // 2^31 − 2 is a valid version (its successor still fits the integer column) that no record has
      // reached: a conflict, not a validation error or a 500.
      const top = await put(`/api/v1/people/${ids.person}`, { ...personA, version: 2147483646 });
      expect(top.statusCode).toBe(409);
      expect(top.json().code).toBe('version_conflict');

      const page = (q: string) => app.inject({ method: 'GET', url: `/api/v1/people?${q}`, headers: admin });
      expect((await page('page=1e308')).statusCode).toBe(400);
      expect((await page('page=1000001')).json()).toMatchObject({
        code: 'validation_failed',
        errors: [expect.objectContaining({ path: 'querystring.page', code: 'maximum' })],
      });
      expect((await page('page=1000000')).statusCode).toBe(200);
      const wage = await app.inject({
        method: 'POST',
        url: `/api/v1/people/${ids.person}/employment`,
        headers: admin,
        payload: { enterpriseName: '东莞电子厂', divisionCode: '441900', startDate: '2025-01-01', monthlyWageFen: 10_000_000_001 },
      });
      expect(wage.json()).toMatchObject({
        code: 'validation_failed',
        errors: expect.arrayContaining([expect.objectContaining({ path: 'body.monthlyWageFen', code: 'maximum' })]),
      });
      const param = await app.inject({
        method: 'POST',
        url: '/api/v1/policy/parameters',
        headers: admin,
        payload: { key: 'wage.minMonthlyFen', region: '451228', value: 1e308, effectiveFrom: '2026-01-01', source: '桂政发〔2026〕1号' },
      });
      expect(param.statusCode).toBe(400);
      expect(await snapshot(rt)).toEqual(before);

      // The cap itself is a valid amount.
      const atCap = await app.inject({
        method: 'POST',
        url: `/api/v1/people/${ids.person}/employment`,
        headers: admin,
        payload: { enterpriseName: '东莞电子厂', divisionCode: '441900', startDate: '2025-01-01', monthlyWageFen: 10_000_000_000 },
      });
      expect(atCap.statusCode).toBe(200);
    });
  },
  { rateLimitPerMinute: 1_000_000 },
);

/** The string-typed properties of a querystring schema (through allOf / intersections). */
function queryStringKeys(schema: unknown): string[] {
  if (!schema || typeof schema !== 'object') return [];
  const node = fields(schema);
  const props = node.properties && typeof node.properties === 'object' ? Object.entries(node.properties) : [];
  const own = props.filter(([, p]) => p && typeof p === 'object' && fields(p).type === 'string').map(([k]) => k);
  return [...own, ...(Array.isArray(node.allOf) ? node.allOf : []).flatMap(queryStringKeys)];
}
