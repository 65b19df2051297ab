/**
 * Demo workers: 1,200 synthetic people (都安 → 东莞) registered through the people importer's batch
 * path (parse → applyBatch, one transaction per 600 rows, audited per batch), plus a few histories.
 */
import type { Runtime } from '../runtime.js';
import { systemActor } from '../modules/actor.js';
import { createPersonImporter } from '../modules/people/index.js';
import { syntheticCells, syntheticPeople } from './synthetic-people.js';
import { DEMO_EMPLOYER_CREDIT_CODE } from './accounts.js';

export const DEMO_PEOPLE = 1_200;
/** The generator seed of the demo population (the demo worker is person 0 of it). */
export const DEMO_SEED = 2026;
const BATCH = 600;

export async function seedDemoPeople(rt: Runtime): Promise<void> {
  const { services } = rt;
  const actor = systemActor('demo-seed');
  const importer = createPersonImporter(services.deps, services.audit);
  const all = [...syntheticPeople(DEMO_PEOPLE, DEMO_SEED)];
  const createdIds: string[] = [];
  for (let i = 0; i < all.length; i += BATCH) {
    const rows = all.slice(i, i + BATCH).flatMap((p) => {
      const r = importer.parse(syntheticCells(p), actor);
      return r.ok ? [r.value] : [];
    });
    const outcomes = await rt.db.kysely
      .transaction()
      .execute((trx) => importer.applyBatch(trx, actor, rows, 'insert', `demo-people-${i / BATCH + 1}`));
    for (const o of outcomes) if (o.kind === 'created') createdIds.push(o.id);
  }
  // A few records with histories, so the detail pages have something to show; every other one works
  // at the demo employer's enterprise (linked, so the demo employer can lodge claims for them).
  const found = await services.enterprises.list(actor, { creditCode: DEMO_EMPLOYER_CREDIT_CODE }, 1, 1);
  const employer = found.ok ? found.value.items[0] : undefined;
  for (const [n, id] of createdIds.slice(0, 20).entries()) {
    const linked = n % 2 === 0 && employer !== undefined;
    await services.personHistory.addEmployment(actor, id, {
      enterpriseName: linked ? employer.name : '东莞市示例制衣厂',
      enterpriseId: linked ? employer.id : null,
      divisionCode: linked ? employer.addressCode : '441900113',
      startDate: '2023-03-01',
      endDate: n % 3 === 0 ? '2025-06-30' : null,
      monthlyWageFen: 520_000 + n * 10_000,
      occupationCode: '6-25-04-01',
    });
    await services.personHistory.addInsurance(actor, id, {
      kind: 'pension',
      divisionCode: '441900',
      startMonth: '2023-03',
      endMonth: null,
      contributionMonths: 30,
    });
    await services.personHistory.addOccupation(actor, id, { occupationCode: n % 2 === 0 ? '6-25-04-01' : '6-05-01-03', level: 5 });
  }
}
