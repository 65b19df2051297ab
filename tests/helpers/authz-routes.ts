/**
 * The route table of the authorisation matrix: for every route of the API (method and path under
 * /api/v1), how to aim it at a record of a foreign area, and what counts as refused.
 *
 * - `record`: a call naming a foreign record (or creating one in a foreign area) must be refused
 *   with 403 or 404 problem+json that holds none of the area's personal values.
 * - `list`: searches, queues, exports and aggregates answer what is in scope: whatever the status
 *   (below 500), the body holds neither personal values nor ids of the foreign area; `after` checks
 *   what the call may have changed.
 * - `public` / `self`: catalogue data or the caller's own things, with the reason; when a `fill` is
 *   given the call is still made and its answer searched for the foreign area's values.
 *
 * A route of the app without an entry here fails the matrix ("new route without an entry").
 */
import type { LightMyRequestResponse } from 'fastify';
import type { App } from '../../src/http/app.js';
import type { Runtime } from '../../src/runtime.js';
import { creditCode, freshIdNumber, HOME_COUNTY, startupFacts, type Area, type MatrixRole, type World } from './authz-world.js';
import { ok, send, sheet, type Call } from './http.js';

export interface Env {
  app: App;
  rt: Runtime;
  world: World;
}

/** What the calls of one cell are built from: the foreign area, the role, the world, a serial number unique to the call. */
export type Fill = (a: Area, role: MatrixRole, w: World, n: number) => Call[] | Promise<Call[]>;
/** A check after a call; returns what went wrong, or null. */
export type After = (res: LightMyRequestResponse, a: Area, role: MatrixRole, env: Env) => Promise<string | null>;

/** Ids of the foreign area a route may show by design (an employer's id on its public job advertisement). */
export type Shows = (a: Area) => string[];

export type Entry =
  | {
      kind: 'record';
      fill: Fill;
      control?: boolean;
      alsoAllowed?: (res: LightMyRequestResponse, role: MatrixRole) => boolean;
      shows?: Shows;
    }
  | { kind: 'list'; fill: Fill; after?: After; control?: 'found'; shows?: Shows }
  | { kind: 'public' | 'self'; reason: string; fill?: Fill; shows?: Shows };

const record = (
  fill: Fill,
  extra: { control?: boolean; alsoAllowed?: (res: LightMyRequestResponse, role: MatrixRole) => boolean } = {},
): Entry => ({ kind: 'record', fill, ...extra });
const list = (fill: Fill, extra: { after?: After; control?: 'found' } = {}): Entry => ({ kind: 'list', fill, ...extra });
const one =
  (url: (a: Area) => string, body?: (a: Area, n: number) => unknown): Fill =>
  (a, _r, _w, n) => [{ url: url(a), ...(body ? { body: body(a, n) } : {}) }];
const q = (v: string) => encodeURIComponent(v);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32)]);
const csvOf = (name: string, idNumber: string, township: string) =>
  Buffer.from(
    `姓名,身份证号码,手机号码,户籍地代码,常住地代码,就业地代码,参保地代码,建档立卡,建档立卡起始日期,低保,低保起始日期,文化程度,愿意外出务工,期望月薪(元),技能\r\n${name},${idNumber},,${township},,,,否,,否,,,否,,\r\n`,
    'utf8',
  );
/** A well-formed bank result naming the area's failed entry as paid (only the jurisdiction should stop it). */
const reconciliationOf = (a: Area) =>
  sheet([
    ['entry id', 'result', 'bank reference'],
    [a.entries.failed, 'paid', 'MATRIX'],
  ]);
const v0 = (a: Area) => a.values[0] ?? { name: '', idNumber: '', phone: '' };

/** After POST /payment-batches: the area's pending entry is not in the batch this call made. */
const pendingNotBatched: After = async (res, a, _role, { app, world }) => {
  if (res.statusCode !== 201) return null;
  const made: { id: string } = res.json();
  const page = await ok<{ items: Array<{ id: string; batchId: string | null }> }>(app, world.national, 'GET', {
    url: `/payments?claimId=${a.claims.pending}`,
  });
  return page.items.some((e) => e.batchId === made.id) ? `batch ${made.id} took the foreign pending entry` : null;
};

/** After an import: the foreign person in the file was not created. */
const importCreatedNothing: After = async (res, a, _role, { app, rt, world }) => {
  if (res.statusCode !== 202) return null;
  const job: { id: string } = res.json();
  await rt.services.imports.settled(job.id);
  const done = await ok<{ created: number; updated: number }>(app, world.national, 'GET', { url: `/imports/${job.id}` });
  return done.created + done.updated > 0
    ? `import job ${job.id} wrote ${done.created} new and ${done.updated} changed rows in ${a.township}`
    : null;
};

/** After a binding attempt: the worker does not read the foreign record as their own. */
const notBound: After = async (_res, a, role, { app }) => {
  const me = await send(app, role.headers, 'GET', { url: '/me/person' });
  return me.statusCode === 200 && a.people.includes(String(me.json().id))
    ? `the account now reads ${String(me.json().id)} as its own record`
    : null;
};

/** After a what-if at county level: no row for the foreign county (the township of the home county cannot show at that level). */
const noForeignCounty: After = async (res, a) => {
  if (res.statusCode !== 200 || a.key !== 'county') return null;
  const rows: Array<{ region: string }> = res.json().regions ?? [];
  return rows.some((r) => r.region.startsWith(a.county)) ? `what-if shows a row for ${a.county}` : null;
};

