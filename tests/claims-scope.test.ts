/**
 * Who may lodge a claim for whom (issue 6, point 7). An officer claims only for a person in their
 * jurisdiction, even when naming an enterprise of their own area; an employer only for people the
 * platform records as employed by that enterprise now (an employment entry linked to it, with no end
 * date or one not before today). A refused claim reveals nothing of the person, and "not yours" is
 * the same answer as "does not exist".
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { systemActor } from '../src/modules/actor.js';
import { demoCreditCode } from '../src/demo/enterprises.js';
import type { App } from '../src/http/app.js';

/** 以工代训 facts for one worker (the test date is 2026-11-28). */
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
const startupFacts = {
  returnedFromWorkAway: true,
  businessRegion: '451228',
  firstBusiness: true,
  operatingNormally: true,
  businessLicenceDate: '2026-03-01',
  businessKind: 'individual',
};

/** The birth dates are part of what a refusal must not show. */
const people = {
  home: { name: '韦本地', birthDate: '1988-04-05', seq: 13, hukou: '451228100' },
  nextCounty: { name: '蓝邻县', birthDate: '1990-06-07', seq: 25, hukou: '451227100' },
  employed: { name: '覃在岗', birthDate: '1992-08-09', seq: 37, hukou: '451228100' },
  endedYesterday: { name: '黄离职', birthDate: '1985-10-11', seq: 49, hukou: '451228100' },
  endsToday: { name: '莫今止', birthDate: '1986-12-13', seq: 51, hukou: '451228100' },
  startsTomorrow: { name: '罗明入', birthDate: '1994-02-14', seq: 63, hukou: '451228100' },
  elsewhere: { name: '潘别厂', birthDate: '1995-03-16', seq: 75, hukou: '451228100' },
  byNameOnly: { name: '梁只名', birthDate: '1987-05-17', seq: 87, hukou: '451228100' },
} as const;
type Who = keyof typeof people;

