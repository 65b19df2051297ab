/**
 * The merge's last line of defence and the merge chain in one query (issue 6, "merge race"):
 * marking a record merged changes only a record not merged yet, so even a merge that slipped past
 * the lock cannot point a merged record elsewhere or close a cycle; the survivor of a chain and the
 * family merged into a survivor are read by one recursive query, bounded on a corrupted cycle.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { systemActor } from '../src/modules/actor.js';
import { lastMergeLink, markMerged, mergedFamilyIds } from '../src/modules/people/person.repository.js';

describeEachDb('merge guard and merge chain', (ctx) => {
  const ids: string[] = [];
  beforeAll(async () => {
    const { services } = ctx().rt;
    for (let i = 0; i < 6; i++) {
      const r = await services.people.create(systemActor(), {
        name: '韦链条',
        idNumber: makeIdNumber('451228', '1988-07-21', 301 + i),
        hukouCode: '451228',
      });
      if (!r.ok) throw new Error(r.reason.code);
      ids.push(r.value.id);
    }
  });
  const mergedIntoOf = async (id: string) =>
    (await ctx().rt.db.kysely.selectFrom('people').select('merged_into').where('id', '=', id).executeTakeFirstOrThrow()).merged_into;

  it('marks a record merged only once: a second mark changes nothing and says so', async () => {
    const [a, b, c] = [ids[0]!, ids[1]!, ids[2]!];
    const q = ctx().rt.db.kysely;
    expect(await markMerged(q, b, a, '2026-11-28T02:00:00.000Z')).toBe(true);
    expect(await markMerged(q, b, c, '2026-11-28T02:00:00.000Z')).toBe(false);
    expect(await mergedIntoOf(b)).toBe(a);
  });

  it('refuses through the service a merge whose duplicate is already merged', async () => {
    const r = await ctx().rt.services.personMerge.merge(systemActor(), ids[2]!, ids[1]!, '重复登记');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason.code).toBe('merge_invalid');
    expect(await mergedIntoOf(ids[1]!)).toBe(ids[0]!);
  });

  it('follows a chain to its survivor and lists the family merged into it', async () => {
    const q = ctx().rt.db.kysely;
    // ids[3] → ids[1] → ids[0] (ids[1] was merged above).
    expect(await markMerged(q, ids[3]!, ids[1]!, '2026-11-28T02:00:00.000Z')).toBe(true);
    expect(await lastMergeLink(q, ids[3]!, 64)).toEqual({ id: ids[0]!, merged_into: null });
    expect(await lastMergeLink(q, ids[0]!, 64)).toEqual({ id: ids[0]!, merged_into: null });
    expect(await lastMergeLink(q, 'no-such-person', 64)).toBeUndefined();
    expect((await mergedFamilyIds(q, ids[0]!)).sort()).toEqual([ids[1]!, ids[3]!].sort());
    expect(await mergedFamilyIds(q, ids[3]!)).toEqual([]);
    const s = await ctx().rt.services.personMerge.history(systemActor(), ids[0]!);
    expect(s.ok).toBe(true);
    // The survivor's history holds the whole family, a record merged into a merged record included.
    expect(s.ok && s.value.some((e) => e.entityId === ids[3])).toBe(true);
  });

  it('stops on a corrupted cycle: the last link read still points onward', async () => {
    const q = ctx().rt.db.kysely;
    // Written past the guard on purpose: ids[4] ↔ ids[5].
    await q.updateTable('people').set({ merged_into: ids[5]! }).where('id', '=', ids[4]!).execute();
    await q.updateTable('people').set({ merged_into: ids[4]! }).where('id', '=', ids[5]!).execute();
    const last = await lastMergeLink(q, ids[4]!, 5);
    // Five links read: 4, 5, 4, 5, 4; the fifth still points at ids[5].
    expect(last).toEqual({ id: ids[4]!, merged_into: ids[5]! });
    expect((await mergedFamilyIds(q, ids[4]!)).sort()).toEqual([ids[5]!]);
  });
});
