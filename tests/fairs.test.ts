/**
 * Job fairs (issue 9 point 7) on both databases: an on-site fair of 都安 (451228) with capacity 2,
 * two 东莞 employers, three workers. Hand-computed counts: W1 and W2 register (2), W3 at the door is
 * refused (full); W1 is checked in (1), a second check-in refused; W1 applies through the fair and is
 * hired (1 application, 1 hire), W2 applies to the same posting outside the fair (not counted);
 * employers: E1 approved and E2 invited (2), each bringing one posting (2); nobody visits online (0:
 * the fair is on site). The test clock is 2026-11-28T02:00Z (Beijing 2026-11-28).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { withCheckChar } from '../src/modules/enterprises/credit-code.js';
import { systemActor } from '../src/modules/actor.js';

let serial = 0;
const creditCode = () => withCheckChar(`91441900MA${String(++serial).padStart(7, '0')}`);

const posting = (title: string) => ({
  title,
  occupationCode: '6-18-01-01',
  workCode: '441900003',
  workAddress: '东莞市东城街道工业路1号',
  headcount: 3,
  payMinFen: 400000,
  payMaxFen: 650000,
  payPeriod: 'month',
  contractKind: 'regular',
  housing: true,
  meals: true,
  requirements: '能吃苦耐劳',
  skills: [],
  startDate: '2026-12-10',
});

const fair = (extra: Record<string, unknown> = {}) => ({
  name: '都安县2026年冬季招聘会',
  kind: 'onsite',
  startsOn: '2026-12-02',
  endsOn: '2026-12-02',
  hours: '09:00-16:00',
  venueCode: '451228100',
  venueAddress: '都安县安阳镇人民广场',
  targetGroups: ['poor_labourers', 'returning_migrants'],
  capacity: 2,
  ...extra,
});

describeEachDb('job fairs', (ctx) => {
  let duan: SessionHeaders;
  let dongguanOfficer: SessionHeaders;
  const employers: SessionHeaders[] = [];
  const workers: SessionHeaders[] = [];
  const personIds: string[] = [];
  const enterpriseIds: string[] = [];
  const postingIds: Record<string, string> = {};
  let fairId = '';
  let w1Code = '';
  let w1Application = '';
  const w3 = { idNumber: makeIdNumber('451228', '1988-05-05', 73), name: '蓝三妹' };

  const call = (headers: SessionHeaders, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    ctx().app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

  beforeAll(async () => {
    const { app, rt } = ctx();
    for (const name of ['东莞电子厂', '东莞制衣厂']) {
      const e = await rt.services.enterprises.create(systemActor(), {
        creditCode: creditCode(),
        name,
        industryCode: '39',
        addressCode: '441900003',
      });
      if (!e.ok) throw new Error('enterprise');
      enterpriseIds.push(e.value.id);
      employers.push((await userSession(app, rt, 'employer', '', { enterpriseId: e.value.id })).headers);
    }
    const people = [
      { name: '韦一', idNumber: makeIdNumber('451228', '1990-01-01', 11) },
      { name: '覃二', idNumber: makeIdNumber('451228', '1991-02-02', 23) },
      w3,
    ];
    for (const [i, p] of people.entries()) {
      const made = await rt.services.people.create(systemActor(), { ...p, phone: `1380013800${i}`, hukouCode: '451228100' });
      if (!made.ok) throw new Error('person');
      personIds.push(made.value.id);
      workers.push((await userSession(app, rt, 'worker', '', { personId: made.value.id })).headers);
    }
    duan = (await userSession(app, rt, 'county_officer', '451228')).headers;
    dongguanOfficer = (await userSession(app, rt, 'county_officer', '441900')).headers;
    for (const [key, who, title] of [
      ['e1', 0, '电子装配工'],
      ['e1other', 0, '质检员'],
      ['e2', 1, '缝纫工'],
    ] as const) {
      const r = await call(employers[who]!, 'POST', '/jobs/postings', posting(title));
      expect(r.statusCode).toBe(201);
      postingIds[key] = r.json().id;
    }
    const closed = await call(employers[0]!, 'POST', '/jobs/postings', posting('已关闭岗位'));
    postingIds.closed = closed.json().id;
    expect((await call(employers[0]!, 'POST', `/jobs/postings/${postingIds.closed}/close`, { version: 1 })).json().status).toBe('closed');
  });

  describe('organising', () => {
    it('refuses an on-site fair without its venue, and one starting yesterday', async () => {
      const r = await call(duan, 'POST', '/fairs', fair({ venueCode: null, venueAddress: '' }));
      expect(r.statusCode).toBe(400);
      expect(
        r
          .json()
          .errors.map((e: { path: string }) => e.path)
          .sort(),
      ).toEqual(['/venueAddress', '/venueCode']);
      expect((await call(duan, 'POST', '/fairs', fair({ startsOn: '2026-11-27', endsOn: '2026-11-27' }))).statusCode).toBe(400);
      expect((await call(duan, 'POST', '/fairs', fair({ kind: 'online', venueCode: null, venueAddress: null }))).statusCode).toBe(201);
    });

    it('creates the fair in the officer county with its reminder timer', async () => {
      const r = await call(duan, 'POST', '/fairs', fair());
      expect(r.statusCode).toBe(201);
      expect(r.json()).toMatchObject({ region: '451228', registered: 0, phase: 'upcoming', manageable: true });
      fairId = r.json().id;
      const timers = await ctx().rt.services.timers.of(fairId);
      expect(timers.map((t) => [t.kind, t.dueAt])).toEqual([['fairs.reminder', '2026-12-01T01:00:00.000Z']]);
    });

    it("lists the fair to another county's officer as a public event, but answers 404 on every management route", async () => {
      const listed = (await call(dongguanOfficer, 'GET', '/fairs')).json().items.find((f: { id: string }) => f.id === fairId);
      expect(listed).toMatchObject({ manageable: false });
      expect((await call(dongguanOfficer, 'GET', `/fairs/${fairId}`)).statusCode).toBe(200);
      for (const [method, url, body] of [
        ['GET', `/fairs/${fairId}/counts`, undefined],
        ['GET', `/fairs/${fairId}/registrations`, undefined],
        ['POST', `/fairs/${fairId}/employers`, { enterpriseId: enterpriseIds[1] }],
        ['POST', `/fairs/${fairId}/employers/${enterpriseIds[0]}/approve`, {}],
        ['POST', `/fairs/${fairId}/registrations`, w3],
        ['POST', `/fairs/${fairId}/check-in`, { code: 'ABCDEF' }],
      ] as const) {
        const r = await call(dongguanOfficer, method, url, body);
        expect([r.statusCode, url]).toEqual([404, url]);
      }
    });
  });

  describe('employers', () => {
    it('an employer applies and is approved with a booth; another is invited', async () => {
      expect((await call(employers[0]!, 'POST', `/fairs/${fairId}/join`)).json().items[0]).toMatchObject({ status: 'applied' });
      expect((await call(employers[0]!, 'POST', `/fairs/${fairId}/join`)).json().code).toBe('fair_already_participant');
      const approved = await call(duan, 'POST', `/fairs/${fairId}/employers/${enterpriseIds[0]}/approve`, { booth: 'A01' });
      expect(approved.json().items.find((e: { enterpriseId: string }) => e.enterpriseId === enterpriseIds[0])).toMatchObject({
        status: 'joined',
        booth: 'A01',
      });
      // The approval is a workflow step (decision 178): version 0 → 1, audited on the participation.
      const row = await ctx()
        .rt.db.kysely.selectFrom('job_fair_employers')
        .select(['id', 'version'])
        .where('fair_id', '=', fairId)
        .where('enterprise_id', '=', enterpriseIds[0]!)
        .executeTakeFirstOrThrow();
      expect(row.version).toBe(1);
      const steps = await ctx()
        .rt.db.kysely.selectFrom('audit_log')
        .select(['action', 'details'])
        .where('entity_id', '=', row.id)
        .execute();
      expect(steps.map((s) => [s.action, JSON.parse(s.details)])).toEqual([
        [
          'job_fair_employer.approve',
          { fairId, enterpriseId: enterpriseIds[0], from: 'applied', to: 'joined', event: 'approve', version: 1 },
        ],
      ]);
      const again = await call(duan, 'POST', `/fairs/${fairId}/employers/${enterpriseIds[0]}/approve`, { booth: 'B01' });
      expect(again.json().code).toBe('fair_not_participant');
      expect((await call(duan, 'POST', `/fairs/${fairId}/employers`, { enterpriseId: enterpriseIds[1], booth: 'A02' })).statusCode).toBe(
        200,
      );
    });

    it('attaches only its own open postings', async () => {
      const bring = (who: number, ids: string[]) => call(employers[who]!, 'PUT', `/fairs/${fairId}/postings`, { postingIds: ids });
      expect((await bring(0, [postingIds.e2!])).json().code).toBe('fair_posting_refused');
      expect((await bring(0, [postingIds.closed!])).json().code).toBe('fair_posting_refused');
      expect((await bring(0, [postingIds.e1!, 'no-such-posting'])).json().code).toBe('fair_posting_refused');
      const ok = await bring(0, [postingIds.e1!]);
      expect(ok.json().items[0].postings.map((p: { title: string }) => p.title)).toEqual(['电子装配工']);
      expect((await bring(1, [postingIds.e2!])).statusCode).toBe(200);
    });
  });

  describe('workers', () => {
    it('registers two workers, then refuses the third at the door: the fair is full', async () => {
      const r1 = await call(workers[0]!, 'POST', `/fairs/${fairId}/register`);
      expect(r1.statusCode).toBe(201);
      w1Code = r1.json().code;
      expect(w1Code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
      expect((await call(workers[0]!, 'POST', `/fairs/${fairId}/register`)).json().code).toBe('fair_already_registered');
      expect((await call(workers[1]!, 'POST', `/fairs/${fairId}/register`)).statusCode).toBe(201);
      const door = await call(duan, 'POST', `/fairs/${fairId}/registrations`, w3);
      expect([door.statusCode, door.json().code]).toEqual([409, 'fair_full']);
      const wrongName = await call(duan, 'POST', `/fairs/${fairId}/registrations`, { ...w3, name: '别人' });
      expect(wrongName.json().code).toBe('fair_no_person');
      const mine = (await call(workers[0]!, 'GET', '/me/fair-registrations')).json().items;
      expect(mine).toEqual([expect.objectContaining({ fairId, code: w1Code, fairName: '都安县2026年冬季招聘会', checkedInAt: null })]);
    });

    it('checks a code in once (typed in lower case with a space) and refuses the second check-in clearly', async () => {
      const typed = `${w1Code.slice(0, 3)} ${w1Code.slice(3).toLowerCase()}`;
      const first = await call(duan, 'POST', `/fairs/${fairId}/check-in`, { code: typed });
      expect(first.statusCode).toBe(200);
      expect(first.json()).toMatchObject({ personName: '韦一', checkedInAt: '2026-11-28T02:00:00.000Z' });
      const second = await call(duan, 'POST', `/fairs/${fairId}/check-in`, { code: w1Code });
      expect(second.statusCode).toBe(409);
      expect(second.json().code).toBe('fair_already_checked_in');
      expect(second.body).toContain('2026-11-28T02:00:00.000Z');
      expect((await call(duan, 'POST', `/fairs/${fairId}/check-in`, { code: 'ZZZZZZ' })).json().code).toBe('fair_code_unknown');
    });

    it("applies through the fair to the fair's postings only", async () => {
      const outside = await call(workers[0]!, 'POST', `/fairs/${fairId}/apply`, { postingId: postingIds.e1other });
      expect(outside.json().code).toBe('fair_posting_not_in_fair');
      const applied = await call(workers[0]!, 'POST', `/fairs/${fairId}/apply`, { postingId: postingIds.e1 });
      expect(applied.statusCode).toBe(201);
      w1Application = applied.json().id;
      expect((await call(workers[0]!, 'POST', `/fairs/${fairId}/apply`, { postingId: postingIds.e1 })).json().code).toBe(
        'job_already_applied',
      );
      expect((await call(workers[1]!, 'POST', `/jobs/postings/${postingIds.e1}/apply`)).statusCode).toBe(201);
      for (const [event, version] of [
        ['view', 1],
        ['invite', 2],
        ['offer', 3],
        ['hire', 4],
      ] as const) {
        const r = await call(employers[0]!, 'POST', `/jobs/applications/${w1Application}/steps`, { event, version });
        expect(r.statusCode).toBe(200);
      }
    });

    it('counts exactly what happened', async () => {
      const counts = await call(duan, 'GET', `/fairs/${fairId}/counts`);
      expect(counts.json()).toEqual({
        registered: 2,
        checkedIn: 1,
        onlineVisitors: 0,
        employers: 2,
        postings: 2,
        applications: 1,
        hires: 1,
      });
    });
  });

  describe('online visitors and the reminder', () => {
    it('counts a worker opening a running online fair once, and not an officer', async () => {
      const r = await call(
        duan,
        'POST',
        '/fairs',
        fair({ kind: 'online', startsOn: '2026-11-28', endsOn: '2026-11-29', venueCode: null, capacity: 10 }),
      );
      const online = r.json().id as string;
      await call(workers[2]!, 'GET', `/fairs/${online}`);
      await call(workers[2]!, 'GET', `/fairs/${online}`);
      await call(workers[1]!, 'GET', `/fairs/${online}`);
      await call(duan, 'GET', `/fairs/${online}`);
      expect((await call(duan, 'GET', `/fairs/${online}/counts`)).json()).toMatchObject({ onlineVisitors: 2, registered: 0 });
    });

    it('reminds each registered worker once, at 09:00 Beijing the day before', async () => {
      const { rt } = ctx();
      const fired = async () => (await rt.services.timers.of(fairId)).map((t) => [t.firedAt, t.attempts]);
      rt.clock.set('2026-12-01T00:59:59.000Z');
      await rt.services.timers.runDue();
      expect(await fired()).toEqual([[null, 0]]);
      rt.clock.set('2026-12-01T01:00:00.000Z');
      await rt.services.timers.runDue();
      await rt.services.timers.runDue();
      expect(await fired()).toEqual([['2026-12-01T01:00:00.000Z', 1]]);
      await rt.services.outbox.drain();
      // Read through the service: three days on, the test sessions have expired.
      const messagesOf = async (who: number) => {
        const r = await rt.services.jobs.notices.messages({ ...systemActor(), role: 'worker', personId: personIds[who]! });
        if (!r.ok) throw new Error(r.reason.code);
        return r.value.filter((m) => m.kind.startsWith('fair.'));
      };
      expect((await messagesOf(0)).map((m) => m.kind).sort()).toEqual(['fair.registered', 'fair.reminder']);
      expect(await messagesOf(2)).toEqual([]);
      const reminder = (await messagesOf(0)).find((m) => m.kind === 'fair.reminder');
      if (!reminder) throw new Error('no reminder');
      expect(reminder.zh).toContain(w1Code);
    });
  });
});
