/**
 * Wage-arrears complaints (issue 10, point 3; O61-3.5) through the service, on both databases.
 * People: 韦甲 and 蓝乙 of 安阳镇, 都安 (451228100), both working in 东莞 (441900); 黄丙 of 巴马
 * (451227), the next county. Employers: a 都安 firm (registered) and a 东莞 firm (registered).
 * Deadlines by hand from the 2026 holiday notice: filed Friday 30 April 2026, before the Labour Day
 * holiday (1–5 May, make-up working Saturday 9 May): the 5th working day is Monday 11 May
 * (6, 7, 8, 9 May, 11 May); accepted Tuesday 12 May, the 60th working day is Wednesday 5 August
 * (the Dragon Boat Friday, 19 June, does not count).
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { systemActor, type Actor } from '../src/modules/actor.js';
import { demoCreditCode } from '../src/demo/enterprises.js';
import type { ComplaintView } from '../src/modules/complaints/index.js';
import type { Result } from '../src/core/result.js';

const officer = (jurisdiction: string): Actor => ({
  ...systemActor(),
  userId: `officer-${jurisdiction}`,
  role: 'county_officer',
  jurisdiction,
});
const worker = (personId: string): Actor => ({
  ...systemActor(),
  userId: `worker-${personId}`,
  role: 'worker',
  jurisdiction: '',
  personId,
});
const justice = (jurisdiction: string): Actor => ({
  ...systemActor(),
  userId: `justice-${jurisdiction}`,
  role: 'department',
  department: 'justice',
  jurisdiction,
});

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`refused: ${r.reason.code} ${r.reason.message.en}`);
  return r.value;
}

describeEachDb('wage-arrears complaints', (ctx) => {
  const duan = officer('451228');
  const bama = officer('451227');
  const ids = { jia: '', yi: '', bing: '', duanFirm: '', dgFirm: '' };

  beforeAll(async () => {
    const { rt } = ctx();
    await rt.services.calendar.loadReference();
    const person = async (name: string, hukou: string, seq: number) => {
      const r = await rt.services.people.create(systemActor(), {
        name,
        idNumber: makeIdNumber(hukou.slice(0, 6), '1990-03-04', seq),
        hukouCode: hukou,
        employmentCode: '441900',
      });
      return value(r).id;
    };
    ids.jia = await person('韦甲', '451228100', 11);
    ids.yi = await person('蓝乙', '451228100', 13);
    ids.bing = await person('黄丙', '451227100', 15);
    const firm = async (seq: number, name: string, addressCode: string) =>
      value(
        await rt.services.enterprises.create(systemActor(), {
          creditCode: demoCreditCode('91', addressCode.slice(0, 6), seq),
          name,
          industryCode: '47',
          addressCode,
          size: 'small',
          contactName: '陈经理',
          contactPhone: '13800138000',
        }),
      ).id;
    ids.duanFirm = await firm(601, '都安测试建筑工程有限公司', '451228100');
    ids.dgFirm = await firm(602, '东莞测试电子厂有限公司', '441900113');
    value(
      await rt.services.personHistory.addEmployment(systemActor(), ids.jia, {
        enterpriseName: '东莞测试电子厂有限公司',
        enterpriseId: ids.dgFirm,
        divisionCode: '441900113',
        startDate: '2025-03-01',
      }),
    );
  });

  const group = (on: string) => ({
    employerId: ids.dgFirm,
    site: '东莞测试电子厂二号车间',
    periodFrom: '2026-01',
    periodTo: on.slice(0, 7),
    workers: [
      { personId: ids.jia, owedFen: 300000 },
      { personId: ids.yi, owedFen: 250000 },
    ],
  });

  it('files a group complaint on the Friday before Labour Day: due the 5th working day, escalated once just after it', async () => {
    const { rt } = ctx();
    rt.clock.set('2026-04-30T02:00:00.000Z');
    const c = value(await rt.services.complaints.file(duan, group('2026-04-30')));
    expect(c).toMatchObject({ status: 'filed', filedOn: '2026-04-30', acceptDue: '2026-05-11', owedFen: 550000, region: '451228' });
    expect(c.number).toBe('都安-2026-欠000001');
    expect(c.employerName).toBe('东莞测试电子厂有限公司');
    expect(c.workers.map((w) => [w.name, w.owedFen])).toEqual([
      ['韦甲', 300000],
      ['蓝乙', 250000],
    ]);
    expect(c.workers[0]?.idNumberMasked).not.toContain('19900304');

    // 23:59:59 Beijing on the last day: not yet.
    rt.clock.set('2026-05-11T15:59:59.000Z');
    await rt.services.timers.runDue();
    expect(value(await rt.services.complaints.get(duan, c.id)).escalation).toBeNull();
    expect(value(await rt.services.complaints.list(duan, { page: 1, pageSize: 20, overdue: true })).total).toBe(0);
    // Midnight: the deadline has passed.
    rt.clock.set('2026-05-11T16:00:00.000Z');
    await rt.services.timers.runDue();
    await rt.services.timers.runDue();
    const late = value(await rt.services.complaints.get(duan, c.id));
    expect(late).toMatchObject({ status: 'filed', escalation: 'accept', version: 2 });
    expect(late.events?.filter((e) => e.kind === 'escalated')).toHaveLength(1);
    const overdue = value(await rt.services.complaints.list(duan, { page: 1, pageSize: 20, overdue: true }));
    expect(overdue.items.map((x) => x.id)).toEqual([c.id]);
    expect(value(await rt.services.complaints.list(bama, { page: 1, pageSize: 20, overdue: true })).total).toBe(0);
    const audit = await rt.db.kysely.selectFrom('audit_log').select('action').where('entity_id', '=', c.id).execute();
    expect(audit.filter((a) => a.action === 'complaint.escalated')).toHaveLength(1);
  });

  it('works the group complaint to resolution with partial recovery; the conclusion deadline runs from acceptance', async () => {
    const { rt } = ctx();
    const steps = rt.services.complaints.steps;
    const [c] = value(await rt.services.complaints.list(duan, { page: 1, pageSize: 20 })).items;
    if (!c) throw new Error('no complaint');
    rt.clock.set('2026-05-12T02:00:00.000Z');
    const accepted = value(await steps.accept(duan, c.id, { version: 2 }));
    expect(accepted).toMatchObject({ status: 'accepted', acceptedOn: '2026-05-12', concludeDue: '2026-08-05', escalation: null });
    expect(value(await rt.services.complaints.list(duan, { page: 1, pageSize: 20, overdue: true })).total).toBe(0);
    // A stale version is refused, nothing written.
    const stale = await steps.simple(duan, c.id, 'investigate', { version: 2 });
    expect(stale.ok || stale.reason.code).toBe('version_conflict');
    value(await steps.simple(duan, c.id, 'investigate', { version: 3 }));
    value(await steps.simple(duan, c.id, 'mediate', { version: 4, note: '双方同意分两期支付' }));
    // One fen more than 蓝乙 was owed is refused.
    const tooMuch = await steps.resolve(duan, c.id, {
      version: 5,
      recovered: [
        { personId: ids.jia, recoveredFen: 300000 },
        { personId: ids.yi, recoveredFen: 250001 },
      ],
    });
    expect(tooMuch.ok || tooMuch.reason.code).toBe('complaint_recovered_invalid');
    const missing = await steps.resolve(duan, c.id, { version: 5, recovered: [{ personId: ids.jia, recoveredFen: 300000 }] });
    expect(missing.ok || missing.reason.code).toBe('complaint_recovered_invalid');
    const resolved = value(
      await steps.resolve(duan, c.id, {
        version: 5,
        recovered: [
          { personId: ids.jia, recoveredFen: 300000 },
          { personId: ids.yi, recoveredFen: 200000 },
        ],
        note: '已追回大部分工资',
      }),
    );
    expect(resolved).toMatchObject({ status: 'resolved', recoveredFen: 500000 });
    expect(resolved.workers.map((w) => w.recoveredFen)).toEqual([300000, 200000]);
    // The conclusion timer was cancelled: the day after the deadline passes without escalation.
    rt.clock.set('2026-08-06T02:00:00.000Z');
    await rt.services.timers.runDue();
    const closed = value(await steps.simple(duan, c.id, 'close', { version: 6 }));
    expect(closed).toMatchObject({ status: 'closed', escalation: null });
    expect(closed.events?.map((e) => e.kind)).toEqual([
      'filed',
      'escalated',
      'accepted',
      'investigating',
      'mediated',
      'resolved',
      'closed',
    ]);
  });

  it('escalates an accepted complaint the day after its 60th working day, not on it', async () => {
    const { rt } = ctx();
    rt.clock.set('2026-05-12T02:00:00.000Z');
    const c = value(await rt.services.complaints.file(duan, { ...group('2026-05-12'), workers: [{ personId: ids.yi, owedFen: 88000 }] }));
    const a = value(await rt.services.complaints.steps.accept(duan, c.id, { version: 1 }));
    expect(a.concludeDue).toBe('2026-08-05');
    rt.clock.set('2026-08-05T15:59:00.000Z');
    await rt.services.timers.runDue();
    expect(value(await rt.services.complaints.get(duan, c.id)).escalation).toBeNull();
    rt.clock.set('2026-08-06T01:00:00.000Z');
    await rt.services.timers.runDue();
    expect(value(await rt.services.complaints.get(duan, c.id)).escalation).toBe('conclude');
  });

  it('answers 404 to the next county, to another worker and to an employer; a worker sees only their own line', async () => {
    const { rt } = ctx();
    rt.clock.set('2026-11-28T02:00:00.000Z');
    const svc = rt.services.complaints;
    const [c] = value(await svc.list(duan, { page: 1, pageSize: 50, status: 'closed' })).items;
    if (!c) throw new Error('no complaint');
    expect((await svc.get(bama, c.id)).ok || 'refused').toBe('refused');
    const other = await svc.get(worker(ids.bing), c.id);
    expect(other.ok ? 'read' : other.reason.code).toBe('out_of_jurisdiction');
    const employer: Actor = { ...systemActor(), userId: 'emp', role: 'employer', jurisdiction: '', enterpriseId: ids.dgFirm };
    expect((await svc.get(employer, c.id)).ok).toBe(false);
    expect((await svc.list(employer, { page: 1, pageSize: 10 })).ok).toBe(false);
    const own = value(await svc.get(worker(ids.jia), c.id));
    expect(own.workers.map((w) => w.name)).toEqual(['韦甲']);
    expect(JSON.stringify(own)).not.toContain('蓝乙');
    // Nor the group's totals, from which the other's amount follows (¥3,000 + ¥2,500 owed in all).
    expect(value(await svc.get(duan, c.id)).owedFen).toBe(550000);
    expect(own.owedFen).toBe(300000);
    expect(own.events?.some((e) => e.amountFen === 550000)).toBe(false);
    expect(own.events?.some((e) => e.kind === 'referred' || e.kind.startsWith('legal_aid'))).toBe(false);
    expect(value(await svc.mine(worker(ids.bing))).total).toBe(0);
    expect(value(await svc.mine(worker(ids.jia))).items.map((x) => x.id)).toContain(c.id);
    // A reviewer of the county reads the complaint but adds no evidence: that is the handling officers' and the parties' act.
    const reviewer: Actor = { ...duan, userId: 'reviewer-451228', role: 'reviewer' };
    expect(value(await svc.get(reviewer, c.id)).id).toBe(c.id);
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    const upload = await svc.evidence.add(reviewer, c.id, { name: '工资条.png', data: png });
    expect(upload.ok || upload.reason.code).toBe('forbidden');
    // Steps of another county's officer: 404 as well.
    const step = await svc.steps.simple(bama, c.id, 'close', { version: 7 });
    expect(step.ok || step.reason.code).toBe('out_of_jurisdiction');
    // The next county cannot file for 都安's people either.
    const foreign = await svc.file(bama, group('2026-11-28'));
    expect(foreign.ok || foreign.reason.code).toBe('out_of_jurisdiction');
  });

  it('a worker files from the phone, pre-filled from the employment record, at one of their counties only', async () => {
    const { rt } = ctx();
    const svc = rt.services.complaints;
    const pre = value(await svc.prefill(worker(ids.jia)));
    expect(pre).toMatchObject({ employerId: ids.dgFirm, employerName: '东莞测试电子厂有限公司', employerCode: '441900113' });
    expect(pre.offices.map((o) => o.code)).toEqual(['451228', '441900']);
    const input = { employerId: ids.dgFirm, site: '二号车间', periodFrom: '2026-09', periodTo: '2026-10', owedFen: 420000 };
    const refused = await svc.file(worker(ids.jia), { ...input, officeCode: '451227' });
    expect(refused.ok || refused.reason.code).toBe('complaint_office_refused');
    const someoneElse = await svc.file(worker(ids.jia), { ...input, workers: [{ personId: ids.yi, owedFen: 1 }] });
    expect(someoneElse.ok || someoneElse.reason.code).toBe('complaint_workers_invalid');
    const filed: ComplaintView = value(await svc.file(worker(ids.jia), input));
    expect(filed).toMatchObject({ channel: 'worker', region: '451228', status: 'filed', acceptDue: '2026-12-04', owedFen: 420000 });
    const atDongguan = value(await svc.file(worker(ids.jia), { ...input, officeCode: '441900' }));
    expect(atDongguan.number).toBe('东莞-2026-欠000001');
  });

  it("flags the complaint's employer on the arrears list, which holds its next posting; another county's employer is refused", async () => {
    const { rt } = ctx();
    const svc = rt.services.complaints;
    const local = value(
      await svc.file(duan, {
        employerId: ids.duanFirm,
        site: '县城安置区三期工地',
        periodFrom: '2026-06',
        periodTo: '2026-10',
        workers: [{ personId: ids.yi, owedFen: 1200000 }],
      }),
    );
    const before = value(
      await rt.services.jobs.postings.create(systemActor(), {
        enterpriseId: ids.duanFirm,
        title: '钢筋工',
        occupationCode: '6-18-01-01',
        workCode: '451228100',
        workAddress: '县城安置区',
        headcount: 3,
        payMinFen: 500000,
        payMaxFen: 600000,
        payPeriod: 'month',
        contractKind: 'regular',
        housing: false,
        meals: false,
        requirements: '',
        skills: [],
        startDate: '2026-12-01',
      }),
    );
    expect(before.status).toBe('open');
    const flagged = value(await svc.steps.flagEmployer(duan, local.id, { reason: '拖欠工资拒不支付', date: '2026-11-27' }));
    expect(flagged.employerFlagged).toBe(true);
    expect(flagged.events?.at(-1)?.kind).toBe('employer_flagged');
    const firm = value(await rt.services.enterprises.get(systemActor(), ids.duanFirm));
    expect(firm.arrears).toMatchObject({ flagged: true, date: '2026-11-27' });
    expect(firm.arrears.reason).toContain(local.number);
    const after = value(
      await rt.services.jobs.postings.create(systemActor(), {
        enterpriseId: ids.duanFirm,
        title: '木工',
        occupationCode: '6-18-01-01',
        workCode: '451228100',
        workAddress: '县城安置区',
        headcount: 2,
        payMinFen: 500000,
        payMaxFen: 600000,
        payPeriod: 'month',
        contractKind: 'regular',
        housing: false,
        meals: false,
        requirements: '',
        skills: [],
        startDate: '2026-12-01',
      }),
    );
    expect(after.status).toBe('held');
    const [distant] = value(await svc.list(duan, { page: 1, pageSize: 50, employerId: ids.dgFirm })).items;
    if (!distant) throw new Error('no complaint against the 东莞 firm');
    const elsewhere = await svc.steps.flagEmployer(duan, distant.id, { reason: '恶意欠薪', date: '2026-11-27' });
    expect(elsewhere.ok || elsewhere.reason.code).toBe('complaint_employer_elsewhere');
    expect(value(await rt.services.enterprises.get(systemActor(), ids.dgFirm)).arrears.flagged).toBe(false);
  });

  it('refers workers to legal aid; the justice department of the county acts on it, the next county gets 404', async () => {
    const { rt } = ctx();
    const svc = rt.services.complaints;
    const [c] = value(await svc.list(duan, { page: 1, pageSize: 50, employerId: ids.duanFirm })).items;
    if (!c) throw new Error('no complaint');
    const outsider = await svc.legalAid.refer(duan, c.id, { personIds: [ids.bing], note: '申请法律援助' });
    expect(outsider.ok || outsider.reason.code).toBe('complaint_workers_invalid');
    const ref = value(await svc.legalAid.refer(duan, c.id, { note: '劳动者申请法律援助' }));
    expect(ref).toMatchObject({ status: 'referred', number: c.number, workers: [{ personId: ids.yi, name: '蓝乙' }] });
    const mine = value(await svc.legalAid.list(justice('451228'), { page: 1, pageSize: 20 }));
    expect(mine.items.map((r) => r.id)).toEqual([ref.id]);
    expect(value(await svc.legalAid.list(justice('451227'), { page: 1, pageSize: 20 })).total).toBe(0);
    const far = await svc.legalAid.act(justice('451227'), ref.id, 'accept', { version: 1 });
    expect(far.ok || far.reason.code).toBe('out_of_jurisdiction');
    const transport: Actor = { ...justice('451228'), department: 'transport' };
    expect((await svc.legalAid.act(transport, ref.id, 'accept', { version: 1 })).ok).toBe(false);
    expect((await svc.legalAid.act(duan, ref.id, 'accept', { version: 1 })).ok).toBe(false);
    const accepted = value(await svc.legalAid.act(justice('451228'), ref.id, 'accept', { version: 1 }));
    expect(accepted.status).toBe('accepted');
    const noOutcome = await svc.legalAid.act(justice('451228'), ref.id, 'conclude', { version: 2 });
    expect(noOutcome.ok || noOutcome.reason.code).toBe('validation_failed');
    const done = value(await svc.legalAid.act(justice('451228'), ref.id, 'conclude', { version: 2, note: '已代理申请劳动仲裁' }));
    expect(done).toMatchObject({ status: 'concluded', outcome: '已代理申请劳动仲裁' });
    const kinds = value(await svc.get(duan, c.id)).events?.map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['referred', 'legal_aid_accepted', 'legal_aid_concluded']));
  });
  it('enters a complaint received on paper earlier: the deadline counts from that day; one already passed escalates at the next round', async () => {
    const { rt } = ctx();
    rt.clock.set('2026-11-28T02:00:00.000Z');
    const svc = rt.services.complaints;
    const base = {
      employerName: '某劳务队',
      site: '县城某工地',
      periodFrom: '2026-09',
      periodTo: '2026-10',
      workers: [{ personId: ids.yi, owedFen: 90000 }],
    };
    const tomorrow = await svc.file(duan, { ...base, receivedOn: '2026-11-29' });
    expect(tomorrow.ok ? [] : tomorrow.reason.errors?.map((e) => e.path)).toEqual(['/receivedOn']);
    const byWorker = await svc.file(worker(ids.jia), {
      employerName: '某劳务队',
      site: '某工地',
      periodFrom: '2026-09',
      periodTo: '2026-10',
      owedFen: 1,
      receivedOn: '2026-11-20',
    });
    expect(byWorker.ok ? [] : byWorker.reason.errors?.map((e) => e.path)).toEqual(['/receivedOn']);
    // Received Friday 20 November: the 5th working day is Friday 27 November, passed at midnight.
    const paper = value(await svc.file(duan, { ...base, receivedOn: '2026-11-20' }));
    expect(paper).toMatchObject({ filedOn: '2026-11-20', acceptDue: '2026-11-27', escalation: null });
    await rt.services.timers.runDue();
    expect(value(await svc.get(duan, paper.id)).escalation).toBe('accept');
  });
  it('takes changed deadlines for later complaints; only a nationwide administrator changes them, 1 to 250 working days', async () => {
    const { rt } = ctx();
    rt.clock.set('2026-11-28T02:00:00.000Z');
    const d = rt.services.complaints.deadlines;
    expect(value(await d.settings(duan))).toEqual({ acceptWorkingDays: 5, concludeWorkingDays: 60 });
    const byOfficer = await d.updateSettings(duan, { acceptWorkingDays: 3, concludeWorkingDays: 30 });
    expect(byOfficer.ok || byOfficer.reason.code).toBe('forbidden');
    const provincial = await d.updateSettings({ ...systemActor(), jurisdiction: '45' }, { acceptWorkingDays: 3, concludeWorkingDays: 30 });
    expect(provincial.ok || provincial.reason.code).toBe('forbidden');
    for (const bad of [0, 251]) {
      const r = await d.updateSettings(systemActor(), { acceptWorkingDays: bad, concludeWorkingDays: 30 });
      expect(r.ok || r.reason.code).toBe('complaint_deadline_invalid');
    }
    expect(value(await d.updateSettings(systemActor(), { acceptWorkingDays: 3, concludeWorkingDays: 250 }))).toEqual({
      acceptWorkingDays: 3,
      concludeWorkingDays: 250,
    });
    // Filed Saturday 28 November: the 3rd working day is Wednesday 2 December.
    const c = value(
      await rt.services.complaints.file(duan, {
        employerName: '某劳务队',
        site: '某工地',
        periodFrom: '2026-10',
        periodTo: '2026-11',
        workers: [{ personId: ids.yi, owedFen: 5000 }],
      }),
    );
    expect(c.acceptDue).toBe('2026-12-02');
    value(await d.updateSettings(systemActor(), { acceptWorkingDays: 5, concludeWorkingDays: 60 }));
  });
});
