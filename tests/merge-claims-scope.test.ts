/**
 * A merge moves the duplicate's open claims only when they are handled inside the merging officer's
 * jurisdiction (issue 6 point 8, decision 162). An officer of 都安 (451228) sees a record whose
 * household registration is 巴马 (451227, same province, outside the county) because it lives in
 * 都安; its open claim handled by 巴马 is not moved silently: the merge is refused naming the claim,
 * nothing changes, and a province officer's merge of the same pair moves it (audited under 巴马).
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { systemActor, type Actor } from '../src/modules/actor.js';

const facts = {
  returnedFromWorkAway: true,
  businessRegion: '451228',
  firstBusiness: true,
  operatingNormally: true,
  businessLicenceDate: '2026-03-01',
  businessKind: 'individual',
};

function actor(userId: string, role: Actor['role'], jurisdiction: string): Actor {
  return { userId, username: userId, role, jurisdiction, department: null, personId: null, enterpriseId: null, requestId: null };
}

describeEachDb('merges and claims outside the officer’s county', (ctx) => {
  const duan = actor('officer-duan', 'county_officer', '451228');
  const bama = actor('officer-bama', 'county_officer', '451227');
  const guangxi = actor('officer-gx', 'county_officer', '45');
  const ids: Record<string, string> = {};
  const claims: Record<string, { id: string; number: string | null }> = {};

  beforeAll(async () => {
    const { services } = ctx().rt;
    const make = async (key: string, hukouCode: string, seq: number, residenceCode?: string) => {
      const r = await services.people.create(systemActor(), {
        name: '韦跨县',
        idNumber: makeIdNumber(hukouCode.slice(0, 6), '1986-05-17', seq),
        hukouCode,
        ...(residenceCode ? { residenceCode } : {}),
      });
      if (!r.ok) throw new Error(r.reason.code);
      ids[key] = r.value.id;
    };
    await make('s1', '451228', 11);
    await make('d1', '451227', 13, '451228100');
    await make('s2', '451228', 15);
    await make('d2', '451227', 17, '451228100');
    const lodge = async (key: string, by: Actor, personId: string) => {
      const r = await services.benefits.claims.submit(by, { programId: 'entrepreneurship-subsidy', personId, facts });
      if (!r.ok) throw new Error(r.reason.code);
      claims[key] = { id: r.value.id, number: r.value.number };
    };
    await lodge('bama', bama, ids.d1!); // handled by 巴马 (the record's only locality in 451227)
    await lodge('duan', duan, ids.d2!); // handled by 都安 (its residence in 451228)
  });

  const claimRow = (id: string) =>
    ctx().rt.db.kysely.selectFrom('claims').select(['person_id', 'region']).where('id', '=', id).executeTakeFirstOrThrow();
  const mergedInto = async (id: string) =>
    (await ctx().rt.db.kysely.selectFrom('people').select('merged_into').where('id', '=', id).executeTakeFirstOrThrow()).merged_into;

  it('refuses a county officer’s merge that would move a claim handled in another county, naming it', async () => {
    expect((await claimRow(claims.bama!.id)).region).toBe('451227');
    const r = await ctx().rt.services.personMerge.merge(duan, ids.s1!, ids.d1!, '重复登记');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason.code).toBe('merge_claim_out_of_scope');
    expect(r.reason.message.zh).toContain(claims.bama!.number ?? claims.bama!.id);
    expect(r.reason.message.en).toContain(claims.bama!.number ?? claims.bama!.id);
    expect(await mergedInto(ids.d1!)).toBeNull();
    expect((await claimRow(claims.bama!.id)).person_id).toBe(ids.d1!);
  });

  it('moves a claim handled inside the county with the merge', async () => {
    expect((await claimRow(claims.duan!.id)).region).toBe('451228100');
    const r = await ctx().rt.services.personMerge.merge(duan, ids.s2!, ids.d2!, '重复登记');
    expect(r.ok).toBe(true);
    expect((await claimRow(claims.duan!.id)).person_id).toBe(ids.s2!);
  });

  it('lets a province officer merge the first pair: the claim follows, audited under 巴马', async () => {
    const r = await ctx().rt.services.personMerge.merge(guangxi, ids.s1!, ids.d1!, '重复登记');
    expect(r.ok).toBe(true);
    expect(await claimRow(claims.bama!.id)).toEqual({ person_id: ids.s1!, region: '451227' });
    const moved = await ctx()
      .rt.db.kysely.selectFrom('audit_log')
      .select(['region'])
      .where('action', '=', 'claim.moved_to_survivor')
      .where('entity_id', '=', claims.bama!.id)
      .execute();
    expect(moved).toEqual([{ region: '451227' }]);
  });
});
