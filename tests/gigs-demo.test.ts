/**
 * The demo gig market (issue 9.5): at first start 东莞 and 都安 have gig tasks in every state and
 * sign-ups in every state, with ratings both ways, an open report for 东莞's officers and one acted
 * on in 都安; each county's officers see only their own county's gigs.
 */
import { expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { bootstrap } from '../src/bootstrap.js';
import { systemActor, type Actor } from '../src/modules/actor.js';

const officer = (jurisdiction: string): Actor => ({ ...systemActor('test'), role: 'county_officer', jurisdiction });

describeEachDb(
  'demo gig market',
  (ctx) => {
    it('has tasks and sign-ups in every state in 东莞 and 都安, ratings, and reports', async () => {
      const { rt } = ctx();
      await bootstrap(rt);
      const { feedback, tasks } = rt.services.gigs;
      const dg = await feedback.market(officer('441900'));
      const duan = await feedback.market(officer('451228'));
      if (!dg.ok || !duan.ok) throw new Error('market');
      const states = (rows: Array<{ status: string; n: number }>) => rows.map((r) => r.status).sort();
      expect(states(dg.value.tasks)).toEqual(['cancelled', 'closed', 'open']);
      expect(states(dg.value.signups)).toEqual([
        'cancelled',
        'completed',
        'confirmed',
        'declined',
        'disputed',
        'recorded',
        'signed_up',
        'withdrawn',
      ]);
      expect(states(duan.value.signups)).toEqual(['completed', 'confirmed', 'signed_up']);
      expect(dg.value.openReports).toBe(1);
      const duanReports = await feedback.reports(officer('451228'));
      if (!duanReports.ok) throw new Error('reports');
      expect(duanReports.value.map((r) => r.status)).toEqual(['warned']);
      const list = await tasks.list(officer('451228'), { page: 1, pageSize: 100 });
      if (!list.ok) throw new Error('list');
      expect(list.value.items.length).toBe(2);
      expect(list.value.items.every((t) => t.placeCode.startsWith('451228'))).toBe(true);
      // Ratings both ways on the 东莞 fair-building gig; the 都安 officers get 404 on a 东莞 task by id.
      const dgList = await tasks.list(officer('441900'), { page: 1, pageSize: 100 });
      if (!dgList.ok) throw new Error('list');
      const fair = dgList.value.items.find((t) => t.title === '展会搭建');
      if (!fair) throw new Error('the fair-building gig');
      const signups = await tasks.signups(officer('441900'), fair.id);
      if (!signups.ok) throw new Error('signups');
      expect(signups.value.filter((s) => s.workerRating !== null && s.employerRating !== null).length).toBe(3);
      const foreign = await tasks.get(officer('451228'), fair.id);
      expect(foreign.ok ? 200 : foreign.reason.code).toBe('out_of_jurisdiction');
    });
  },
  { demo: true },
);
