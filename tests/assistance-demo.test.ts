/**
 * The demo world's assistance cases (issue 10, point 6): at first start every stage is there for the
 * 都安 county officer — open and closed cases, overdue first contacts and overdue plans, a plan met
 * in full — and the timers remind the overdue items once.
 */
import { expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { bootstrap } from '../src/bootstrap.js';
import { systemActor, type Actor } from '../src/modules/actor.js';

const duan: Actor = { ...systemActor('test'), role: 'county_officer', jurisdiction: '451228' };

describeEachDb(
  'demo assistance cases',
  (ctx) => {
    it('shows cases at every stage, some overdue, reminded once', async () => {
      const { rt } = ctx();
      await bootstrap(rt);
      const cases = rt.services.assistance.cases;
      const all = await cases.list(duan, { page: 1, pageSize: 100 });
      if (!all.ok) throw new Error(all.reason.code);
      expect(all.value.items.some((c) => c.status === 'closed')).toBe(true);
      expect(all.value.items.filter((c) => c.status === 'open').length).toBeGreaterThanOrEqual(5);
      const overdue = await cases.overdue(duan, { limit: 100 });
      if (!overdue.ok) throw new Error(overdue.reason.code);
      const kinds = new Set(overdue.value.map((i) => i.requirement));
      expect([...kinds].sort()).toEqual(['first_contact', 'offer', 'referrals']);
      const views = await Promise.all(all.value.items.map((c) => cases.get(duan, c.id)));
      const complete = views.filter((v) => v.ok && v.value.plan.every((i) => i.metOn !== null));
      expect(complete.length).toBeGreaterThanOrEqual(1);
      await rt.services.timers.runDue();
      await rt.services.timers.runDue();
      const reminders = await cases.reminders(duan, 200);
      if (!reminders.ok) throw new Error(reminders.reason.code);
      expect(reminders.value.length).toBe(overdue.value.length);
    });
  },
  { demo: true },
);
