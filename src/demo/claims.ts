/**
 * Demo claims, seeded after the demo accounts exist (claims and reviews name real users): four
 * one-time entrepreneurship-subsidy claims for returnees of 安阳镇, one at each stage, so the review
 * queues, the claim detail and the payment batch page have something to show at first start.
 */
import type { Runtime } from '../runtime.js';
import type { Actor } from '../modules/actor.js';
import type { UserView } from '../modules/accounts/index.js';
import { systemActor } from '../modules/actor.js';
import { addMonths } from '../core/dates.js';
import { businessDate } from '../core/clock.js';
import { makeIdNumber } from '../modules/people/index.js';

const RETURNEES = [
  { name: '蓝春燕', birthDate: '1990-04-12', seq: 62, stage: 'submitted' },
  { name: '韦海生', birthDate: '1986-09-30', seq: 71, stage: 'township' },
  { name: '覃秀英', birthDate: '1993-01-08', seq: 82, stage: 'approved' },
  { name: '黄志刚', birthDate: '1988-11-21', seq: 91, stage: 'refused' },
] as const;

function actorOf(user: UserView): Actor {
  return {
    userId: user.id,
    username: user.username,
    role: user.role,
    jurisdiction: user.jurisdiction,
    department: user.department,
    personId: user.personId,
    enterpriseId: user.enterpriseId,
    requestId: 'demo-seed',
  };
}

function must<T>(r: { ok: true; value: T } | { ok: false; reason: { code: string } }, what: string): T {
  if (!r.ok) throw new Error(`demo claims: ${what} refused (${r.reason.code})`);
  return r.value;
}

/** Seeds the demo claims; `users` are the demo accounts by username. */
export async function seedDemoClaims(rt: Runtime, users: ReadonlyMap<string, UserView>): Promise<void> {
  const submitter = users.get('duan_county');
  const township = users.get('duan_town');
  const county = users.get('duan_reviewer');
  if (!submitter || !township || !county) throw new Error('demo claims need duan_county, duan_town and duan_reviewer');
  const today = businessDate(rt.services.deps.clock.now());
  const facts = {
    returnedFromWorkAway: true,
    businessRegion: '451228',
    firstBusiness: true,
    operatingNormally: true,
    businessLicenceDate: addMonths(today, -8),
    businessKind: 'individual',
  };
  const { people, benefits } = rt.services;
  for (const r of RETURNEES) {
    const person = must(
      await people.create(systemActor('demo-seed'), {
        name: r.name,
        idNumber: makeIdNumber('451228', r.birthDate, r.seq),
        hukouCode: '451228100',
        residenceCode: '451228100',
        education: 'junior',
      }),
      `person ${r.name}`,
    );
    const claim = must(
      await benefits.claims.submit(actorOf(submitter), { programId: 'entrepreneurship-subsidy', personId: person.id, facts }),
      `claim for ${r.name}`,
    );
    if (r.stage === 'submitted') continue;
    if (r.stage === 'refused') {
      must(
        await benefits.reviews.review(actorOf(township), claim.id, {
          outcome: 'refuse',
          reason: '营业执照显示经营地不在本县，请补充在本县经营的证明。',
        }),
        'refusal',
      );
      continue;
    }
    must(
      await benefits.reviews.review(actorOf(township), claim.id, { outcome: 'approve', reason: '材料齐全 Documents complete' }),
      'township review',
    );
    if (r.stage === 'approved')
      must(await benefits.reviews.review(actorOf(county), claim.id, { outcome: 'approve', reason: '同意 Approved' }), 'county review');
  }
}
