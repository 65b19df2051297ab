/**
 * The demo world's labour sharing (issue 9 point 6): at first start the demo employer has an active
 * agreement lending two of its 都安 staff to another 东莞 firm, both of whom consented, and open
 * offers and requests that the platform pairs; the 东莞 officer sees it all, the 都安 one none of it.
 */
import { expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { bootstrap } from '../src/bootstrap.js';
import { systemActor, type Actor } from '../src/modules/actor.js';

const dongguan: Actor = { ...systemActor('test'), role: 'county_officer', jurisdiction: '441900' };
const duan: Actor = { ...systemActor('test'), role: 'county_officer', jurisdiction: '451228' };

describeEachDb(
  'demo labour sharing',
  (ctx) => {
    it('has one active agreement with two consenting 都安 workers, open offers and requests, and proposals', async () => {
      const { rt } = ctx();
      await bootstrap(rt);
      const s = rt.services.sharing;
      const agreements = await s.agreements.list(dongguan, { page: 1, pageSize: 50 });
      if (!agreements.ok) throw new Error(agreements.reason.code);
      expect(agreements.value.map((a) => a.status)).toEqual(['active']);
      const [a] = agreements.value;
      expect(a?.workers.map((w) => [w.consent, w.lent])).toEqual([
        ['consented', true],
        ['consented', true],
      ]);
      for (const w of a?.workers ?? []) {
        const p = await rt.services.people.get(systemActor(), w.personId);
        expect(p.ok && p.value.hukouCode.slice(0, 6)).toBe('451228');
      }
      const listings = await s.listings.list(dongguan, { status: 'open', page: 1, pageSize: 50 });
      expect(listings.ok && listings.value.map((l) => l.side).sort()).toEqual(['offer', 'offer', 'offer', 'request', 'request', 'request']);
      const proposals = await s.listings.proposals(dongguan);
      expect(proposals.ok && proposals.value.length).toBeGreaterThanOrEqual(2);
      const none = await s.agreements.list(duan, { page: 1, pageSize: 50 });
      expect(none.ok && none.value.length).toBe(0);
    });
  },
  { demo: true },
);
