/**
 * Issue 6, "Authorisation matrix": every route of the app's route table (its OpenAPI document) ×
 * every role (an administrator of another province, each staff role of 都安 451228 or its township
 * 安阳镇 451228100, an employer, a bound worker, a worker without a record, and a nationwide
 * administrator's API token narrowed to 安阳镇) × the records of a foreign county of the same
 * prefecture (大化 451229) and of a foreign township of the same county (地苏镇 451228102).
 *
 * A call naming a foreign record is refused with 403 or 404 problem+json, and no answer (refusal,
 * list, export, aggregate) holds a personal value of the foreign area; lists hold none of its ids
 * either. The table in tests/helpers/authz-routes.ts says how each route is aimed; a route without
 * an entry fails, and so does an entry for a route that is gone. Before the matrix runs, a
 * nationwide administrator makes the same calls and is answered, which proves each call names real
 * records (a refusal of a misspelt id would prove nothing).
 */
import { beforeAll, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { describeEachDb } from './helpers/runtime.js';
import { buildWorld, isProblemAnswer, type Area, type MatrixRole, type World } from './helpers/authz-world.js';
import { routeTable, type Entry } from './helpers/authz-routes.js';
import { readableText, send, type Method } from './helpers/http.js';
import type { App } from '../src/http/app.js';

const METHODS: readonly Method[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

function isMethod(s: string): s is Method {
  return (METHODS as readonly string[]).includes(s);
}

/** "METHOD /path/:param" of every route in the app's OpenAPI document, relative to /api/v1. */
function appRoutes(app: App): string[] {
  const doc: unknown = app.swagger();
  const paths: unknown = typeof doc === 'object' && doc !== null ? Reflect.get(doc, 'paths') : undefined;
  if (typeof paths !== 'object' || paths === null) throw new Error('the app has no OpenAPI paths');
  const out: string[] = [];
  for (const [path, item] of Object.entries(paths)) {
    if (!path.startsWith('/api/v1/') || typeof item !== 'object' || item === null) continue;
    const local = path.slice('/api/v1'.length).replace(/\{(\w+)\}/g, ':$1');
    for (const m of Object.keys(item)) if (isMethod(m.toUpperCase())) out.push(`${m.toUpperCase()} ${local}`);
  }
  return out.sort();
}

function split(key: string): { method: Method; path: string } {
  const [m, path] = key.split(' ');
  if (!m || !path || !isMethod(m)) throw new Error(`bad route key ${key}`);
  return { method: m, path };
}

const codeOf = (res: LightMyRequestResponse) =>
  isProblemAnswer(res.headers['content-type']) ? String(res.json().code) : String(res.headers['content-type'] ?? '');
const present = (text: string, needles: readonly string[]) => needles.filter((n) => n !== '' && text.includes(n));

/** What is wrong with one answer, or null when the cell holds. */
async function judge(entry: Entry, res: LightMyRequestResponse, a: Area, role: MatrixRole): Promise<string | null> {
  if (res.statusCode >= 500) return `answered ${res.statusCode} ${codeOf(res)}`;
  const text = await readableText(res);
  const pii = present(text, a.pii);
  if (entry.kind === 'record' && !entry.alsoAllowed?.(res, role)) {
    if (res.statusCode !== 403 && res.statusCode !== 404)
      return `answered ${res.statusCode} ${codeOf(res)} instead of a refusal${pii.length ? `, showing ${pii.join(' ')}` : ''}`;
    if (!isProblemAnswer(res.headers['content-type'])) return `refused without problem+json (${String(res.headers['content-type'])})`;
    return pii.length ? `the refusal shows ${pii.join(' ')}` : null;
  }
  if (res.statusCode >= 400 && !isProblemAnswer(res.headers['content-type'])) return `answered ${res.statusCode} without problem+json`;
  const shown = new Set(entry.shows?.(a) ?? []);
  const ids = present(
    text,
    a.ids.filter((id) => !shown.has(id)),
  );
  if (pii.length || ids.length)
    return `answered ${res.statusCode} showing${pii.length ? ` personal values ${pii.join(' ')}` : ''}${ids.length ? ` ids of ${ids.length} foreign records` : ''}`;
  return null;
}

let serial = 0;

describeEachDb(
  'authorisation matrix',
  (ctx) => {
    let world: World;

    beforeAll(async () => {
      world = await buildWorld(ctx().app, ctx().rt);
    }, 300_000);

    it('has an entry for every route of the app, and none for a route that is gone', () => {
      const routes = appRoutes(ctx().app);
      expect(routes.length).toBeGreaterThanOrEqual(80);
      const missing = routes.filter((r) => !(r in routeTable)).map((r) => `new route without an entry: ${r}`);
      const gone = Object.keys(routeTable)
        .filter((k) => !routes.includes(k))
        .map((k) => `entry for a route that is gone: ${k}`);
      expect([...missing, ...gone]).toEqual([]);
    });

    it('aims at real records: a nationwide administrator making the same calls is answered (and finds the records)', async () => {
      const { app } = ctx();
      const national: MatrixRole = { name: 'nationwide administrator', headers: world.national, foreign: [], scope: '' };
      const wrong: string[] = [];
      let checked = 0;
      for (const [key, entry] of Object.entries(routeTable)) {
        if (!('control' in entry) || !entry.control) continue;
        const { method, path } = split(key);
        for (const a of Object.values(world.areas)) {
          for (const call of await entry.fill(a, national, world, ++serial)) {
            checked++;
            const res = await send(app, world.national, method, call);
            const text = await readableText(res);
            if (res.statusCode < 200 || res.statusCode > 299) wrong.push(`${key} ${call.url}: ${res.statusCode} ${codeOf(res)}`);
            else if (entry.kind === 'list' && present(text, [...a.ids, ...a.pii]).length === 0)
              wrong.push(`${key} ${call.url}: finds nothing of ${a.key} (${path})`);
          }
        }
      }
      // The calendar routes change a seeded entry: it must be there for their refusals to mean anything.
      const day = await send(app, world.national, 'GET', { url: '/calendar/days/2026-10-01' });
      if (day.statusCode !== 200 || day.json().entry === null)
        wrong.push(`no seeded calendar entry on 2026-10-01: ${day.statusCode} ${day.body.slice(0, 200)}`);
      expect(checked).toBeGreaterThan(30);
      expect(wrong).toEqual([]);
    });

    it('names the reason for every route it does not call (sign-in, sign-out, password change)', () => {
      const uncalled = Object.entries(routeTable).filter(([, e]) => !e.fill);
      expect(uncalled.map(([k]) => k).sort()).toEqual([
        'POST /auth/login',
        'POST /auth/logout',
        'POST /auth/password',
        'POST /auth/worker/code',
        'POST /auth/worker/login',
      ]);
      for (const [, e] of uncalled) expect(e.kind === 'public' || e.kind === 'self' ? e.reason.length : 0).toBeGreaterThan(10);
    });

    for (const [key, entry] of Object.entries(routeTable)) {
      const { method } = split(key);
      const fill = entry.fill;
      if (!fill) continue;
      it(`${key} (${entry.kind}${entry.kind === 'public' || entry.kind === 'self' ? `: ${entry.reason}` : ''})`, async () => {
        const { app, rt } = ctx();
        const failures: string[] = [];
        let cells = 0;
        for (const role of world.roles) {
          for (const areaKey of role.foreign) {
            const a = world.areas[areaKey];
            for (const call of await fill(a, role, world, ++serial)) {
              cells++;
              const res = await send(app, role.headers, method, call);
              const wrong =
                (await judge(entry, res, a, role)) ??
                (entry.kind === 'list' && entry.after ? await entry.after(res, a, role, { app, rt, world }) : null);
              if (wrong) failures.push(`${key} | ${role.name} | foreign ${areaKey} (${call.url}): ${wrong}`);
            }
          }
        }
        expect(cells).toBeGreaterThan(0);
        expect(failures).toEqual([]);
      }, 180_000);
    }
  },
  // Every role makes a few calls per route: far more than one account's 600 a minute (the limit has its own tests).
  { rateLimitPerMinute: 0 },
);
