/**
 * Issue 8 point 1, second pass (decisions 165–168): what left the request path still holds where
 * it must. Security headers are precomputed but present on every answer (success, refusal,
 * validation failure, not found); Idempotency-Key hooks run only on the routes that opt in, and
 * there still replay; responses are serialised through the rewritten schemas with nulls, enums and
 * values as before; the log line is masked token by token.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Type } from 'typebox';
import { describeEachDb } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';
import { buildSerializer, serializableSchema } from '../src/http/serializer.js';
import { PersonSchema } from '../src/http/schemas/people.js';
import { redactLogLine } from '../src/http/log-redact.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { systemActor } from '../src/modules/actor.js';

const CSP =
  "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';frame-ancestors 'self';" +
  "img-src 'self' data: blob:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' 'unsafe-inline'";

const SECURITY = {
  'content-security-policy': CSP,
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

// Hand-computed GB 11643 numbers (src/modules/people/id-number.cases.test.ts shows the working).
const ID_A = '451228198711291237';
const ID_B = '451229199212132486';

describeEachDb('the request path after the second pass', (ctx) => {
  let officer: SessionHeaders;

  beforeAll(async () => {
    const { app, rt } = ctx();
    officer = (await userSession(app, rt, 'county_officer', '451228')).headers;
  });

  it('sends the security headers on a success, a refusal, a CSRF refusal, a validation failure and a miss', async () => {
    const { app } = ctx();
    const answers = [
      await app.inject({ method: 'GET', url: '/healthz' }),
      await app.inject({ method: 'GET', url: '/api/v1/people' }),
      await app.inject({ method: 'POST', url: '/api/v1/people', headers: { cookie: officer.cookie ?? '' }, payload: {} }),
      await app.inject({ method: 'GET', url: '/api/v1/people?pageSize=0', headers: officer }),
      await app.inject({ method: 'GET', url: '/api/v1/no-such-route' }),
    ];
    expect(answers.map((r) => r.statusCode)).toEqual([200, 401, 403, 400, 404]);
    for (const r of answers) expect(r.headers).toMatchObject(SECURITY);
  });

  it('checks an Idempotency-Key on a route that opts in, and replays its first answer', async () => {
    const { app } = ctx();
    const bad = await app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers: { ...officer, 'idempotency-key': 'short' },
      payload: { name: '韦幂等', idNumber: ID_A, hukouCode: '451228100' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('bad_request');

    const send = () =>
      app.inject({
        method: 'POST',
        url: '/api/v1/people',
        headers: { ...officer, 'idempotency-key': 'request-path-0001' },
        payload: { name: '韦幂等', idNumber: ID_A, hukouCode: '451228100' },
      });
    const first = await send();
    const again = await send();
    expect(first.statusCode).toBe(200);
    expect(again.statusCode).toBe(200);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
  });

  it('ignores the header on a route that does not opt in (no check, no replay)', async () => {
    const { app } = ctx();
    const found = await app.inject({ method: 'GET', url: '/api/v1/people?q=韦幂等', headers: officer });
    const id: string = found.json().items[0].id;
    const reveal = () =>
      app.inject({
        method: 'POST',
        url: `/api/v1/people/${id}/reveal`,
        headers: { ...officer, 'idempotency-key': 'x' },
        payload: { field: 'idNumber' },
      });
    for (const r of [await reveal(), await reveal()]) {
      expect(r.statusCode).toBe(200);
      expect(r.headers['idempotent-replayed']).toBeUndefined();
      expect(r.json()).toEqual({ field: 'idNumber', value: ID_A });
    }
  });

  it('serialises a person with its nulls, its enum and its numbers as the schema says', async () => {
    const { app } = ctx();
    const made = await app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers: officer,
      payload: { name: '黄空值', idNumber: ID_B, hukouCode: '451228100', expectedWageFen: 350000, education: 'senior' },
    });
    expect(made.statusCode).toBe(200);
    const res = await app.inject({ method: 'GET', url: `/api/v1/people/${made.json().id}`, headers: officer });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: '黄空值',
      idNumber: '4512**********2486',
      sex: 'female',
      phone: null,
      bankAccount: null,
      residenceCode: null,
      povertyFrom: null,
      education: 'senior',
      expectedWageFen: 350000,
      mergedInto: null,
      version: 1,
    });
    // A property the schema does not name is still left out.
    expect(res.json()).not.toHaveProperty('id_enc');
  });
});

describeEachDb('search totals without a count on a short page', (ctx) => {
  let officer: SessionHeaders;

  beforeAll(async () => {
    const { app, rt } = ctx();
    officer = (await userSession(app, rt, 'county_officer', '451228')).headers;
    // Three 覃 in 都安 (451228), one in the next county (451227), outside the officer's scope.
    const people: Array<[string, string]> = [
      ['覃甲', '451228'],
      ['覃乙', '451228'],
      ['覃丙', '451228'],
      ['覃丁', '451227'],
    ];
    for (const [i, [name, county]] of people.entries()) {
      const r = await rt.services.people.create(systemActor(), {
        name,
        idNumber: makeIdNumber(county, '1985-06-01', 211 + 2 * i),
        hukouCode: `${county}100`,
      });
      if (!r.ok) throw new Error(r.reason.code);
    }
  });

  const page = async (pageNo: number, pageSize: number) => {
    const res = await ctx().app.inject({
      method: 'GET',
      url: `/api/v1/people?q=${encodeURIComponent('覃')}&page=${pageNo}&pageSize=${pageSize}`,
      headers: officer,
    });
    expect(res.statusCode).toBe(200);
    const body: { items: Array<{ name: string }>; total: number; totalCapped: boolean } = res.json();
    return [body.items.length, body.total, body.totalCapped];
  };

  it('gives the same total on a short first page, a full page, a short last page and an empty page past the end', async () => {
    expect(await page(1, 20)).toEqual([3, 3, false]);
    expect(await page(1, 2)).toEqual([2, 3, false]);
    expect(await page(2, 2)).toEqual([1, 3, false]);
    expect(await page(3, 2)).toEqual([0, 3, false]);
    expect(await page(1, 3)).toEqual([3, 3, false]);
  });
});

describe('the serialiser schema rewrite', () => {
  it('turns a nullable scalar into a type list and keeps its keywords', () => {
    expect(serializableSchema(Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]))).toEqual({ type: ['integer', 'null'], minimum: 0 });
    expect(serializableSchema(Type.Union([Type.Null(), Type.String()]))).toEqual({ type: ['string', 'null'] });
  });

  it('turns literals of one type into an enum, nested in a nullable too', () => {
    const e = Type.Union([Type.Literal('a'), Type.Literal('b')]);
    expect(serializableSchema(e)).toEqual({ type: 'string', enum: ['a', 'b'] });
    expect(serializableSchema(Type.Object({ e: Type.Union([e, Type.Null()]) }))).toMatchObject({
      properties: { e: { type: ['string', 'null'], enum: ['a', 'b'] } },
    });
  });

  it('rewrites the shared schemas a route reaches by $ref, so a value outside an enum is written as it is', () => {
    const shared = Type.Object(
      { sex: Type.Union([Type.Literal('male'), Type.Literal('female')]), phone: Type.Union([Type.String(), Type.Null()]) },
      { $id: 'Shared' },
    );
    const compile = buildSerializer()({ Shared: shared }, {});
    const serialise = compile({ method: 'GET', url: '/x', httpStatus: '200', schema: Type.Array(Type.Ref('Shared')) });
    expect(
      JSON.parse(
        serialise([
          { sex: 'female', phone: null },
          { sex: 'unknown', phone: '139****1234' },
        ]),
      ),
    ).toEqual([
      { sex: 'female', phone: null },
      { sex: 'unknown', phone: '139****1234' },
    ]);
    expect(JSON.stringify(serializableSchema(PersonSchema))).not.toContain('anyOf');
  });

  it('turns scalars of different types into one list of types, null last', () => {
    expect(serializableSchema(Type.Union([Type.Number({ minimum: 0 }), Type.Null(), Type.String({ maxLength: 10 })]))).toEqual({
      type: ['number', 'string', 'null'],
      minimum: 0,
      maxLength: 10,
    });
  });

  it('leaves an anyOf of objects, of mixed literals or of two branches of one type as it is', () => {
    const objects = Type.Union([Type.Object({ a: Type.String() }), Type.Null()]);
    const mixed = Type.Union([Type.Literal('a'), Type.Literal(1)]);
    const twoStrings = Type.Union([Type.String({ format: 'date' }), Type.String({ maxLength: 3 })]);
    for (const s of [objects, mixed, twoStrings]) expect(serializableSchema(s)).toEqual(JSON.parse(JSON.stringify(s)));
  });
});

describe('the log line mask', () => {
  it('masks personal numbers in strings, escaped separators included, and leaves numbers and clean lines byte for byte', () => {
    const clean =
      '{"level":30,"time":1764486000000,"pid":42,"reqId":"0193a5b2-7c1d-7e44-9a0b-1234567890ab","url":"/healthz","msg":"request"}\n';
    expect(redactLogLine(clean)).toBe(clean);
    const dirty =
      '{"level":30,"time":1764486000000,"url":"/api/v1/people?q=13907781234","note":"id 451228198711291237\\tphone 139\\t0778\\t1234"}\n';
    expect(JSON.parse(redactLogLine(dirty))).toEqual({
      level: 30,
      time: 1764486000000,
      url: '/api/v1/people?q=139****1234',
      note: 'id 4512**********1237\tphone 139****1234',
    });
  });
});
