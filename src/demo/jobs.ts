/**
 * Demo jobs (issue 9, point 10): every 东莞 demo employer posts eight jobs across the occupations
 * 都安 workers hold or train for (electronics assembly, sewing, lathe work, warehousing, catering),
 * deterministic in titles, pay and places — 320 postings. Pay sits above 东莞's minimum wage; a few
 * postings carry wording the screening dictionary flags, and the employer on the arrears list has
 * its postings held, so the officers' screening queue has work at first start.
 */
import type { Runtime } from '../runtime.js';
import { systemActor } from '../modules/actor.js';
import type { ContractKind, PayPeriod, PostingInput } from '../modules/jobs/index.js';

/** [occupation, title, pay period, pay min (fen), pay max (fen), contract]. */
const JOBS: Array<[string, string, PayPeriod, number, number, ContractKind]> = [
  ['6-25-04-01', '通信设备装配工', 'month', 480_000, 650_000, 'regular'],
  ['6-05-01-03', '平车缝纫工', 'piece', 8, 25, 'regular'],
  ['6-18-01-01', '数控车工', 'month', 550_000, 800_000, 'regular'],
  ['6-20-01-01', '装配钳工', 'month', 520_000, 720_000, 'regular'],
  ['4-02-05-01', '仓库装卸工', 'day', 18_000, 26_000, 'temporary'],
  ['4-02-06-01', '仓储管理员', 'month', 450_000, 600_000, 'regular'],
  ['4-03-02-01', '中式厨师', 'month', 500_000, 700_000, 'regular'],
  ['4-03-01-01', '前厅服务员', 'hour', 2_200, 2_800, 'part_time'],
  ['6-31-01-02', '设备机修钳工', 'month', 600_000, 850_000, 'regular'],
  ['6-05-02-01', '鞋面车缝工', 'month', 460_000, 620_000, 'seasonal'],
];

const REQUIREMENTS = ['身体健康，能适应倒班', '有相关经验者优先，可培训上岗', '吃苦耐劳，服从安排', '初中以上文化，会看图纸优先'];
/** Wording the screening dictionary flags (decision 221): sent to the officers' queue. */
const FLAGGED = ['限男性，能上夜班', '乙肝携带者勿扰'];

export async function seedDemoJobs(rt: Runtime): Promise<void> {
  const { services } = rt;
  const actor = systemActor('demo-seed');
  const found = await services.enterprises.list(actor, { addressPrefix: '441900' }, 1, 100);
  if (!found.ok) throw new Error('demo jobs: enterprises');
  let n = 0;
  for (const [i, e] of found.value.items.entries()) {
    for (let k = 0; k < 8; k++) {
      const [occupationCode, title, payPeriod, min, max, contractKind] = JOBS[(i + k * 3) % JOBS.length] ?? JOBS[0]!;
      const flagged = n % 53 === 7;
      const input: PostingInput = {
        enterpriseId: e.id,
        title,
        occupationCode,
        industryCode: e.industryCode,
        workCode: e.addressCode,
        workAddress: e.address ?? '东莞市',
        headcount: 1 + ((i * 7 + k) % 12),
        payMinFen: min + (n % 5) * (payPeriod === 'month' ? 10_000 : 0),
        payMaxFen: max + (n % 5) * (payPeriod === 'month' ? 10_000 : 0),
        payPeriod,
        pieceMonthlyFen: payPeriod === 'piece' ? 520_000 + (n % 4) * 20_000 : null,
        contractKind,
        housing: (i + k) % 3 !== 0,
        meals: (i + k) % 2 === 0,
        requirements: flagged ? (FLAGGED[n % FLAGGED.length] ?? '') : (REQUIREMENTS[n % REQUIREMENTS.length] ?? ''),
        skills: [],
        ageMin: 18,
        ageMax: k === 5 ? 55 : null,
        startDate: '2026-12-15',
      };
      const r = await services.jobs.postings.create(actor, input);
      if (!r.ok) throw new Error(`demo posting ${title} at ${e.name}: ${r.reason.code} ${r.reason.message.zh}`);
      n++;
    }
  }
}