export const routeTable: Record<string, Entry> = {
  // --- Sign-in and the caller's own account ---------------------------------------------------
  'POST /auth/login': { kind: 'public', reason: 'signing in names no record' },
  'POST /auth/logout': { kind: 'self', reason: "ends the caller's own session (not called: it would end the role's session)" },
  'GET /auth/me': { kind: 'self', reason: "the caller's own account", fill: one(() => '/auth/me') },
  'POST /auth/password': { kind: 'self', reason: "changes the caller's own password (not called: it would end the role's credentials)" },
  'GET /auth/tokens': { kind: 'self', reason: "the caller's own API tokens", fill: one(() => '/auth/tokens') },
  'POST /auth/tokens': record(
    one(
      () => '/auth/tokens',
      (a) => ({ name: 'matrix probe', jurisdiction: a.township }),
    ),
  ),
  'DELETE /auth/tokens/:id': record(one((a) => `/auth/tokens/${a.officer.token}`)),
  'POST /auth/worker/code': { kind: 'public', reason: 'asks for a sign-in code for a phone; answers the same for any phone' },
  'POST /auth/worker/login': { kind: 'public', reason: 'signs in with a phone and its code' },
  'POST /auth/worker/bind': list(
    (a) => [{ url: '/auth/worker/bind', body: { idNumber: a.values[1]?.idNumber, name: a.values[1]?.name } }],
    { after: notBound },
  ),
  'GET /auth/worker/binding': { kind: 'self', reason: "the worker's own binding state", fill: one(() => '/auth/worker/binding') },
  'GET /bindings': list(() => [{ url: '/bindings?status=pending&pageSize=100' }, { url: '/bindings?status=confirmed&pageSize=100' }], {
    control: 'found',
  }),
  'POST /bindings/:id/confirm': record(one((a) => `/bindings/${a.binding.pending}/confirm`)),
  'POST /bindings/:id/reject': record(
    one(
      (a) => `/bindings/${a.binding.pending}/reject`,
      () => ({ reason: '矩阵测试' }),
    ),
  ),
  'POST /bindings/unbind': record(
    one(
      () => '/bindings/unbind',
      (a) => ({ personId: a.person, reason: '矩阵测试' }),
    ),
  ),
  'GET /demo/sms': {
    kind: 'public',
    reason: 'demo mode only (404 otherwise); masked numbers',
    fill: (a) => [{ url: `/demo/sms?phone=${v0(a).phone}` }],
  },

  // --- Accounts ----------------------------------------------------------------------------------
  'GET /users': list(() => [{ url: '/users?pageSize=100' }]),
  'POST /users': record(
    one(
      () => '/users',
      (a, n) => ({ username: `matrix_new_${n}`, displayName: '矩阵新账户', role: 'township_officer', jurisdiction: a.township }),
    ),
  ),
  'GET /users/:id': record(
    one((a) => `/users/${a.officer.userId}`),
    { control: true },
  ),
  'POST /users/:id/disable': record(one((a) => `/users/${a.officer.userId}/disable`)),
  'POST /users/:id/enable': record(one((a) => `/users/${a.officer.userId}/enable`)),
  'POST /users/:id/reset-password': record(one((a) => `/users/${a.officer.userId}/reset-password`)),
  'POST /users/:id/revoke-sessions': record(one((a) => `/users/${a.officer.userId}/revoke-sessions`)),
  'GET /users/:id/tokens': record(
    one((a) => `/users/${a.officer.userId}/tokens`),
    { control: true },
  ),
  'DELETE /users/:id/tokens/:tokenId': record(one((a) => `/users/${a.officer.userId}/tokens/${a.officer.token}`)),

  // --- Audit -------------------------------------------------------------------------------------
  'GET /audit': list(
    (a) => [
      { url: '/audit?pageSize=100' },
      { url: '/audit?entityType=person&pageSize=100' },
      { url: `/audit?actorId=${a.officer.userId}&pageSize=100` },
    ],
    { control: 'found' },
  ),
  'POST /audit/verify': list(() => [{ url: '/audit/verify' }]),

  // --- Imports and exports -----------------------------------------------------------------------
  'GET /imports/templates/:entity': {
    kind: 'public',
    reason: 'an empty template',
    fill: one(() => '/imports/templates/people?format=csv'),
  },
  'POST /imports/:entity': list(
    (a, _r, _w, n) => [
      {
        url: '/imports/people',
        file: { name: `矩阵${n}.csv`, bytes: csvOf('覃矩阵导入', freshIdNumber(a.county, n), a.township), type: 'text/csv' },
      },
    ],
    { after: importCreatedNothing },
  ),
  'GET /imports': list(() => [{ url: '/imports?pageSize=100' }]),
  'GET /imports/:id': record((a) => [{ url: `/imports/${a.importJob}` }, { url: `/imports/${a.ownerJob}` }], { control: true }),
  // A finished job: an allowed reader gets 409 (only interrupted or failed jobs are dismissed), others a refusal.
  'POST /imports/:id/dismiss': record((a) => [{ url: `/imports/${a.importJob}/dismiss` }]),
  'GET /imports/:id/report': record(
    (a) => [a.importJob, a.ownerJob].flatMap((id) => [{ url: `/imports/${id}/report` }, { url: `/imports/${id}/report?reveal=true` }]),
    { control: true },
  ),
  'GET /people/export': list((a) => [{ url: `/people/export?q=${q(v0(a).idNumber)}` }, { url: `/people/export?hukouCode=${a.township}` }], {
    control: 'found',
  }),
  'GET /enterprises/export': list((a) => [{ url: `/enterprises/export?addressPrefix=${a.township}` }]),
  'GET /claims/export': list(() => [{ url: '/claims/export' }, { url: '/claims/export?status=paid' }]),
  'GET /payments/export': list(() => [{ url: '/payments/export' }]),
  'GET /payment-batches/export': list(() => [{ url: '/payment-batches/export' }]),
  'GET /audit/export': list(() => [{ url: '/audit/export' }]),
  'GET /users/export': list(() => [{ url: '/users/export' }]),

  // --- Regions and catalogues ----------------------------------------------------------------------
  'GET /regions': { kind: 'public', reason: 'the division catalogue', fill: (a) => [{ url: `/regions?parent=${a.county}` }] },
  'GET /regions/:code': { kind: 'public', reason: 'the division catalogue', fill: one((a) => `/regions/${a.township}`) },
  'GET /regions/names': {
    kind: 'public',
    reason: 'the division catalogue',
    fill: one((a) => `/regions/names?codes=${a.township},${a.county}`),
  },
  'GET /regions/:code/priority': {
    kind: 'public',
    reason: 'priority designations are published policy',
    fill: one((a) => `/regions/${a.township}/priority`),
  },
  'GET /priority-designations': {
    kind: 'public',
    reason: 'priority designations are published policy',
    fill: (a) => [{ url: `/priority-designations?code=${a.township}` }],
  },
  'POST /priority-designations': record(
    one(
      () => '/priority-designations',
      (a) => ({ kind: 'other', code: a.township, name: '矩阵新认定', validFrom: '2026-02-01', source: '矩阵测试' }),
    ),
  ),
  'POST /priority-designations/:id/close': record(
    one(
      (a) => `/priority-designations/${a.designation}/close`,
      () => ({ validTo: '2026-12-31', reason: '矩阵测试' }),
    ),
  ),
  'GET /industries': { kind: 'public', reason: 'the industry catalogue', fill: one(() => '/industries?q=39') },
  'GET /occupations': { kind: 'public', reason: 'the occupation catalogue', fill: one(() => '/occupations?q=6-18') },
  'GET /dashboard/summary': list(() => [{ url: '/dashboard/summary' }]),
  'GET /dashboard/home': list(() => [{ url: '/dashboard/home' }]),

  // --- Enterprises -------------------------------------------------------------------------------
  'GET /enterprises': list((a) => [{ url: `/enterprises?addressPrefix=${a.township}` }, { url: `/enterprises?name=${q('矩阵')}` }], {
    control: 'found',
  }),
  'POST /enterprises': record(
    one(
      () => '/enterprises',
      (a) => ({ creditCode: creditCode(a.county), name: '矩阵外地新单位', industryCode: '39', addressCode: a.township }),
    ),
  ),
  'GET /enterprises/:id': record(
    one((a) => `/enterprises/${a.enterprise}`),
    { control: true },
  ),
  'PUT /enterprises/:id': record(
    one(
      (a) => `/enterprises/${a.enterprise}`,
      (a) => ({ version: 1, name: '矩阵改名有限公司', industryCode: '39', addressCode: a.township }),
    ),
  ),
  'POST /enterprises/:id/arrears': record(
    one(
      (a) => `/enterprises/${a.enterprise}/arrears`,
      () => ({ reason: '矩阵测试', date: '2026-11-01' }),
    ),
  ),
  'DELETE /enterprises/:id/arrears': record(
    one(
      (a) => `/enterprises/${a.enterprise}/arrears`,
      () => ({ reason: '矩阵测试' }),
    ),
  ),
  'POST /enterprises/:id/reveal': record(
    one((a) => `/enterprises/${a.enterprise}/reveal`),
    { control: true },
  ),
  'GET /enterprises/:id/history': record(
    one((a) => `/enterprises/${a.enterprise}/history`),
    { control: true },
  ),

  // --- People --------------------------------------------------------------------------------------
  'GET /people': list(
    (a) => [
      { url: `/people?q=${q(v0(a).idNumber)}` },
      { url: `/people?q=${q(v0(a).name)}` },
      { url: `/people?q=${v0(a).phone}` },
      { url: `/people?hukouCode=${a.township}&includeMerged=true&pageSize=100` },
      { url: `/people?residenceCode=${a.county}&pageSize=100` },
    ],
    { control: 'found' },
  ),
  'POST /people': record(
    one(
      () => '/people',
      (a, n) => ({ name: '覃矩阵新人', idNumber: freshIdNumber(a.county, n + 1), hukouCode: a.township }),
    ),
  ),
  'POST /people/merge': record((a, _r, w) => [
    { url: '/people/merge', body: { survivorId: a.people[1], duplicateId: a.people[2], reason: '矩阵测试' } },
    { url: '/people/merge', body: { survivorId: w.home.person2, duplicateId: a.people[3], reason: '矩阵测试' } },
  ]),
  'GET /people/:id': record(
    one((a) => `/people/${a.person}`),
    { control: true },
  ),
  'PUT /people/:id': record(
    one(
      (a) => `/people/${a.person}`,
      (a) => ({ name: v0(a).name, idNumber: v0(a).idNumber, hukouCode: a.township, phone: null, version: 1 }),
    ),
  ),
  'POST /people/:id/reveal': record(
    (a) => ['idNumber', 'phone', 'bankAccount'].map((field) => ({ url: `/people/${a.person}/reveal`, body: { field } })),
    { control: true },
  ),
  'GET /people/:id/history': record(
    one((a) => `/people/${a.person}/history`),
    { control: true },
  ),
  'GET /people/:id/records': record(
    one((a) => `/people/${a.person}/records`),
    { control: true },
  ),
  'POST /people/:id/occupations': record(
    one(
      (a) => `/people/${a.person}/occupations`,
      () => ({ occupationCode: '6-18-02-04' }),
    ),
  ),
  'POST /people/:id/employment': record(
    one(
      (a) => `/people/${a.person}/employment`,
      (a) => ({ enterpriseName: '矩阵电子厂', divisionCode: a.county, startDate: '2025-01-01' }),
    ),
  ),
  'POST /people/:id/insurance': record(
    one(
      (a) => `/people/${a.person}/insurance`,
      (a) => ({ kind: 'unemployment', divisionCode: a.county, startMonth: '2025-01', contributionMonths: 12 }),
    ),
  ),
  'DELETE /people/:id/:kind/:childId': record((a) =>
    (['occupations', 'employment', 'insurance'] as const).map((k) => ({ url: `/people/${a.person}/${k}/${a.children[k]}` })),
  ),
  'GET /me/person': { kind: 'self', reason: "the worker's own record", fill: one(() => '/me/person') },
  'GET /me/person/records': { kind: 'self', reason: "the worker's own history", fill: one(() => '/me/person/records') },

  // --- Benefits ------------------------------------------------------------------------------------
  'POST /claims': record(
    (a, _r, w) => {
      const body = { programId: 'entrepreneurship-subsidy', personId: a.people[5], facts: startupFacts(HOME_COUNTY) };
      return [
        { url: '/claims', body },
        { url: '/claims', body: { ...body, enterpriseId: w.home.enterprise } },
      ];
    },
    { alsoAllowed: (res, role) => res.statusCode === 201 && role.personId !== undefined && res.json().personId === role.personId },
  ),
  'GET /claims': list(() => [
    { url: '/claims?pageSize=100' },
    { url: '/claims?status=paid&pageSize=100' },
    { url: '/claims?level=township&pageSize=100' },
  ]),
  'GET /claims/:id': record((a) => [{ url: `/claims/${a.claims.submitted}` }, { url: `/claims/${a.claims.paid}` }], { control: true }),
  'PUT /claims/:id/facts': record(
    one(
      (a) => `/claims/${a.claims.submitted}/facts`,
      () => ({ facts: startupFacts(HOME_COUNTY), version: 1 }),
    ),
  ),
  'POST /claims/:id/evidence': record((a) => [
    { url: `/claims/${a.claims.submitted}/evidence`, file: { name: 'm.png', bytes: PNG, type: 'image/png' } },
  ]),
  'GET /claims/:id/evidence/:evidenceId': record(
    one((a) => `/claims/${a.claims.submitted}/evidence/${a.evidence}`),
    { control: true },
  ),
  'POST /claims/:id/review': record((a) => [
    { url: `/claims/${a.claims.submitted}/review`, body: { outcome: 'refuse', reason: '矩阵测试' } },
  ]),
  'POST /claims/:id/reconsideration': record(
    one(
      (a) => `/claims/${a.claims.refused}/reconsideration`,
      () => ({ reason: '矩阵测试' }),
    ),
  ),
  'GET /me/claims': { kind: 'self', reason: "the worker's own claims", fill: one(() => '/me/claims') },
  'GET /employer/enterprise': {
    kind: 'self',
    reason: "the employer account's own enterprise (no id is taken)",
    fill: one(() => '/employer/enterprise'),
  },
  'PUT /employer/enterprise/contacts': {
    kind: 'self',
    reason:
      "changes the employer account's own enterprise contacts (no id is taken); called with a version no record has, so nothing changes",
    fill: one(
      () => '/employer/enterprise/contacts',
      () => ({ version: 2_147_483_646, contactName: '矩阵', contactPhone: null }),
    ),
  },
  'GET /employer/people': {
    kind: 'self',
    reason: "the people employed at the employer account's own enterprise",
    fill: one(() => `/employer/people?q=${q('矩阵')}&pageSize=100`),
  },
  'GET /payments': list((a) => [{ url: '/payments?pageSize=100' }, { url: `/payments?claimId=${a.claims.paid}` }], { control: 'found' }),
  'GET /payment-batches': list(() => [{ url: '/payment-batches?pageSize=100' }]),
  'POST /payment-batches': list(() => [{ url: '/payment-batches' }], { after: pendingNotBatched }),
  'GET /payment-batches/bank-mappings': list(() => [{ url: '/payment-batches/bank-mappings' }]),
  'GET /payment-batches/:id': record(
    one((a) => `/payment-batches/${a.batch}`),
    { control: true },
  ),
  'GET /payment-batches/:id/export': record(
    one((a) => `/payment-batches/${a.batch}/export`),
    { control: true },
  ),
  'POST /payment-batches/:id/reconciliation': record(async (a) => [
    {
      url: `/payment-batches/${a.batch}/reconciliation`,
      file: { name: 'r.xlsx', bytes: await reconciliationOf(a), type: 'application/octet-stream' },
    },
  ]),
  'POST /payments/:id/reverse': record(
    one(
      (a) => `/payments/${a.entries.paid}/reverse`,
      () => ({ reason: '矩阵测试' }),
    ),
  ),
  'POST /payments/:id/reissue': record(one((a) => `/payments/${a.entries.failed}/reissue`)),

  // --- Unemployment register (issue 10): foreign people and registrations answer 404 ---------------
  'POST /unemployment/registrations': record(
    one(
      () => '/unemployment/registrations',
      (a) => ({ personId: a.person }),
    ),
  ),
  'GET /unemployment/registrations': list(one(() => '/unemployment/registrations?pageSize=200')),
  'GET /unemployment/registrations/:id': record(one((a) => `/unemployment/registrations/${a.registration}`)),
  'POST /unemployment/registrations/:id/services': record(
    one(
      (a) => `/unemployment/registrations/${a.registration}/services`,
      () => ({ version: 1 }),
    ),
  ),
  'POST /unemployment/registrations/:id/transfer': record(
    one(
      (a) => `/unemployment/registrations/${a.registration}/transfer`,
      () => ({ version: 1, placeKind: 'hukou' }),
    ),
  ),
  'POST /unemployment/registrations/:id/employed': record(
    one(
      (a) => `/unemployment/registrations/${a.registration}/employed`,
      () => ({ version: 1 }),
    ),
  ),
  'POST /unemployment/registrations/:id/deregister': record(
    one(
      (a) => `/unemployment/registrations/${a.registration}/deregister`,
      () => ({ version: 1, reason: 'other' }),
    ),
  ),
  'GET /me/unemployment-registrations': {
    kind: 'self',
    reason: "the signed-in worker's own registrations",
    fill: one(() => '/me/unemployment-registrations'),
  },
  'POST /me/unemployment-registrations': {
    kind: 'self',
    reason: 'a worker registers only themself, at an office of their choosing',
    fill: one(
      () => '/me/unemployment-registrations',
      (a) => ({ officeCode: a.county }),
    ),
  },
  // --- Rapid response (issue 10, point 4): a foreign event, its tasks and its workers' offers answer 404 ---
  // Job fairs (issue 9.7): public events listed and shown to anyone signed in (with the organiser's fair id and
  // the employers taking part); management by the organising office only, 404 elsewhere (decision 206).
  'GET /fairs': { ...list(one(() => '/fairs')), shows: (a) => [a.fair.id, a.enterprise] },
  'POST /fairs': {
    kind: 'self',
    reason: "a fair is organised in the officer's own jurisdiction (no area named in the body)",
    fill: one(
      () => '/fairs',
      (_a, n) => ({
        name: `矩阵招聘会${n}`,
        kind: 'online',
        startsOn: '2026-12-05',
        endsOn: '2026-12-05',
        hours: '09:00-16:00',
        targetGroups: ['returning_migrants'],
        capacity: 5,
      }),
    ),
  },
  'GET /fairs/:id': {
    kind: 'public',
    reason: 'a fair is a public event: its employers and postings, never its registrations',
    fill: one((a) => `/fairs/${a.fair.id}`),
    shows: (a) => [a.fair.id, a.enterprise],
  },
  'GET /fairs/:id/counts': record(one((a) => `/fairs/${a.fair.id}/counts`)),
  'GET /fairs/:id/registrations': record(one((a) => `/fairs/${a.fair.id}/registrations`)),
  'POST /fairs/:id/registrations': record(
    one(
      (a) => `/fairs/${a.fair.id}/registrations`,
      (a) => ({ idNumber: v0(a).idNumber, name: v0(a).name }),
    ),
  ),
  'POST /fairs/:id/check-in': record(
    one(
      (a) => `/fairs/${a.fair.id}/check-in`,
      () => ({ code: 'ABCDEF' }),
    ),
  ),
  'POST /fairs/:id/employers': record(
    one(
      (a) => `/fairs/${a.fair.id}/employers`,
      (a) => ({ enterpriseId: a.enterprise }),
    ),
  ),
  'POST /fairs/:id/employers/:enterpriseId/approve': record(
    one(
      (a) => `/fairs/${a.fair.id}/employers/${a.enterprise}/approve`,
      () => ({}),
    ),
  ),
  // An employer applies to any fair (fairs are public events); only its own participation is written.
  'POST /fairs/:id/join': {
    kind: 'self',
    reason: "the employer's own application to take part in a public fair",
    fill: one((a) => `/fairs/${a.fair.id}/join`),
    shows: (a) => [a.fair.id, a.enterprise],
  },
  'PUT /fairs/:id/postings': {
    kind: 'self',
    reason: "the employer's own postings at a fair it takes part in",
    fill: one(
      (a) => `/fairs/${a.fair.id}/postings`,
      (a) => ({ postingIds: [a.posting] }),
    ),
    shows: (a) => [a.fair.id],
  },
  // A worker registers for any fair (workers anywhere may attend); only their own registration is written.
  'POST /fairs/:id/register': {
    kind: 'self',
    reason: "the worker's own registration for a public fair",
    fill: one((a) => `/fairs/${a.fair.id}/register`),
    shows: (a) => [a.fair.id],
  },
  'POST /fairs/:id/apply': {
    kind: 'self',
    reason: "the worker's own application to a posting the fair carries",
    fill: one(
      (a) => `/fairs/${a.fair.id}/apply`,
      (a) => ({ postingId: a.posting }),
    ),
    shows: (a) => [a.fair.id],
  },
  // The matrix's worker registered for the foreign areas' fairs above (POST /fairs/:id/register): their own registrations.
  'GET /me/fair-registrations': {
    kind: 'self',
    reason: "the worker's own registrations",
    fill: one(() => '/me/fair-registrations'),
    shows: (a) => [a.fair.id],
  },
  'POST /rapid-response/events': record(
    one(
      () => '/rapid-response/events',
      (a) => ({ kind: 'closure', enterpriseId: a.enterprise, occurredOn: '2026-11-20', description: '矩阵关停', workersAffected: 5 }),
    ),
  ),
  'GET /rapid-response/events': list(one(() => '/rapid-response/events?pageSize=200')),
  'GET /rapid-response/events/:id': record(one((a) => `/rapid-response/events/${a.rapidResponse.event}`)),
  'POST /rapid-response/events/:id/workers': record(
    one(
      (a) => `/rapid-response/events/${a.rapidResponse.event}/workers`,
      (a) => ({ personIds: [a.person] }),
    ),
  ),
  'POST /rapid-response/events/:id/workers/import': record(async (a) => [
    {
      url: `/rapid-response/events/${a.rapidResponse.event}/workers/import`,
      file: {
        name: 'm.xlsx',
        bytes: await sheet([
          ['身份证号码', '姓名'],
          [a.values[0]?.idNumber ?? '', a.values[0]?.name ?? ''],
        ]),
        type: 'application/octet-stream',
      },
    },
  ]),
  'GET /rapid-response/tasks': list(one(() => '/rapid-response/tasks?pageSize=200')),
  'POST /rapid-response/tasks/:id/start': record(
    one(
      (a) => `/rapid-response/tasks/${a.rapidResponse.task}/start`,
      () => ({ version: 1 }),
    ),
  ),
  'POST /rapid-response/tasks/:id/complete': record(
    one(
      (a) => `/rapid-response/tasks/${a.rapidResponse.task}/complete`,
      () => ({ version: 1 }),
    ),
  ),
  'POST /rapid-response/offers/:id/take-up': record(
    one(
      (a) => `/rapid-response/offers/${a.rapidResponse.offer}/take-up`,
      () => ({ version: 1 }),
    ),
  ),
  'POST /rapid-response/offers/:id/decline': record(
    one(
      (a) => `/rapid-response/offers/${a.rapidResponse.offer}/decline`,
      () => ({ version: 1 }),
    ),
  ),
  'POST /rapid-response/offers/:id/register': record(
    one(
      (a) => `/rapid-response/offers/${a.rapidResponse.offer}/register`,
      () => ({ version: 1 }),
    ),
  ),
  'POST /employer/layoffs': {
    kind: 'self',
    reason: "an employer reports a lay-off of its own enterprise only (the body names none; the account's enterprise is used)",
    fill: one(
      () => '/employer/layoffs',
      () => ({ occurredOn: '2026-11-20', description: '矩阵裁员', workersAffected: 3 }),
    ),
  },
  // --- Wage-arrears complaints and legal aid (issue 10, point 3): foreign complaints and referrals answer 404 ---
  'POST /complaints': record(
    one(
      () => '/complaints',
      (a) => ({
        employerName: '矩阵欠薪单位',
        site: '矩阵工地',
        periodFrom: '2026-09',
        periodTo: '2026-10',
        workers: [{ personId: a.person, owedFen: 100 }],
      }),
    ),
  ),
  'GET /complaints': list(one(() => '/complaints?pageSize=200')),
  'GET /complaints/settings': { kind: 'public', reason: 'the national deadlines in working days', fill: one(() => '/complaints/settings') },
  'PUT /complaints/settings': record(
    one(
      () => '/complaints/settings',
      () => ({ acceptWorkingDays: 3, concludeWorkingDays: 30 }),
    ),
  ),
  'GET /complaints/:id': record(one((a) => `/complaints/${a.complaint}`)),
  'POST /complaints/:id/accept': record(
    one(
      (a) => `/complaints/${a.complaint}/accept`,
      () => ({ version: 1 }),
    ),
  ),
  'POST /complaints/:id/reject': record(
    one(
      (a) => `/complaints/${a.complaint}/reject`,
      () => ({ version: 1, reason: '矩阵' }),
    ),
  ),
  'POST /complaints/:id/investigate': record(
    one(
      (a) => `/complaints/${a.complaint}/investigate`,
      () => ({ version: 1 }),
    ),
  ),
  'POST /complaints/:id/mediate': record(
    one(
      (a) => `/complaints/${a.complaint}/mediate`,
      () => ({ version: 1 }),
    ),
  ),
  'POST /complaints/:id/transfer': record(
    one(
      (a) => `/complaints/${a.complaint}/transfer`,
      () => ({ version: 1, note: '矩阵' }),
    ),
  ),
  'POST /complaints/:id/close': record(
    one(
      (a) => `/complaints/${a.complaint}/close`,
      () => ({ version: 1 }),
    ),
  ),
  'POST /complaints/:id/resolve': record(
    one(
      (a) => `/complaints/${a.complaint}/resolve`,
      (a) => ({ version: 1, recovered: [{ personId: a.person, recoveredFen: 0 }] }),
    ),
  ),
  'POST /complaints/:id/flag-employer': record(
    one(
      (a) => `/complaints/${a.complaint}/flag-employer`,
      () => ({ reason: '矩阵', date: '2026-11-27' }),
    ),
  ),
  'POST /complaints/:id/legal-aid': record(
    one(
      (a) => `/complaints/${a.complaint}/legal-aid`,
      () => ({ note: '矩阵' }),
    ),
  ),
  'POST /complaints/:id/evidence': record((a) => [
    { url: `/complaints/${a.complaint}/evidence`, file: { name: 'm.png', bytes: PNG, type: 'image/png' } },
  ]),
  'GET /complaints/:id/evidence/:evidenceId': record(
    one((a) => `/complaints/${a.complaint}/evidence/${a.complaintEvidence}`),
    { control: true },
  ),
  'GET /me/complaints': { kind: 'self', reason: "the signed-in worker's own complaints", fill: one(() => '/me/complaints') },
  'GET /me/complaints/prefill': { kind: 'self', reason: "the signed-in worker's own employer", fill: one(() => '/me/complaints/prefill') },
  'POST /me/complaints': {
    kind: 'self',
    reason: 'a worker files only for themself, at one of their own counties',
    fill: one(
      () => '/me/complaints',
      (a) => ({
        employerName: '矩阵欠薪单位',
        site: '矩阵工地',
        periodFrom: '2026-09',
        periodTo: '2026-10',
        owedFen: 100,
        officeCode: a.county,
      }),
    ),
  },
  'GET /legal-aid/referrals': list(one(() => '/legal-aid/referrals?pageSize=200')),
  'GET /legal-aid/referrals/:id': record(one((a) => `/legal-aid/referrals/${a.referral}`)),
  'POST /legal-aid/referrals/:id/accept': record(
    one(
      (a) => `/legal-aid/referrals/${a.referral}/accept`,
      () => ({ version: 1 }),
    ),
  ),
  'POST /legal-aid/referrals/:id/decline': record(
    one(
      (a) => `/legal-aid/referrals/${a.referral}/decline`,
      () => ({ version: 1, note: '矩阵' }),
    ),
  ),
  'POST /legal-aid/referrals/:id/conclude': record(
    one(
      (a) => `/legal-aid/referrals/${a.referral}/conclude`,
      () => ({ version: 1, note: '矩阵' }),
    ),
  ),
  // --- Assistance cases (issue 10, point 2): a case's id is its registration's id -------------------
  'GET /assistance/cases': list(one(() => '/assistance/cases?pageSize=200')),
  'GET /assistance/overdue': list(one(() => '/assistance/overdue')),
  'GET /assistance/reminders': list(one(() => '/assistance/reminders')),
  'GET /assistance/cases/:id': record(one((a) => `/assistance/cases/${a.registration}`)),
  'POST /assistance/cases/:id/steps': record(
    one(
      (a) => `/assistance/cases/${a.registration}/steps`,
      () => ({ kind: 'career_guidance', outcome: '职业指导' }),
    ),
  ),
  'PUT /assistance/cases/:id/categories': record(
    one(
      (a) => `/assistance/cases/${a.registration}/categories`,
      () => ({ version: 1, categories: ['disabled'] }),
    ),
  ),
  'GET /assistance/cases/:id/recommendations': record(one((a) => `/assistance/cases/${a.registration}/recommendations`)),
  'POST /assistance/cases/:id/referrals': record(
    one(
      (a) => `/assistance/cases/${a.registration}/referrals`,
      (a) => ({ postingId: a.posting }),
    ),
  ),
  'GET /assistance/cases/:id/benefits': record(one((a) => `/assistance/cases/${a.registration}/benefits`)),
  // --- Working-day calendar (national data: only nationwide administrators change it) ------------
  'GET /calendar/entries': { kind: 'public', reason: 'the published holiday calendar', fill: one(() => '/calendar/entries?year=2026') },
  'GET /calendar/days/:date': { kind: 'public', reason: 'the published holiday calendar', fill: one(() => '/calendar/days/2026-10-01') },
  'GET /calendar/working-days': {
    kind: 'public',
    reason: 'the published holiday calendar',
    fill: one(() => '/calendar/working-days?from=2026-09-30&days=3'),
  },
  'POST /calendar/entries/:date': record(
    one(
      () => '/calendar/entries/2031-03-03',
      () => ({ kind: 'holiday', nameZh: '矩阵节', nameEn: 'Matrix day', source: '矩阵测试' }),
    ),
  ),
  'PUT /calendar/entries/:date': record(
    one(
      () => '/calendar/entries/2026-10-01',
      () => ({ kind: 'holiday', nameZh: '矩阵节', nameEn: 'Matrix day', source: '矩阵测试' }),
    ),
  ),
  'DELETE /calendar/entries/:date': record(one(() => '/calendar/entries/2026-10-01')),

  // --- Policy --------------------------------------------------------------------------------------
  'GET /policy/programs': { kind: 'public', reason: 'the program catalogue', fill: one(() => '/policy/programs') },
  'GET /policy/programs/:id': {
    kind: 'public',
    reason: 'the program catalogue',
    fill: one(() => '/policy/programs/entrepreneurship-subsidy'),
  },
  'POST /policy/evaluate': {
    kind: 'public',
    reason: 'decides on the facts given in the call, reads no record',
    fill: one(
      () => '/policy/evaluate',
      () => ({ programId: 'entrepreneurship-subsidy', asOf: '2026-11-28', facts: startupFacts(HOME_COUNTY) }),
    ),
  },
  'GET /policy/parameters': {
    kind: 'public',
    reason: 'policy parameters are published values with their sources',
    fill: (a) => [{ url: `/policy/parameters?region=${a.county}` }],
  },
  'POST /policy/parameters': record(
    one(
      () => '/policy/parameters',
      (a) => ({ key: 'wage.minMonthlyFen', region: a.county, value: 191000, effectiveFrom: '2026-12-01', source: '矩阵测试' }),
    ),
  ),
  'GET /policy/clauses': { kind: 'public', reason: 'the clause catalogue', fill: one(() => '/policy/clauses') },
  'GET /policy/people/:id/facts': record(
    one((a) => `/policy/people/${a.person}/facts?asOf=2026-11-28`),
    { control: true },
  ),
  'POST /policy/what-if': list(
    one(
      () => '/policy/what-if',
      (a) => ({ asOf: '2026-11-28', level: 'county', overrides: [{ key: 'wage.minMonthlyFen', region: a.county, value: 200000 }] }),
    ),
    { after: noForeignCounty },
  ),
  // --- Labour sharing (issue 9.6): each foreign area has an offer, a request and an agreement lending P2, sent for consent. ---
  'POST /sharing/listings': record(
    one(
      () => '/sharing/listings',
      (a) => ({
        enterpriseId: a.enterprise,
        side: 'offer',
        headcount: 1,
        occupationCodes: ['6-18-01-01'],
        skills: '',
        startDate: '2026-12-10',
        endDate: '2026-12-31',
        placeCode: a.township,
        address: '矩阵路1号',
      }),
    ),
    // An employer offers its own staff (its own enterprise), whatever firm the body names.
    { alsoAllowed: (res, role) => res.statusCode === 201 && role.scope === null && !role.personId },
  ),
  'GET /sharing/listings': list(() => [{ url: '/sharing/listings' }, { url: '/sharing/listings?side=request&status=matched' }]),
  'GET /sharing/listings/:id': record(one((a) => `/sharing/listings/${a.sharing.offer}`)),
  'POST /sharing/listings/:id/close': record(
    one(
      (a) => `/sharing/listings/${a.sharing.request}/close`,
      () => ({ version: 2 }),
    ),
  ),
  'GET /sharing/proposals': list(one(() => '/sharing/proposals')),
  'POST /sharing/agreements': record(
    one(
      () => '/sharing/agreements',
      (a) => ({
        lenderId: a.enterprise,
        borrowerId: a.sharing.borrower,
        startDate: '2026-12-10',
        endDate: '2026-12-31',
        placeCode: a.township,
        address: '矩阵路1号',
        occupationCode: '6-18-01-01',
        wageFen: 300000,
        wagePayer: 'borrower',
        injuryInsurer: 'lender',
        workerIds: [a.people[1]],
      }),
    ),
  ),
  'GET /sharing/agreements': list(
    one(() => '/sharing/agreements'),
    { control: 'found' },
  ),
  'GET /sharing/agreements/:id': record(
    one((a) => `/sharing/agreements/${a.sharing.agreement}`),
    { control: true },
  ),
  'POST /sharing/agreements/:id/send': record(
    one(
      (a) => `/sharing/agreements/${a.sharing.agreement}/send`,
      () => ({ version: 2 }),
    ),
  ),
  'POST /sharing/agreements/:id/cancel': record(
    one(
      (a) => `/sharing/agreements/${a.sharing.agreement}/cancel`,
      () => ({ version: 2 }),
    ),
  ),
  'POST /sharing/agreements/:id/answer': record(
    one(
      (a) => `/sharing/agreements/${a.sharing.agreement}/answer`,
      () => ({ answer: 'consent' }),
    ),
  ),
  // --- Jobs (issue 9): each foreign area has an open posting of its enterprise and P1's referral to it. ---
  'POST /jobs/postings': record(
    one(
      () => '/jobs/postings',
      (a) => ({
        enterpriseId: a.enterprise,
        title: '矩阵岗位',
        occupationCode: '6-18-01-01',
        workCode: a.township,
        workAddress: '矩阵路1号',
        headcount: 1,
        payMinFen: 300000,
        payMaxFen: 400000,
        payPeriod: 'month',
        contractKind: 'regular',
        housing: false,
        meals: false,
        requirements: '',
        skills: [],
        startDate: '2026-12-01',
      }),
    ),
    // An employer posts for itself (its own enterprise) wherever the work is.
    { alsoAllowed: (res, role) => res.statusCode === 201 && role.scope === null && !role.personId },
  ),
  // An open posting is a public advertisement: anyone signed in reads it, with its employer (the enterprise id).
  'GET /jobs/postings': { ...list(one((a) => `/jobs/postings?place=${a.county}`)), shows: (a) => [a.enterprise] },
  'GET /jobs/postings/:id': {
    kind: 'public',
    reason: 'an open posting is a public job advertisement (no personal data)',
    fill: one((a) => `/jobs/postings/${a.posting}`),
    shows: (a) => [a.enterprise],
  },
  'POST /jobs/postings/:id/refresh': record(
    one(
      (a) => `/jobs/postings/${a.posting}/refresh`,
      () => ({ version: 1 }),
    ),
  ),
  'POST /jobs/postings/:id/close': record(
    one(
      (a) => `/jobs/postings/${a.posting}/close`,
      () => ({ version: 1 }),
    ),
  ),
  'GET /jobs/screening': list(one(() => '/jobs/screening')),
  'POST /jobs/postings/:id/release': record(
    one(
      (a) => `/jobs/postings/${a.posting}/release`,
      () => ({ version: 1 }),
    ),
  ),
  'POST /jobs/postings/:id/reject': record(
    one(
      (a) => `/jobs/postings/${a.posting}/reject`,
      () => ({ version: 1, note: '矩阵' }),
    ),
  ),
  'GET /jobs/minimum-wage': {
    kind: 'public',
    reason: 'published minimum wages',
    fill: one((a) => `/jobs/minimum-wage?code=${a.county}&date=2026-11-28`),
  },
  'GET /jobs/reserve': list(one(() => '/jobs/reserve?by=region')),
  'GET /jobs/reserve/over-time': list(one(() => '/jobs/reserve/over-time?months=3')),
  'GET /jobs/terms': { kind: 'public', reason: 'the screening dictionary (no personal data)', fill: one(() => '/jobs/terms') },
  'POST /jobs/terms': {
    kind: 'public',
    reason: 'national dictionary kept by administrators (no personal data)',
    fill: one(
      () => '/jobs/terms',
      (_a, n) => ({ term: `矩阵词${n}`, category: 'sex' }),
    ),
  },
  'DELETE /jobs/terms/:id': record(one(() => '/jobs/terms/matrix-no-term')),
  'GET /jobs/settings': { kind: 'public', reason: 'reserve settings (no personal data)', fill: one(() => '/jobs/settings') },
  'PUT /jobs/settings': {
    kind: 'public',
    reason: 'national settings kept by administrators (no personal data)',
    fill: one(
      () => '/jobs/settings',
      () => ({ expiryDays: 30 }),
    ),
  },
  'GET /jobs/recommendations': {
    kind: 'self',
    reason: "the worker's own recommendations, among open postings anywhere",
    fill: one(() => '/jobs/recommendations'),
    shows: (a) => [a.enterprise],
  },
  'GET /jobs/people/:id/recommendations': record(one((a) => `/jobs/people/${a.person}/recommendations`)),
  // An officer finds candidates among the people of their own area for a posting anywhere (the referral use case).
  'GET /jobs/postings/:id/candidates': record(
    one((a) => `/jobs/postings/${a.posting}/candidates`),
    {
      alsoAllowed: (res, role) => res.statusCode === 200 && role.scope !== null,
    },
  ),
  // A worker applies to an open posting wherever the work is.
  'POST /jobs/postings/:id/apply': {
    ...record(
      one((a) => `/jobs/postings/${a.posting}/apply`),
      { alsoAllowed: (res, role) => res.statusCode === 201 && Boolean(role.personId) },
    ),
    shows: (a) => [a.enterprise],
  },
  'POST /jobs/postings/:id/referrals': record(
    one(
      (a) => `/jobs/postings/${a.posting}/referrals`,
      (a) => ({ personId: a.person }),
    ),
  ),
  'GET /jobs/postings/:id/applications': record(one((a) => `/jobs/postings/${a.posting}/applications`)),
  'GET /jobs/applications': list(one(() => '/jobs/applications')),
  'GET /jobs/applications/:id': record(one((a) => `/jobs/applications/${a.application}`)),
  'POST /jobs/applications/:id/steps': record(
    one(
      (a) => `/jobs/applications/${a.application}/steps`,
      () => ({ event: 'view', version: 1 }),
    ),
  ),
  // A fair's notices name the fair (a public event) the worker registered for above.
  // --- Gig work (issue 9.5): each foreign area has a gig task of its enterprise, P1's completed sign-up and P1's report. ---
  'POST /gigs/tasks': record(
    one(
      () => '/gigs/tasks',
      (a) => ({
        enterpriseId: a.enterprise,
        title: '矩阵零工',
        occupationCode: '4-02-05-01',
        placeCode: a.township,
        address: '矩阵路3号',
        startDate: '2026-12-02',
        dayRateFen: 30000,
        headcount: 1,
      }),
    ),
    // An employer posts a gig for itself (its own enterprise) wherever the work is.
    { alsoAllowed: (res, role) => res.statusCode === 201 && role.scope === null && !role.personId },
  ),
  // Open gig tasks are public advertisements for workers, with their employer (the enterprise id).
  'GET /gigs/tasks': { ...list(one((a) => `/gigs/tasks?place=${a.county}`)), shows: (a) => [a.enterprise, a.gig.task] },
  'GET /gigs/tasks/:id': {
    ...record(
      one((a) => `/gigs/tasks/${a.gig.task}`),
      {
        alsoAllowed: (res, role) => res.statusCode === 200 && role.scope === null && role.name.startsWith('worker'),
      },
    ),
    shows: (a) => [a.enterprise, a.gig.task],
  },
  'POST /gigs/tasks/:id/close': record(
    one(
      (a) => `/gigs/tasks/${a.gig.task}/close`,
      () => ({ version: 1 }),
    ),
  ),
  'POST /gigs/tasks/:id/cancel': record(
    one(
      (a) => `/gigs/tasks/${a.gig.task}/cancel`,
      () => ({ version: 1 }),
    ),
  ),
  'GET /gigs/tasks/:id/signups': record(one((a) => `/gigs/tasks/${a.gig.task}/signups`)),
  // A worker signs up for an open gig wherever it is.
  'POST /gigs/tasks/:id/signups': {
    ...record(
      one((a) => `/gigs/tasks/${a.gig.task}/signups`),
      {
        alsoAllowed: (res, role) => res.statusCode === 201 && Boolean(role.personId),
      },
    ),
    shows: (a) => [a.enterprise, a.gig.task],
  },
  'POST /gigs/tasks/:id/confirm-in-order': record(one((a) => `/gigs/tasks/${a.gig.task}/confirm-in-order`)),
  'GET /gigs/my-signups': {
    kind: 'self',
    reason: "the worker's own sign-ups, to gigs anywhere",
    fill: one(() => '/gigs/my-signups'),
    shows: (a) => [a.enterprise, a.gig.task],
  },
  'POST /gigs/signups/:id/withdraw': record(
    one(
      (a) => `/gigs/signups/${a.gig.signup}/withdraw`,
      () => ({ version: 4 }),
    ),
  ),
  'POST /gigs/signups/:id/confirm': record(
    one(
      (a) => `/gigs/signups/${a.gig.signup}/confirm`,
      () => ({ version: 4 }),
    ),
  ),
  'POST /gigs/signups/:id/decline': record(
    one(
      (a) => `/gigs/signups/${a.gig.signup}/decline`,
      () => ({ version: 4 }),
    ),
  ),
  'POST /gigs/signups/:id/accept': record(
    one(
      (a) => `/gigs/signups/${a.gig.signup}/accept`,
      () => ({ version: 4 }),
    ),
  ),
  'POST /gigs/signups/:id/record': record(
    one(
      (a) => `/gigs/signups/${a.gig.signup}/record`,
      () => ({ version: 4, daysWorked: 1, paidFen: 100 }),
    ),
  ),
  'POST /gigs/signups/:id/dispute': record(
    one(
      (a) => `/gigs/signups/${a.gig.signup}/dispute`,
      () => ({ version: 4, reason: '矩阵' }),
    ),
  ),
  'POST /gigs/signups/:id/rating': record(
    one(
      (a) => `/gigs/signups/${a.gig.signup}/rating`,
      () => ({ score: 3 }),
    ),
  ),
  'POST /gigs/signups/:id/report': record(
    one(
      (a) => `/gigs/signups/${a.gig.signup}/report`,
      () => ({ reason: 'other', detail: '矩阵' }),
    ),
  ),
  'GET /gigs/reports': list(one(() => '/gigs/reports')),
  'POST /gigs/reports/:id/act': record(
    one(
      (a) => `/gigs/reports/${a.gig.report}/act`,
      () => ({ action: 'note', note: '矩阵', version: 1 }),
    ),
  ),
  'GET /gigs/market': list(one(() => '/gigs/market')),
  'GET /gigs/my-history': {
    kind: 'self',
    reason: "the worker's own completed gigs, anywhere",
    fill: one(() => '/gigs/my-history'),
    shows: (a) => [a.enterprise, a.gig.task],
  },
  'GET /gigs/my-history/export': {
    kind: 'self',
    reason: "the worker's own completed gigs as .xlsx",
    fill: one(() => '/gigs/my-history/export'),
  },
  'GET /gigs/people/:id/history': record(one((a) => `/gigs/people/${a.person}/history`)),
  'GET /gigs/people/:id/history/export': record(one((a) => `/gigs/people/${a.person}/history/export`)),
  'GET /jobs/messages': {
    kind: 'self',
    reason: "the worker's or employer's own messages",
    fill: one(() => '/jobs/messages'),
    shows: (a) => [a.fair.id],
  },
  'GET /me/entitlements': { kind: 'self', reason: "the worker's own entitlements", fill: one(() => '/me/entitlements') },
  'POST /me/entitlements': {
    kind: 'self',
    reason: "the worker's own entitlements with the answers kept on the phone (stores nothing)",
    fill: one(
      () => '/me/entitlements',
      () => ({ facts: {} }),
    ),
  },
  'POST /me/entitlements/check': {
    kind: 'self',
    reason: "one program on the worker's own record and answers (stores nothing)",
    fill: one(
      () => '/me/entitlements/check',
      () => ({ programId: 'job-seeking-subsidy', facts: {} }),
    ),
  },
};
