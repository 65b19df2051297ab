import { expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { systemActor, type Actor } from '../src/modules/actor.js';
import { createPersonImporter } from '../src/modules/people/person.importer.js';
import { syntheticCells, syntheticPeople } from '../src/demo/synthetic-people.js';

describeEachDb('people importer', (ctx) => {
  const officer: Actor = { ...systemActor(), userId: null, role: 'county_officer', jurisdiction: '451228' };

  it('creates, then reports unchanged, conflict (insert) and updated (update), one audit row per batch', async () => {
    const { rt } = ctx();
    const importer = createPersonImporter(rt.services.deps, rt.services.audit);
    const people = [...syntheticPeople(50, 99)];
    const parse = (cells: Record<string, string>) => {
      const r = importer.parse(cells, officer);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      return r.value;
    };
    const apply = (rows: ReturnType<typeof parse>[], mode: 'insert' | 'update', batchId: string) =>
      rt.db.kysely.transaction().execute((trx) => importer.applyBatch(trx, officer, rows, mode, batchId));

    const first = await apply(
      people.map((p) => parse(syntheticCells(p))),
      'insert',
      'b1',
    );
    expect(first.every((o) => o.kind === 'created')).toBe(true);
    const again = await apply(
      people.map((p) => parse(syntheticCells(p))),
      'insert',
      'b2',
    );
    expect(again.every((o) => o.kind === 'unchanged')).toBe(true);

    const changed = { ...syntheticCells(people[0]!), expectedWage: '9999' };
    const blankPhone = { ...syntheticCells(people[1]!), phone: '' };
    expect((await apply([parse(changed), parse(blankPhone)], 'insert', 'b3')).map((o) => o.kind)).toEqual(['conflict', 'unchanged']);
    expect((await apply([parse(changed)], 'update', 'b4')).map((o) => o.kind)).toEqual(['updated']);

    const audits = await rt.services.audit.search(systemActor(), { action: 'import.batch' }, 1, 50);
    expect(audits.total).toBe(4);
    expect(JSON.stringify(audits.items)).not.toContain(people[0]!.idNumber);
    const first4 = audits.items.find((a) => a.entityId === 'b1');
    expect(first4?.details).toMatchObject({ batchId: 'b1', rows: 50, created: 50 });
  });

  it('refuses rows outside the jurisdiction and spreadsheet-number ID cells at parse time', async () => {
    const { rt } = ctx();
    const importer = createPersonImporter(rt.services.deps, rt.services.audit);
    const p = { ...syntheticCells([...syntheticPeople(1, 5)][0]!), residenceCode: '', employmentCode: '', insuredCode: '' };
    const outside = importer.parse(p, { ...officer, jurisdiction: '4419' });
    const sci = importer.parse({ ...p, idNumber: '4.5122E+17' }, officer);
    expect([outside.ok, sci.ok, importer.parse(p, officer).ok]).toEqual([false, false, true]);
    if (!sci.ok) expect(sci.errors[0]?.code).toBe('id_number_scientific');
  });
});