describeEachDb('claims: only for people in scope or employed by the employer', (ctx) => {
  let county: SessionHeaders;
  let otherTown: SessionHeaders;
  let nextCountyOfficer: SessionHeaders;
  let employer: SessionHeaders;
  let dongguanFirm = '';
  let duanFirm = '';
  const id = {} as Record<Who, string>;

  async function claim(app: App, headers: SessionHeaders, payload: Record<string, unknown>) {
    return app.inject({ method: 'POST', url: '/api/v1/claims', headers, payload });
  }

  /** The problem body without the request-specific `instance`. */
  function problemOf(body: string): Record<string, unknown> {
    const parsed: Record<string, unknown> = JSON.parse(body);
    delete parsed.instance;
    return parsed;
  }

  beforeAll(async () => {
    const { app, rt } = ctx();
    county = (await userSession(app, rt, 'county_officer', '451228')).headers;
    otherTown = (await userSession(app, rt, 'township_officer', '451228101')).headers;
    nextCountyOfficer = (await userSession(app, rt, 'county_officer', '451227')).headers;
    const firm = async (credit: string, name: string, addressCode: string) => {
      const r = await rt.services.enterprises.create(systemActor(), {
        creditCode: credit,
        name,
        industryCode: '39',
        addressCode,
        size: 'small',
      });
      if (!r.ok) throw new Error(`enterprise ${name}: ${r.reason.code}`);
      return r.value.id;
    };
    dongguanFirm = await firm(demoCreditCode('91', '441900', 301), '东莞市测试电子有限公司', '441900113');
    duanFirm = await firm(demoCreditCode('91', '451228', 302), '都安高岭测试加工厂', '451228101');
    employer = (await userSession(app, rt, 'employer', '441900', { enterpriseId: dongguanFirm })).headers;
    for (const [key, p] of Object.entries(people) as Array<[Who, (typeof people)[Who]]>) {
      const r = await rt.services.people.create(systemActor(), {
        name: p.name,
        idNumber: makeIdNumber(p.hukou.slice(0, 6), p.birthDate, p.seq),
        hukouCode: p.hukou,
        povertyRegistered: true,
        povertyFrom: '2016-01-01',
      });
      if (!r.ok) throw new Error(`person ${p.name}: ${r.reason.code}`);
      id[key] = r.value.id;
    }
    const job = (enterpriseId: string | undefined, startDate: string, endDate: string | null) => ({
      enterpriseName: '东莞市测试电子有限公司',
      divisionCode: '441900113',
      startDate,
      endDate,
      ...(enterpriseId ? { enterpriseId } : {}),
    });
    const entries: Array<[Who, ReturnType<typeof job>]> = [
      ['employed', job(dongguanFirm, '2026-01-01', null)],
      ['endedYesterday', job(dongguanFirm, '2026-01-01', '2026-11-27')],
      ['endsToday', job(dongguanFirm, '2026-01-01', '2026-11-28')],
      ['startsTomorrow', job(dongguanFirm, '2026-11-29', null)],
      ['elsewhere', { ...job(duanFirm, '2026-01-01', null), enterpriseName: '都安高岭测试加工厂', divisionCode: '451228101' }],
      ['byNameOnly', job(undefined, '2026-01-01', null)],
    ];
    for (const [who, body] of entries) {
      const r = await app.inject({ method: 'POST', url: `/api/v1/people/${id[who]}/employment`, headers: county, payload: body });
      if (r.statusCode !== 200) throw new Error(`employment of ${who}: ${r.body}`);
    }
  });

  it('records employment at a registered enterprise; an unknown enterprise is refused', async () => {
    const { app } = ctx();
    const records = await app.inject({ method: 'GET', url: `/api/v1/people/${id.employed}/records`, headers: county });
    expect(records.json().employment).toEqual([
      expect.objectContaining({ enterpriseId: dongguanFirm, startDate: '2026-01-01', endDate: null }),
    ]);
    const named = await app.inject({ method: 'GET', url: `/api/v1/people/${id.byNameOnly}/records`, headers: county });
    expect(named.json().employment).toEqual([expect.objectContaining({ enterpriseId: null })]);
    const unknown = await app.inject({
      method: 'POST',
      url: `/api/v1/people/${id.home}/employment`,
      headers: county,
      payload: { enterpriseName: '不存在的厂', enterpriseId: 'no-such-enterprise', divisionCode: '441900113', startDate: '2026-01-01' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([expect.objectContaining({ path: 'enterpriseId' })]);
  });

  it('an officer cannot claim for a person outside their jurisdiction, even naming an enterprise of their own area', async () => {
    const { app } = ctx();
    const missing = await claim(app, county, {
      programId: 'on-the-job-training',
      personId: 'no-such-person',
      enterpriseId: duanFirm,
      facts: ojtFacts,
    });
    expect(missing.statusCode).toBe(404);
    const expected = problemOf(missing.body);
    expect(expected.code).toBe('out_of_jurisdiction');
    const refusals = [
      // the next county of the same province, with an enterprise of the officer's county
      [county, { programId: 'on-the-job-training', personId: id.nextCounty, enterpriseId: duanFirm, facts: ojtFacts }, people.nextCounty],
      // another township of the same county, with an enterprise of the officer's own township
      [otherTown, { programId: 'on-the-job-training', personId: id.home, enterpriseId: duanFirm, facts: ojtFacts }, people.home],
      [otherTown, { programId: 'entrepreneurship-subsidy', personId: id.home, facts: startupFacts }, people.home],
      [nextCountyOfficer, { programId: 'entrepreneurship-subsidy', personId: id.home, facts: startupFacts }, people.home],
    ] as const;
    for (const [headers, payload, p] of refusals) {
      const r = await claim(app, headers, payload);
      expect(r.statusCode).toBe(404);
      expect(problemOf(r.body)).toEqual(expected);
      expect(r.body).not.toContain(p.birthDate);
      expect(r.body).not.toContain(p.name);
    }
    const inScope = await claim(app, county, {
      programId: 'on-the-job-training',
      personId: id.home,
      enterpriseId: duanFirm,
      facts: ojtFacts,
    });
    expect(inScope.statusCode).toBe(201);
    expect(inScope.json()).toMatchObject({ personId: id.home, enterpriseId: duanFirm, region: '451228101', channel: 'officer' });
  });

  it('an employer claims only for people employed by their enterprise today, and learns nothing of anyone else', async () => {
    const { app } = ctx();
    const missing = await claim(app, employer, { programId: 'on-the-job-training', personId: 'no-such-person', facts: ojtFacts });
    expect(missing.statusCode).toBe(404);
    const expected = problemOf(missing.body);
    for (const who of ['home', 'nextCounty', 'endedYesterday', 'startsTomorrow', 'elsewhere', 'byNameOnly'] as const) {
      const r = await claim(app, employer, { programId: 'on-the-job-training', personId: id[who], facts: ojtFacts });
      expect(r.statusCode, who).toBe(404);
      expect(problemOf(r.body)).toEqual(expected);
      expect(r.body).not.toContain(people[who].birthDate);
    }
    // Naming another enterprise changes nothing: an employer always claims as their own enterprise.
    const other = await claim(app, employer, {
      programId: 'on-the-job-training',
      personId: id.elsewhere,
      enterpriseId: duanFirm,
      facts: ojtFacts,
    });
    expect(problemOf(other.body)).toEqual(expected);
    for (const who of ['employed', 'endsToday'] as const) {
      const r = await claim(app, employer, { programId: 'on-the-job-training', personId: id[who], facts: ojtFacts });
      expect(r.statusCode, who).toBe(201);
      expect(r.json()).toMatchObject({ personId: id[who], enterpriseId: dongguanFirm, region: '441900113', channel: 'employer' });
    }
  });

  it("an employer cannot read or change another party's claim on the same person", async () => {
    const { app } = ctx();
    const byOfficer = await claim(app, county, { programId: 'entrepreneurship-subsidy', personId: id.employed, facts: startupFacts });
    expect(byOfficer.statusCode).toBe(201);
    const c = byOfficer.json();
    const read = await app.inject({ method: 'GET', url: `/api/v1/claims/${c.id}`, headers: employer });
    expect(read.statusCode).toBe(404);
    const change = await app.inject({
      method: 'PUT',
      url: `/api/v1/claims/${c.id}/facts`,
      headers: employer,
      payload: { facts: startupFacts, version: c.version },
    });
    expect(change.statusCode).toBe(404);
    expect(change.body).not.toContain(people.employed.birthDate);
  });
});
