/**
 * The demo world's job fairs (issue 9 point 7): at first start the 都安 officer sees the spring fair
 * of 春风行动 with its counts (12 registered, 9 checked in, 5 online visitors, 3 employers with 2
 * postings each at most, 6 applications, 2 hires) and an upcoming fair with 东莞 employers at booths.
 */
import { expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { bootstrap } from '../src/bootstrap.js';
import { systemActor, type Actor } from '../src/modules/actor.js';

const duan: Actor = { ...systemActor('test'), role: 'county_officer', jurisdiction: '451228' };

describeEachDb(
  'demo job fairs',
  (ctx) => {
    it('holds a past spring fair with its counts and an upcoming fair of 东莞 employers', async () => {
      const { rt } = ctx();
      await bootstrap(rt);
      const { fairs } = rt.services.fairs;
      const list = await fairs.list(duan);
      if (!list.ok) throw new Error(list.reason.code);
      const spring = list.value.find((f) => f.name.includes('春风行动'));
      const next = list.value.find((f) => f.phase === 'upcoming');
      if (!spring || !next) throw new Error('demo fairs missing');
      expect(spring).toMatchObject({ phase: 'ended', kind: 'both', registered: 12, manageable: true });
      const counts = await fairs.counts(duan, spring.id);
      if (!counts.ok) throw new Error(counts.reason.code);
      expect(counts.value).toMatchObject({ registered: 12, checkedIn: 9, onlineVisitors: 5, employers: 3, applications: 6, hires: 2 });
      expect(counts.value.postings).toBeGreaterThanOrEqual(3);
      const detail = await fairs.detail(duan, next.id);
      if (!detail.ok) throw new Error(detail.reason.code);
      expect(detail.value.employers.length).toBe(4);
      expect(detail.value.employers.map((e) => e.booth)).toEqual(['B01', 'B02', 'B03', 'B04']);
      expect(detail.value.registered).toBe(5);
    });
  },
  { demo: true },
);
