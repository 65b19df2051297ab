import { expect, it } from 'vitest';
import { sql } from 'kysely';
import { describeEachDb } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';
import { multipart } from './helpers/upload.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { systemActor } from '../src/modules/actor.js';
import { newId } from '../src/core/ids.js';

/** Start-up subsidy claim facts: returned home to 都安 and opened a business eight months before the test date (2026-11-28). */
export const startupFacts = {
  returnedFromWorkAway: true,
  businessRegion: '451228',
  firstBusiness: true,
  operatingNormally: true,
  businessLicenceDate: '2026-03-01',
  businessKind: 'individual',
};

describeEachDb('benefits: claims and review', (ctx) => {
  let county: SessionHeaders;
  let countyId: string;
  let town: SessionHeaders;
  let townId: string;
  let reviewer: SessionHeaders;
  let reviewer2: SessionHeaders;
  let personId: string;
  let person2: string;

  it('sets up officers and people', async () => {
    const { app, rt } = ctx();
    ({ headers: county, userId: countyId } = await userSession(app, rt, 'county_officer', '451228'));
    ({ headers: town, userId: townId } = await userSession(app, rt, 'township_officer', '451228100'));
    ({ headers: reviewer } = await userSession(app, rt, 'reviewer', '451228'));
    ({ headers: reviewer2 } = await userSession(app, rt, 'reviewer', '451228'));
    const p = await rt.services.people.create(systemActor(), {
      name: '韦申请',
      idNumber: makeIdNumber('451228', '1988-02-02', 31),
      hukouCode: '451228100',
      bankAccount: '6222021234567890123',
    });
    const q = await rt.services.people.create(systemActor(), {
      name: '蓝二',
      idNumber: makeIdNumber('451228', '1990-05-05', 33),
      hukouCode: '451228100',
    });
    if (!p.ok || !q.ok) throw new Error('person');
    personId = p.value.id;
    person2 = q.value.id;
  });

  it('walks submitted → township → county → payment instruction; the submitter cannot approve', async () => {
    const { app } = ctx();
    const sub = await app.inject({
      method: 'POST',
      url: '/api/v1/claims',
      headers: town,
      payload: { programId: 'entrepreneurship-subsidy', personId, facts: startupFacts },
    });
    expect(sub.statusCode).toBe(201);
    const claim = sub.json();
    expect(claim).toMatchObject({ status: 'submitted', channel: 'officer', region: '451228100', province: '45' });
    expect(claim.decision.eligible).toBe(true);
    expect(claim.decision.rulesetVersion).toEqual(expect.any(String));
    expect(claim.decision.parameterSnapshot.length).toBeGreaterThan(0);
    expect(claim.decision.citations).toContain('O61-2.3');

    const self = await app.inject({
      method: 'POST',
      url: `/api/v1/claims/${claim.id}/review`,
      headers: town,
      payload: { outcome: 'approve', reason: '' },
    });
    expect(self.statusCode).toBe(403);
    expect(self.json().code).toBe('claim_self_review');

    const queue = await app.inject({ method: 'GET', url: '/api/v1/claims?level=township', headers: county });
    expect(queue.json().items.map((c: { id: string }) => c.id)).toContain(claim.id);
    const t = await app.inject({
      method: 'POST',
      url: `/api/v1/claims/${claim.id}/review`,
      headers: county,
      payload: { outcome: 'approve', reason: '材料齐全' },
    });
    expect(t.statusCode).toBe(200);
    expect(t.json().status).toBe('township_approved');
    // Staff see who submitted and reviewed by display name (userSession names users after their username).
    expect(Object.values(t.json().names ?? {})).toEqual(
      expect.arrayContaining([expect.stringMatching(/^township_officer_/), expect.stringMatching(/^county_officer_/)]),
    );

    // The same person may not take the county review after the township one.
    const same = await app.inject({
      method: 'POST',
      url: `/api/v1/claims/${claim.id}/review`,
      headers: county,
      payload: { outcome: 'approve', reason: '' },
    });
    expect(same.json().code).toBe('claim_same_reviewer');
    const c = await app.inject({
      method: 'POST',
      url: `/api/v1/claims/${claim.id}/review`,
      headers: reviewer,
      payload: { outcome: 'approve', reason: '同意' },
    });
    expect(c.statusCode).toBe(200);
    const approved = c.json();
    expect(approved.status).toBe('approved');
    expect(approved.payments).toHaveLength(1);
    expect(approved.payments[0]).toMatchObject({
      instalment: 'advance',
      kind: 'payment',
      status: 'pending',
      amountFen: approved.decision.amountFen,
      attempt: 1,
    });
    expect(approved.payments[0].amountFen * 2).toBe(approved.decision.values.find((v: { name: string }) => v.name === 'fullAmount').value);
    const audit = await ctx().rt.services.audit.history('claim', claim.id);
    expect(audit.map((a) => a.action)).toEqual(['claim.approved', 'claim.approved', 'claim.submitted']);

    // A retried approval by the same reviewer answers the claim as it stands; another outcome is refused.
    const review = (outcome: string, reason: string) =>
      app.inject({ method: 'POST', url: `/api/v1/claims/${claim.id}/review`, headers: reviewer, payload: { outcome, reason } });
    const retried = await review('approve', '同意');
    expect([retried.statusCode, retried.json().status, retried.json().payments.length]).toEqual([200, 'approved', 1]);
    expect((await review('refuse', '改变主意')).json().code).toBe('claim_not_reviewable');
    expect((await ctx().rt.services.audit.history('claim', claim.id)).length).toBe(3);
  });

  it('refuses in the data a review by the submitter, or a county review by the township reviewer', async () => {
    const { app, rt } = ctx();
    const sub = (
      await app.inject({
        method: 'POST',
        url: '/api/v1/claims',
        headers: town,
        payload: { programId: 'entrepreneurship-subsidy', personId: person2, facts: startupFacts },
      })
    ).json();
    const k = rt.db.kysely;
    const row = { province: '45', claim_id: sub.id, outcome: 'approve', reason: '', at: '2026-11-28T00:00:00.000Z' };
    await expect(
      k
        .insertInto('claim_reviews')
        .values({
          ...row,
          id: newId(),
          level: 'township',
          reviewer_id: townId,
          submitted_by: townId,
          prior_review_id: null,
          prior_reviewer_id: null,
        })
        .execute(),
    ).rejects.toThrow();
    // A forged submitted_by does not match the claim (composite foreign key).
    await expect(
      k
        .insertInto('claim_reviews')
        .values({
          ...row,
          id: newId(),
          level: 'township',
          reviewer_id: townId,
          submitted_by: countyId,
          prior_review_id: null,
          prior_reviewer_id: null,
        })
        .execute(),
    ).rejects.toThrow();
    const first = newId();
    await k
      .insertInto('claim_reviews')
      .values({
        ...row,
        id: first,
        level: 'township',
        reviewer_id: countyId,
        submitted_by: townId,
        prior_review_id: null,
        prior_reviewer_id: null,
      })
      .execute();
    await expect(
      k
        .insertInto('claim_reviews')
        .values({
          ...row,
          id: newId(),
          level: 'county',
          reviewer_id: countyId,
          submitted_by: townId,
          prior_review_id: first,
          prior_reviewer_id: countyId,
        })
        .execute(),
    ).rejects.toThrow();
    // A county row naming a prior reviewer who did not write the prior review fails too.
    await expect(
      k
        .insertInto('claim_reviews')
        .values({
          ...row,
          id: newId(),
          level: 'county',
          reviewer_id: countyId,
          submitted_by: townId,
          prior_review_id: first,
          prior_reviewer_id: 'someone-else',
        })
        .execute(),
    ).rejects.toThrow();
    await expect(sql`select 1`.execute(k)).resolves.toBeDefined();
  });

  it('shows a refusal to the worker, who asks for reconsideration within the period; a different reviewer decides', async () => {
    const { app, rt } = ctx();
    const worker = await userSession(app, rt, 'worker', '', { personId: person2 });
    const sub = await app.inject({
      method: 'POST',
      url: '/api/v1/claims',
      headers: worker.headers,
      payload: { programId: 'entrepreneurship-subsidy', facts: startupFacts },
    });
    expect(sub.statusCode).toBe(201);
    const id: string = sub.json().id;
    expect(sub.json()).toMatchObject({ channel: 'worker', region: '451228100' });
    const refused = await app.inject({
      method: 'POST',
      url: `/api/v1/claims/${id}/review`,
      headers: town,
      payload: { outcome: 'refuse', reason: '营业执照照片不清晰' },
    });
    expect(refused.json()).toMatchObject({ status: 'refused', reconsiderationUntil: '2027-01-27' });
    const mine = await app.inject({ method: 'GET', url: '/api/v1/me/claims', headers: worker.headers });
    expect(mine.json().items.find((c: { id: string }) => c.id === id).reviews[0]).toMatchObject({
      outcome: 'refuse',
      reason: '营业执照照片不清晰',
    });

    const asked = await app.inject({
      method: 'POST',
      url: `/api/v1/claims/${id}/reconsideration`,
      headers: worker.headers,
      payload: { reason: '已补交清晰照片' },
    });
    expect(asked.json().status).toBe('reconsideration_requested');
    const byRefuser = await app.inject({
      method: 'POST',
      url: `/api/v1/claims/${id}/review`,
      headers: town,
      payload: { outcome: 'approve', reason: '' },
    });
    expect(byRefuser.statusCode).toBe(403);
    const ok = await app.inject({
      method: 'POST',
      url: `/api/v1/claims/${id}/review`,
      headers: reviewer2,
      payload: { outcome: 'approve', reason: '复议同意' },
    });
    expect(ok.json()).toMatchObject({ status: 'approved' });
    expect(ok.json().payments).toHaveLength(1);
  });

  it('refuses reconsideration after the period', async () => {
    const { app, rt } = ctx();
    const sub = (
      await app.inject({
        method: 'POST',
        url: '/api/v1/claims',
        headers: county,
        payload: { programId: 'entrepreneurship-subsidy', personId, facts: { ...startupFacts, firstBusiness: false } },
      })
    ).json();
    expect(sub.decision.eligible).toBe(false);
    const approve = await app.inject({
      method: 'POST',
      url: `/api/v1/claims/${sub.id}/review`,
      headers: town,
      payload: { outcome: 'approve', reason: '' },
    });
    expect(approve.json().code).toBe('claim_not_eligible');
    await app.inject({
      method: 'POST',
      url: `/api/v1/claims/${sub.id}/review`,
      headers: town,
      payload: { outcome: 'refuse', reason: '非首次创业' },
    });
    rt.clock.advance(61 * 86_400_000);
    try {
      // Sessions expire sooner than the period, so the service is called with the officer as actor.
      const actor = {
        userId: countyId,
        username: 'county',
        role: 'county_officer' as const,
        jurisdiction: '451228',
        department: null,
        personId: null,
        enterpriseId: null,
        requestId: null,
      };
      const late = await rt.services.benefits.reviews.requestReconsideration(actor, sub.id, { reason: '' });
      expect(late.ok ? 'ok' : late.reason.code).toBe('reconsideration_expired');
    } finally {
      rt.clock.advance(-61 * 86_400_000);
    }
  });

  it('re-runs the decision when facts change, and refuses evidence of the wrong type or size', async () => {
    const { app, rt } = ctx();
    const p = await rt.services.people.create(systemActor(), {
      name: '黄三',
      idNumber: makeIdNumber('451228', '1991-06-06', 35),
      hukouCode: '451228100',
    });
    if (!p.ok) throw new Error('person');
    const sub = (
      await app.inject({
        method: 'POST',
        url: '/api/v1/claims',
        headers: county,
        payload: { programId: 'entrepreneurship-subsidy', personId: p.value.id, facts: { ...startupFacts, operatingNormally: false } },
      })
    ).json();
    expect(sub.decision.eligible).toBe(false);
    const put = await app.inject({
      method: 'PUT',
      url: `/api/v1/claims/${sub.id}/facts`,
      headers: county,
      payload: { facts: startupFacts, version: sub.version },
    });
    expect(put.json().decision.eligible).toBe(true);
    expect(put.json().version).toBe(sub.version + 1);

    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100)]);
    const good = multipart('licence.png', png, 'image/png');
    const r = await app.inject({
      method: 'POST',
      url: `/api/v1/claims/${sub.id}/evidence`,
      headers: { ...county, 'content-type': good.contentType },
      payload: good.body,
    });
    expect(r.statusCode).toBe(200);
    expect(r.json().evidence[0]).toMatchObject({ fileName: 'licence.png', contentType: 'image/png', size: 108 });
    const evidenceId: string = r.json().evidence[0].id;
    const file = await app.inject({ method: 'GET', url: `/api/v1/claims/${sub.id}/evidence/${evidenceId}`, headers: county });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.rawPayload.equals(png)).toBe(true);
    const viewed = await rt.services.audit.history('claim', sub.id);
    expect(viewed.map((e) => e.action)).toContain('claim.evidence_viewed');
    const exe = multipart('licence.png', Buffer.from('MZ this is not a picture'), 'image/png');
    const bad = await app.inject({
      method: 'POST',
      url: `/api/v1/claims/${sub.id}/evidence`,
      headers: { ...county, 'content-type': exe.contentType },
      payload: exe.body,
    });
    expect(bad.statusCode).toBe(415);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const big = multipart('big.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10 * 1024 * 1024 + 10)]), 'application/pdf');
    const tooBig = await app.inject({
      method: 'POST',
      url: `/api/v1/claims/${sub.id}/evidence`,
      headers: { ...county, 'content-type': big.contentType },
      payload: big.body,
    });
    expect(tooBig.statusCode).toBe(413);
  });

  it('keeps claims out of other jurisdictions', async () => {
    const { app, rt } = ctx();
    const dg = await userSession(app, rt, 'county_officer', '441900');
    const list = await app.inject({ method: 'GET', url: '/api/v1/claims', headers: dg.headers });
    expect(list.json().total).toBe(0);
    const any = (await app.inject({ method: 'GET', url: '/api/v1/claims', headers: county })).json().items[0];
    const get = await app.inject({ method: 'GET', url: `/api/v1/claims/${any.id}`, headers: dg.headers });
    expect(get.statusCode).toBe(404);
  });
});
