/**
 * Writes that span two modules are one unit of work (issue 6, decision 177): when the second half
 * refuses, nothing of the first half is left.
 *
 * - A complaint flags its employer through the enterprises module's face: a refusal after the flag
 *   was written (here a port that refuses once the real flag is done) leaves the employer unflagged
 *   and the complaint's history without the step.
 * - An officer's job referral with a follower (the assistance case recording it): a refusing
 *   follower leaves no application.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { systemActor, type Actor } from '../src/modules/actor.js';
import { demoCreditCode } from '../src/demo/enterprises.js';
import { createComplaintsService } from '../src/modules/complaints/index.js';
import { refuse, type Result } from '../src/core/result.js';

const duan: Actor = { ...systemActor(), userId: 'officer-451228', role: 'county_officer', jurisdiction: '451228' };

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`refused: ${r.reason.code} ${r.reason.message.en}`);
  return r.value;
}

describeEachDb('two modules, one unit of work', (ctx) => {
  const ids = { person: '', firm: '', posting: '' };

  beforeAll(async () => {
    const { rt } = ctx();
    await rt.services.calendar.loadReference();
    ids.person = value(
      await rt.services.people.create(systemActor(), {
        name: '韦一体',
        idNumber: makeIdNumber('451228', '1991-06-18', 41),
        hukouCode: '451228100',
      }),
    ).id;
    ids.firm = value(
      await rt.services.enterprises.create(systemActor(), {
        creditCode: demoCreditCode('91', '451228', 611),
        name: '都安一体测试有限公司',
        industryCode: '47',
        addressCode: '451228100',
        size: 'small',
        contactName: '陈经理',
        contactPhone: '13800138000',
      }),
    ).id;
    ids.posting = value(
      await rt.services.jobs.postings.create(systemActor(), {
        enterpriseId: ids.firm,
        title: '仓库管理员',
        occupationCode: '6-18-01-01',
        workCode: '451228100',
        workAddress: '县城工业园',
        headcount: 2,
        payMinFen: 400000,
        payMaxFen: 500000,
        payPeriod: 'month',
        contractKind: 'regular',
        housing: false,
        meals: false,
        requirements: '',
        skills: [],
        startDate: '2026-12-01',
      }),
    ).id;
  });

  it('leaves the employer unflagged and the history unchanged when the complaint half refuses', async () => {
    const { rt } = ctx();
    const s = rt.services;
    const c = value(
      await s.complaints.file(duan, {
        employerId: ids.firm,
        site: '县城工业园仓库',
        periodFrom: '2026-08',
        periodTo: '2026-10',
        workers: [{ personId: ids.person, owedFen: 180000 }],
      }),
    );
    const refusing = createComplaintsService(
      s.deps,
      { uow: s.uow, workflows: s.workflows, timers: s.timers, calendar: s.calendar },
      {
        people: {
          summary: () => Promise.resolve(null),
          summaries: () => Promise.resolve(new Map()),
          employment: () => Promise.resolve([]),
        },
        enterprises: {
          get: () => Promise.resolve(null),
          flagArrears: async (w, actor, id, input) => {
            const flagged = await s.enterprises.flagArrearsIn(w, actor, id, input);
            return flagged.ok ? refuse('conflict') : flagged;
          },
        },
      },
      s.blobs,
    );
    const r = await refusing.steps.flagEmployer(duan, c.id, { reason: '拖欠工资拒不支付', date: '2026-11-27' });
    expect(r.ok ? 'flagged' : r.reason.code).toBe('conflict');
    expect(value(await s.enterprises.get(systemActor(), ids.firm)).arrears.flagged).toBe(false);
    const events = value(await s.complaints.get(duan, c.id)).events ?? [];
    expect(events.filter((e) => e.kind === 'employer_flagged')).toEqual([]);
    // The real port: both halves commit.
    const done = value(await s.complaints.steps.flagEmployer(duan, c.id, { reason: '拖欠工资拒不支付', date: '2026-11-27' }));
    expect(done.employerFlagged).toBe(true);
    expect((done.events ?? []).filter((e) => e.kind === 'employer_flagged')).toHaveLength(1);
  });

  it('leaves no referral when the follower refuses', async () => {
    const { rt } = ctx();
    const r = await rt.services.jobs.applications.refer(duan, ids.posting, ids.person, () =>
      Promise.resolve(refuse('assistance_case_closed')),
    );
    expect(r.ok ? 'referred' : r.reason.code).toBe('assistance_case_closed');
    const rows = await rt.db.kysely.selectFrom('job_applications').select('id').where('person_id', '=', ids.person).execute();
    expect(rows).toEqual([]);
  });
});
