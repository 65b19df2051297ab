/**
 * The employer portal (issue 7, point 5): an employer account sees its own enterprise, the people
 * employed there today (not the one who left yesterday, not the one starting tomorrow, not another
 * firm's), lodges 以工代训 for one of them, follows only its own enterprise's claims, and changes its
 * contacts (audited without the values). The test date is 2026-11-28 (Beijing).
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { systemActor } from '../src/modules/actor.js';
import { demoCreditCode } from '../src/demo/enterprises.js';

const ojtFacts = {
  employerSize: 'small',
  employerHardHit: false,
  employedNow: true,
  employerPaidInsurance: true,
  trainingPlanFiled: true,
  onJobTrainingMonths: 3,
  onJobMonthsClaimed: 0,
  employmentRegion: '441900',
};

const people = {
  employed: { name: '覃在岗', seq: 37, start: '2026-01-01', end: null, firm: 'ours' },
  endsToday: { name: '莫今止', seq: 51, start: '2026-01-01', end: '2026-11-28', firm: 'ours' },
  endedYesterday: { name: '黄离职', seq: 49, start: '2026-01-01', end: '2026-11-27', firm: 'ours' },
  startsTomorrow: { name: '罗明入', seq: 63, start: '2026-11-29', end: null, firm: 'ours' },
  otherFirm: { name: '潘别厂', seq: 75, start: '2026-01-01', end: null, firm: 'theirs' },
} as const;
type Who = keyof typeof people;

describeEachDb('employer portal: own enterprise, its people, its claims, its contacts', (ctx) => {
  let employer: SessionHeaders;
  let otherEmployer: SessionHeaders;
  let county: SessionHeaders;
  let ours = '';
  let theirs = '';
  const id = {} as Record<Who, string>;

  beforeAll(async () => {
    const { app, rt } = ctx();
    county = (await userSession(app, rt, 'county_officer', '441900')).headers;
    const duan = (await userSession(app, rt, 'county_officer', '451228')).headers;
    const firm = async (credit: string, name: string) => {
      const r = await rt.services.enterprises.create(systemActor(), {
        creditCode: credit,
        name,
        industryCode: '39',
        addressCode: '441900113',
        size: 'small',
        contactName: '陈经理',
        contactPhone: '13800138000',
      });
      if (!r.ok) throw new Error(`enterprise ${name}: ${r.reason.code}`);
      return r.value.id;
    };
    ours = await firm(demoCreditCode('91', '441900', 401), '东莞市门户测试电子有限公司');
    theirs = await firm(demoCreditCode('91', '441900', 402), '东莞市别家测试有限公司');
    employer = (await userSession(app, rt, 'employer', '441900', { enterpriseId: ours })).headers;
    otherEmployer = (await userSession(app, rt, 'employer', '441900', { enterpriseId: theirs })).headers;
    for (const [key, p] of Object.entries(people) as Array<[Who, (typeof people)[Who]]>) {
      const r = await rt.services.people.create(systemActor(), {
        name: p.name,
        idNumber: makeIdNumber('451228', '1990-01-01', p.seq),
        hukouCode: '451228100',
      });
      if (!r.ok) throw new Error(`person ${p.name}: ${r.reason.code}`);
      id[key] = r.value.id;
      const job = await app.inject({
        method: 'POST',
        url: `/api/v1/people/${id[key]}/employment`,
        headers: duan,
        payload: {
          enterpriseName: p.firm === 'ours' ? '东莞市门户测试电子有限公司' : '东莞市别家测试有限公司',
          divisionCode: '441900113',
          startDate: p.start,
          endDate: p.end,
          enterpriseId: p.firm === 'ours' ? ours : theirs,
        },
      });
      if (job.statusCode !== 200) throw new Error(`employment of ${key}: ${job.body}`);
    }
  });

  it('shows the own enterprise and exactly the people employed there today, ID numbers masked', async () => {
    const { app } = ctx();
    const mine = await app.inject({ method: 'GET', url: '/api/v1/employer/enterprise', headers: employer });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json()).toMatchObject({ id: ours, name: '东莞市门户测试电子有限公司', contactName: '陈经理', contactPhone: '138****8000' });

    const staff = await app.inject({ method: 'GET', url: '/api/v1/employer/people', headers: employer });
    expect(staff.statusCode, staff.body).toBe(200);
    const body = staff.json();
    // 覃在岗 (no end) and 莫今止 (ends today) are employed on 28 November; 黄离职 left the day before,
    // 罗明入 starts the day after, 潘别厂 works for another firm. Ordered by name (code point order).
    expect(body.total).toBe(2);
    expect(body.items.map((p: { id: string }) => p.id).sort()).toEqual([id.employed, id.endsToday].sort());
    for (const p of body.items) expect(p.idNumberMasked).toMatch(/^4512\*{10}\d{3}[\dX]$/);

    const byName = await app.inject({ method: 'GET', url: `/api/v1/employer/people?q=${encodeURIComponent('覃')}`, headers: employer });
    expect(byName.json()).toMatchObject({ total: 1, items: [{ id: id.employed, name: '覃在岗' }] });
    const theirStaff = await app.inject({ method: 'GET', url: '/api/v1/employer/people', headers: otherEmployer });
    expect(theirStaff.json()).toMatchObject({ total: 1, items: [{ id: id.otherFirm }] });
  });

  it("shows its own arrears flag but not the officers' reason, which may name a complaint and its workers", async () => {
    const { app, rt } = ctx();
    const flagged = await rt.services.enterprises.flagArrears(systemActor(), ours, {
      reason: '东莞-2026-欠000009：韦某等三人投诉拖欠',
      date: '2026-11-27',
    });
    expect(flagged.ok).toBe(true);
    const mine = (await app.inject({ method: 'GET', url: '/api/v1/employer/enterprise', headers: employer })).json();
    expect(mine.arrears).toMatchObject({ flagged: true, date: '2026-11-27', reason: null, by: null });
    expect(JSON.stringify(mine)).not.toContain('欠000009');
    const cleared = await rt.services.enterprises.unflagArrears(systemActor(), ours, { reason: '已结清' });
    expect(cleared.ok).toBe(true);
  });

  it('is refused to staff and workers: the portal names no enterprise of theirs', async () => {
    const { app, rt } = ctx();
    const worker = (await userSession(app, rt, 'worker', '451228')).headers;
    for (const headers of [county, worker]) {
      expect((await app.inject({ method: 'GET', url: '/api/v1/employer/enterprise', headers })).statusCode).toBe(403);
      expect((await app.inject({ method: 'GET', url: '/api/v1/employer/people', headers })).statusCode).toBe(403);
    }
  });

  it('lodges 以工代训 for a current employee and follows only its own enterprise claims', async () => {
    const { app } = ctx();
    const lodged = await app.inject({
      method: 'POST',
      url: '/api/v1/claims',
      headers: employer,
      payload: { programId: 'on-the-job-training', personId: id.employed, facts: ojtFacts },
    });
    expect(lodged.statusCode, lodged.body).toBe(201);
    expect(lodged.json()).toMatchObject({ enterpriseId: ours, channel: 'employer', status: 'submitted' });
    const theirClaim = await app.inject({
      method: 'POST',
      url: '/api/v1/claims',
      headers: otherEmployer,
      payload: { programId: 'on-the-job-training', personId: id.otherFirm, facts: ojtFacts },
    });
    expect(theirClaim.statusCode, theirClaim.body).toBe(201);

    const list = await app.inject({ method: 'GET', url: '/api/v1/claims', headers: employer });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().total).toBe(1);
    expect(list.json().items[0]).toMatchObject({ id: lodged.json().id, enterpriseId: ours });
    const theirs2 = await app.inject({ method: 'GET', url: '/api/v1/claims', headers: otherEmployer });
    expect(theirs2.json().items.map((c: { id: string }) => c.id)).toEqual([theirClaim.json().id]);
    // The left-yesterday worker cannot be claimed for.
    const gone = await app.inject({
      method: 'POST',
      url: '/api/v1/claims',
      headers: employer,
      payload: { programId: 'on-the-job-training', personId: id.endedYesterday, facts: ojtFacts },
    });
    expect(gone.statusCode).toBe(404);
  });

  it('changes its contacts with the version read; the masked phone keeps the number; audited without values', async () => {
    const { app, rt } = ctx();
    const before = (await app.inject({ method: 'GET', url: '/api/v1/employer/enterprise', headers: employer })).json();
    const renamed = await app.inject({
      method: 'PUT',
      url: '/api/v1/employer/enterprise/contacts',
      headers: employer,
      payload: { version: before.version, contactName: '李主管', contactPhone: before.contactPhone },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ contactName: '李主管', contactPhone: '138****8000', version: before.version + 1 });

    const stale = await app.inject({
      method: 'PUT',
      url: '/api/v1/employer/enterprise/contacts',
      headers: employer,
      payload: { version: before.version, contactName: '王', contactPhone: null },
    });
    expect(stale.statusCode).toBe(409);
    const bad = await app.inject({
      method: 'PUT',
      url: '/api/v1/employer/enterprise/contacts',
      headers: employer,
      payload: { version: before.version + 1, contactName: '李主管', contactPhone: '12345' },
    });
    expect(bad.statusCode).toBe(400);
    const phone = await app.inject({
      method: 'PUT',
      url: '/api/v1/employer/enterprise/contacts',
      headers: employer,
      payload: { version: before.version + 1, contactName: '李主管', contactPhone: '13900139000' },
    });
    expect(phone.json()).toMatchObject({ contactPhone: '139****9000', version: before.version + 2 });

    const history = await rt.services.audit.history('enterprise', ours);
    const contacts = history.filter((h) => h.action === 'enterprise.contacts_updated');
    expect(contacts).toHaveLength(2);
    expect(contacts.map((c) => c.details)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ changed: { contactName: '[changed]' } }),
        expect.objectContaining({ changed: { contactPhone: '[changed]' } }),
      ]),
    );
    expect(JSON.stringify(history)).not.toContain('13900139000');
    // The other firm's record is untouched.
    expect((await app.inject({ method: 'GET', url: '/api/v1/employer/enterprise', headers: otherEmployer })).json()).toMatchObject({
      contactName: '陈经理',
    });
  });
});
