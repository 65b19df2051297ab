/**
 * Reading the audit log for people (issue 7, point 11): by person (the record's id, as the page's
 * name/ID search resolves it), by officer name, by action and by a Beijing date range (both ends
 * included), with the officer's name on each entry, under the reader's jurisdiction.
 *
 * Beijing dates: 2026-11-27T15:59:59.999Z is 27 November 23:59 in Beijing; 2026-11-27T16:00:00.000Z
 * is 28 November 00:00 — the same UTC day, different Beijing days.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { login, type SessionHeaders } from './helpers/session.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { systemActor } from '../src/modules/actor.js';
import type { App } from '../src/http/app.js';
import type { Runtime } from '../src/runtime.js';

const PASSWORD = 'Passw0rd-test-1';

async function named(app: App, rt: Runtime, username: string, displayName: string, jurisdiction: string): Promise<SessionHeaders> {
  const r = await rt.services.users.create(systemActor(), {
    username,
    displayName,
    role: 'county_officer',
    jurisdiction,
    password: PASSWORD,
  });
  if (!r.ok) throw new Error(r.reason.code);
  return login(app, username, PASSWORD);
}

interface Entry {
  action: string;
  entityType: string;
  entityId: string | null;
  actorName?: string | null;
  at: string;
}

describeEachDb('audit log: reading it for people', (ctx) => {
  let reader: SessionHeaders;
  let dahuaReader: SessionHeaders;
  let p1 = '';

  async function search(headers: SessionHeaders, query: Record<string, string>): Promise<{ items: Entry[]; total: number }> {
    const { app } = ctx();
    const r = await app.inject({ method: 'GET', url: '/api/v1/audit', headers, query: { pageSize: '100', ...query } });
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  }

  beforeAll(async () => {
    const { app, rt } = ctx();
    const wei = await named(app, rt, 'wei_lixin', '韦立新', '451228');
    const lan = await named(app, rt, 'lan_hai', '蓝海', '451228');
    const dahua = await named(app, rt, 'wei_dahua', '韦大化', '451229');
    reader = await named(app, rt, 'duan_reader', '审计员甲', '451228');
    dahuaReader = await named(app, rt, 'dahua_reader', '审计员乙', '451229');
    const create = async (headers: SessionHeaders, name: string, county: string, seq: number) => {
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/people',
        headers,
        payload: { name, idNumber: makeIdNumber(county, '1990-02-03', seq), hukouCode: `${county}100` },
      });
      expect(r.statusCode, r.body).toBe(200);
      return r.json() as { id: string; version: number };
    };
    rt.clock.set('2026-11-27T15:59:59.999Z');
    const first = await create(wei, '韦审一', '451228', 21);
    p1 = first.id;
    rt.clock.set('2026-11-27T16:00:00.000Z');
    const upd = await app.inject({
      method: 'PUT',
      url: `/api/v1/people/${p1}`,
      headers: wei,
      payload: {
        name: '韦审一',
        idNumber: makeIdNumber('451228', '1990-02-03', 21),
        hukouCode: '451228100',
        expectedWageFen: 500000,
        version: first.version,
      },
    });
    expect(upd.statusCode, upd.body).toBe(200);
    await create(lan, '蓝审二', '451228', 23);
    await create(dahua, '韦审三', '451229', 25);
    rt.clock.set('2026-11-28T02:00:00.000Z');
  });

  it('filters by person: the created and updated entries of that record only', async () => {
    const r = await search(reader, { entityType: 'person', entityId: p1 });
    expect(r.items.map((e) => e.action).sort()).toEqual(['person.created', 'person.updated']);
    expect(r.items.every((e) => e.entityId === p1 && e.actorName === '韦立新')).toBe(true);
  });

  it('filters by officer name inside the jurisdiction: 韦 finds 韦立新, not 韦大化 of the next county', async () => {
    const wei = await search(reader, { actorName: '韦', entityType: 'person' });
    expect(wei.total).toBe(2);
    expect(new Set(wei.items.map((e) => e.actorName))).toEqual(new Set(['韦立新']));
    const lan = await search(reader, { actorName: '蓝', entityType: 'person' });
    expect(lan.items.map((e) => [e.action, e.actorName])).toEqual([['person.created', '蓝海']]);
    expect((await search(reader, { actorName: '无此人' })).total).toBe(0);
    // The next county's reader finds 韦大化's entry and none of 都安's.
    const theirs = await search(dahuaReader, { actorName: '韦', entityType: 'person' });
    expect(theirs.items.map((e) => e.actorName)).toEqual(['韦大化']);
    expect((await search(dahuaReader, { entityId: p1 })).total).toBe(0);
  });

  it('filters by Beijing date range, both ends included, and by action', async () => {
    const day27 = await search(reader, { entityId: p1, from: '2026-11-27', to: '2026-11-27' });
    expect(day27.items.map((e) => e.action)).toEqual(['person.created']);
    const day28 = await search(reader, { entityId: p1, from: '2026-11-28', to: '2026-11-28' });
    expect(day28.items.map((e) => e.action)).toEqual(['person.updated']);
    expect((await search(reader, { entityId: p1, from: '2026-11-27', to: '2026-11-28' })).total).toBe(2);
    expect((await search(reader, { entityId: p1, from: '2026-11-29' })).total).toBe(0);
    expect((await search(reader, { entityId: p1, to: '2026-11-26' })).total).toBe(0);
    const updates = await search(reader, { action: 'person.updated' });
    expect(updates.items.map((e) => e.entityId)).toEqual([p1]);
  });

  it('refuses a malformed date', async () => {
    const { app } = ctx();
    const r = await app.inject({ method: 'GET', url: '/api/v1/audit?from=28/11/2026', headers: reader });
    expect(r.statusCode).toBe(400);
  });
});
