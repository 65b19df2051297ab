/**
 * Two officers merge the same pair in opposite directions at the same moment (issue 6, "merge race").
 * Exactly one merge may win: the other is refused, no record ends merged into a record that is
 * itself merged away, and the two records never point at each other.
 */
import { expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { systemActor } from '../src/modules/actor.js';

describeEachDb('merges in opposite directions at once', (ctx) => {
  it('lets one of A→B and B→A through and refuses the other, for ten pairs', async () => {
    const { services } = ctx().rt;
    const actor = systemActor();
    for (let i = 0; i < 10; i++) {
      const make = async (seq: number, day: string) => {
        const r = await services.people.create(actor, {
          name: '韦合并',
          idNumber: makeIdNumber('451228', `1990-03-${day}`, seq),
          hukouCode: '451228',
        });
        if (!r.ok) throw new Error(r.reason.code);
        return r.value.id;
      };
      const a = await make(100 + i * 2, String(10 + i));
      const b = await make(101 + i * 2, String(10 + i));
      const results = await Promise.all([
        services.personMerge.merge(actor, a, b, '重复登记'),
        services.personMerge.merge(actor, b, a, '重复登记'),
      ]);
      const won = results.filter((r) => r.ok);
      expect(won).toHaveLength(1);
      const lost = results.find((r) => !r.ok);
      expect(lost && !lost.ok && lost.reason.code).toBe('merge_invalid');
      const rows = await ctx().rt.db.kysely.selectFrom('people').select(['id', 'merged_into']).where('id', 'in', [a, b]).execute();
      const merged = rows.filter((r) => r.merged_into !== null);
      expect(merged).toHaveLength(1);
      const survivor = rows.find((r) => r.merged_into === null);
      expect(merged[0]?.merged_into).toBe(survivor?.id);
    }
  });
});
