/**
 * Demo labour sharing (issue 9 point 6): the demo employer (a 东莞 manufacturer) lends two of its 都安
 * staff to another 东莞 firm under an active agreement (both consented from their phones), and a few
 * 东莞 firms have open offers of surplus staff and requests for staff, so proposals show at first start.
 * The demo worker is left out of the agreement, so the phone's consent page can be tried on a fresh one.
 */
import type { Runtime } from '../runtime.js';
import { systemActor, type Actor } from '../modules/actor.js';
import { businessDate } from '../core/clock.js';
import { addDays } from '../core/dates.js';
import type { ListingInput } from '../modules/sharing/index.js';
import { DEMO_EMPLOYER_CREDIT_CODE } from './accounts.js';

const employerOf = (enterpriseId: string): Actor => ({ ...systemActor('demo-seed'), role: 'employer', jurisdiction: '', enterpriseId });
const workerOf = (personId: string): Actor => ({ ...systemActor('demo-seed'), role: 'worker', jurisdiction: '', personId });

/** [side, occupation codes, headcount, start offset (days), length (days), pay per month in fen for a request]. */
const LISTINGS: Array<[ListingInput['side'], string[], number, number, number, number | null]> = [
  ['offer', ['6-25-04-01'], 6, 7, 45, null],
  ['request', ['6-25-04-01', '6-25-04-02'], 4, 10, 30, 560_000],
  ['offer', ['6-05-01-03'], 3, 5, 60, null],
  ['request', ['6-05-01-03'], 5, 14, 40, 530_000],
  ['request', ['4-02-05-01'], 8, 3, 20, 480_000],
  ['offer', ['6-18-01-01'], 2, 20, 30, null],
];

function must<T>(r: { ok: true; value: T } | { ok: false; reason: { code: string } }, what: string): T {
  if (!r.ok) throw new Error(`demo sharing: ${what}: ${r.reason.code}`);
  return r.value;
}

export async function seedDemoSharing(rt: Runtime): Promise<void> {
  const { services } = rt;
  const today = businessDate(services.deps.clock.now());
  const found = must(await services.enterprises.list(systemActor('demo-seed'), { addressPrefix: '441900' }, 1, 100), 'enterprises');
  const lender = found.items.find((e) => e.creditCode === DEMO_EMPLOYER_CREDIT_CODE);
  const others = found.items.filter((e) => e.creditCode !== DEMO_EMPLOYER_CREDIT_CODE);
  const borrower = others[0];
  if (!lender || !borrower) throw new Error('demo sharing: the 东莞 firms are missing');
  const staff = must(await services.enterprises.employer.employees(employerOf(lender.id), { page: 1, pageSize: 10 }), 'staff').items;
  const lent = staff.slice(0, 2).map((p) => p.id);
  if (lent.length < 2) throw new Error('demo sharing: the demo employer has fewer than two staff');
  const agreement = must(
    await services.sharing.agreements.create(employerOf(lender.id), {
      lenderId: lender.id,
      borrowerId: borrower.id,
      startDate: today,
      endDate: addDays(today, 89),
      placeCode: borrower.addressCode,
      address: borrower.address ?? '东莞市',
      occupationCode: '6-25-04-01',
      wageFen: 560_000,
      wagePayer: 'borrower',
      injuryInsurer: 'lender',
      workerIds: lent,
    }),
    'agreement',
  );
  must(await services.sharing.agreements.send(employerOf(lender.id), agreement.id, agreement.version), 'send');
  // Each worker answers for themselves (the phone's own act); the first consent on the start date activates it.
  for (const personId of lent) must(await services.sharing.consent.answer(workerOf(personId), agreement.id, 'consent'), 'consent');

  const firms = [lender, ...others.slice(1, 6)];
  for (const [i, [side, occupationCodes, headcount, from, days, pay]] of LISTINGS.entries()) {
    const firm = firms[i % firms.length] ?? lender;
    const startDate = addDays(today, from);
    must(
      await services.sharing.listings.create(employerOf(firm.id), {
        side,
        headcount,
        occupationCodes,
        skills: side === 'offer' ? '熟练工，有上岗证' : '',
        startDate,
        endDate: addDays(startDate, days - 1),
        placeCode: firm.addressCode,
        address: firm.address ?? '东莞市',
        ...(pay !== null ? { wageFen: pay } : {}),
      }),
      `listing ${i}`,
    );
  }
}
