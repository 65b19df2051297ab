import { expect, it } from 'vitest';
import { describeEachDb, openTestRuntime, availableDialects } from './helpers/runtime.js';
import { bootstrap } from '../src/bootstrap.js';
import { systemActor } from '../src/modules/actor.js';
import { DEMO_WORKER, demoAccounts } from '../src/demo/accounts.js';
import { login } from './helpers/session.js';

describeEachDb(
  'first start in demo mode',
  (ctx) => {
    it('seeds the demo world and the demo accounts, once', async () => {
      const { rt, app } = ctx();
      const report = await bootstrap(rt);
      expect(report.created).toBe(true);
      expect(report.lines.join('\n')).toContain('Wugong-demo-2026');
      expect(await rt.services.people.count()).toBeGreaterThanOrEqual(1000);
      const firms = await rt.services.enterprises.count(systemActor());
      expect(firms.ok && firms.value).toBe(50);
      expect(await rt.services.users.count()).toBe(demoAccounts.length);
      expect(await rt.services.people.matchPhone(DEMO_WORKER.phone)).not.toBeNull();
      const employer = await login(app, 'dg_employer', 'Wugong-demo-2026');
      const own = await app.inject({ method: 'GET', url: '/api/v1/enterprises', headers: employer });
      expect(own.json().items).toHaveLength(1);
      const byStatus = async (status: string) => {
        const r = await rt.services.benefits.claims.list(systemActor(), { status, page: 1, pageSize: 20 });
        return r.ok ? r.value.total : -1;
      };
      expect(await byStatus('submitted')).toBe(1);
      expect(await byStatus('township_approved')).toBe(1);
      expect(await byStatus('approved')).toBe(1);
      expect(await byStatus('refused')).toBe(1);
      // Ten demo workers were employed at the demo employer's firm, six of them still are (n even of
      // 20; those with n divisible by 3 left in 2025): the employer may claim for those six only.
      const firmId: string = own.json().items[0].id;
      const links = await rt.db.kysely
        .selectFrom('employment_history')
        .select(['person_id', 'end_date'])
        .where('enterprise_id', '=', firmId)
        .execute();
      expect(links).toHaveLength(10);
      const current = links.filter((l) => l.end_date === null);
      expect(current).toHaveLength(6);
      const left = links.find((l) => l.end_date !== null);
      const claimFor = (personId: string | undefined) =>
        app.inject({
          method: 'POST',
          url: '/api/v1/claims',
          headers: employer,
          payload: {
            programId: 'on-the-job-training',
            personId,
            facts: {
              onJobTrainingMonths: 4,
              onJobMonthsClaimed: 0,
              employerSize: 'small',
              employerHardHit: false,
              employerPaidInsurance: true,
              trainingPlanFiled: true,
            },
          },
        });
      const linked = await claimFor(current[0]?.person_id);
      expect(linked.statusCode, linked.body).toBe(201);
      expect((await claimFor(left?.person_id)).json().code).toBe('out_of_jurisdiction');
      const again = await bootstrap(rt);
      expect(again.created).toBe(false);
      expect(await rt.services.users.count()).toBe(demoAccounts.length);
    });
  },
  { demo: true },
);

for (const dialect of availableDialects()) {
  it(`creates only an administrator with a one-time password in production mode [${dialect}]`, async () => {
    const rt = await openTestRuntime(dialect, { demo: false });
    try {
      const report = await bootstrap(rt);
      const line = report.lines.find((l) => l.includes('one-time password'));
      const password = line?.split('one-time password: ')[1]?.trim();
      expect(password).toMatch(/^.{14}$/);
      expect(await rt.services.users.count()).toBe(1);
      expect(await rt.services.people.count()).toBe(0);
      const users = await rt.services.users.list(systemActor(), 1, 10);
      expect(users.ok && users.value.items[0]).toMatchObject({ username: 'admin', role: 'admin', mustChangePassword: true });
    } finally {
      await rt.close();
    }
  });
}
