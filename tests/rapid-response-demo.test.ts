/**
 * The demo world's rapid response (issue 10, point 6): one lay-off at the 东莞 demo employer listing
 * 都安 workers, with tasks open, in progress and done, offers taken up and declined; 东莞 sees all of
 * it, 都安 its own workers and tasks, 巴马 nothing.
 */
import { expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { bootstrap } from '../src/bootstrap.js';
import { systemActor, type Actor } from '../src/modules/actor.js';

const officer = (jurisdiction: string): Actor => ({ ...systemActor('test'), role: 'county_officer', jurisdiction });

describeEachDb(
  'demo rapid response',
  (ctx) => {
    it('has a 东莞 lay-off of 都安 workers with tasks in several states', async () => {
      const { rt } = ctx();
      await bootstrap(rt);
      const rr = rt.services.rapidResponse;
      const list = await rr.list(officer('441900'), { page: 1, pageSize: 10 });
      if (!list.ok) throw new Error(list.reason.code);
      expect(list.value.items).toHaveLength(1);
      const id = list.value.items[0]?.id ?? '';
      const full = await rr.get(officer('441900'), id);
      if (!full.ok) throw new Error(full.reason.code);
      expect(full.value).toMatchObject({ kind: 'layoff', reportedVia: 'employer', access: 'full' });
      expect(full.value.number).toMatch(/^东莞-\d{4}-响000001$/);
      expect(full.value.workers.length).toBe(5);
      expect(full.value.workers.every((w) => w.homeRegion.startsWith('451228'))).toBe(true);
      expect(new Set(full.value.tasks.map((t) => t.status))).toEqual(new Set(['open', 'in_progress', 'done']));
      const offers = full.value.workers.flatMap((w) => w.offers.map((o) => o.status));
      expect(offers).toContain('taken_up');
      expect(offers).toContain('declined');
      const home = await rr.get(officer('451228'), id);
      if (!home.ok) throw new Error(home.reason.code);
      expect(home.value.access).toBe('partial');
      expect(home.value.tasks.every((t) => t.region === '451228')).toBe(true);
      expect(home.value.workers).toHaveLength(5);
      const bama = await rr.get(officer('451227'), id);
      expect(bama.ok).toBe(false);
    });
  },
  { demo: true },
);
