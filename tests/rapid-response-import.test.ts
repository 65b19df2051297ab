/**
 * Listing a rapid-response event's workers from a real .xlsx (ID number + name a row), on both
 * databases: every bad row reported with its row number, every good row kept once, an ID number the
 * registry does not hold (or holds under another name) reported and never created.
 */
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { systemActor, type Actor } from '../src/modules/actor.js';

const dongguan: Actor = { ...systemActor('test'), role: 'county_officer', jurisdiction: '441900' };
const bama: Actor = { ...systemActor('test'), role: 'county_officer', jurisdiction: '451227' };

async function xlsx(rows: Array<Array<string | number>>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名单');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describeEachDb('rapid response: affected workers from .xlsx', (ctx) => {
  const idA = makeIdNumber('451228', '1992-05-06', 201);
  const idB = makeIdNumber('451228', '1992-05-06', 203);
  const unknown = makeIdNumber('451228', '1992-05-06', 205);
  const ids = { a: '', b: '', event: '' };

  beforeAll(async () => {
    const { rt } = ctx();
    const person = async (name: string, idNumber: string) => {
      const r = await rt.services.people.create(systemActor(), { name, idNumber, hukouCode: '451228100', employmentCode: '441900' });
      if (!r.ok) throw new Error(r.reason.code);
      return r.value.id;
    };
    ids.a = await person('韦名单', idA);
    ids.b = await person('蓝名单', idB);
    const e = await rt.services.rapidResponse.create(dongguan, {
      kind: 'disaster',
      placeCode: '441900',
      occurredOn: '2026-11-20',
      description: '台风致厂房受损停工',
      workersAffected: 40,
    });
    if (!e.ok) throw new Error(e.reason.code);
    ids.event = e.value.id;
  });

  it('reports each bad row and keeps each good one exactly once; a repeat of the file adds nobody', async () => {
    const s = ctx().rt.services.rapidResponse;
    const badCheck = `${idA.slice(0, 17)}${idA.endsWith('0') ? '1' : '0'}`;
    const file = await xlsx([
      ['身份证号码', '姓名'],
      [idA, '韦名单'], // 2 good
      [badCheck, '韦名单'], // 3 wrong check character
      [idA, '韦名单'], // 4 the same person again
      [unknown, '无此人'], // 5 not in the registry
      [idB, '别的名字'], // 6 registry holds this ID number under another name
      [idB, ''], // 7 no name
      [Number(idB.slice(0, 15)), '蓝名单'], // 8 an ID number stored as a number
      ['', ''], // 9 blank: skipped
      [idB, '蓝名单'], // 10 good
    ]);
    const r = await s.importWorkers(dongguan, ids.event, { name: '受灾名单.xlsx', data: file });
    if (!r.ok) throw new Error(r.reason.code);
    expect(r.value.added).toBe(2);
    expect(r.value.alreadyListed).toBe(0);
    expect(r.value.problems.map((p) => [p.rowNumber, p.code])).toEqual([
      [3, 'id_number_checksum'],
      [4, 'import_duplicate_row'],
      [5, 'rapid_response_person_unknown'],
      [6, 'rapid_response_person_unknown'],
      [7, 'validation_failed'],
      [8, 'id_number_scientific'],
    ]);
    expect(r.value.problems.every((p) => p.message.zh !== '' && p.message.en !== '')).toBe(true);
    const event = await s.get(dongguan, ids.event);
    if (!event.ok) throw new Error(event.reason.code);
    expect(event.value.workers.map((w) => [w.personId, w.addedVia]).sort()).toEqual(
      [
        [ids.a, 'imported'],
        [ids.b, 'imported'],
      ].sort(),
    );
    const count = await ctx().rt.db.kysely.selectFrom('people').select('id').where('name', '=', '无此人').execute();
    expect(count).toEqual([]);
    const again = await s.importWorkers(dongguan, ids.event, { name: '受灾名单.xlsx', data: file });
    expect(again.ok && [again.value.added, again.value.alreadyListed]).toEqual([0, 2]);
  });

  it('lists a person of another county found by ID number and name without reading their registration or relief', async () => {
    const { rt } = ctx();
    const idC = makeIdNumber('451228', '1992-05-06', 207);
    const c = await rt.services.people.create(systemActor(), {
      name: '覃外县',
      idNumber: idC,
      hukouCode: '451228100',
      povertyRegistered: true,
    });
    if (!c.ok) throw new Error(c.reason.code);
    // Registered unemployed at home by the 都安 office: a fact 东莞 must not learn from the list.
    const duan: Actor = { ...systemActor('test'), role: 'county_officer', jurisdiction: '451228' };
    const reg = await rt.services.unemployment.register(duan, { personId: c.value.id });
    if (!reg.ok) throw new Error(reg.reason.code);
    const s = rt.services.rapidResponse;
    const r = await s.importWorkers(dongguan, ids.event, {
      name: '名单.xlsx',
      data: await xlsx([
        ['身份证号码', '姓名'],
        [idC, '覃外县'],
      ]),
    });
    expect(r.ok && r.value.added).toBe(1);
    const event = await s.get(dongguan, ids.event);
    if (!event.ok) throw new Error(event.reason.code);
    const listed = event.value.workers.find((w) => w.personId === c.value.id);
    // Referrals are offered; the registration stands offered (not read: it is not shown as taken up); no relief from their registry facts.
    expect(listed?.offers.filter((o) => o.kind === 'relief')).toEqual([]);
    expect(listed?.offers.find((o) => o.kind === 'registration')?.status).toBe('offered');
  });

  it('refuses a file without the two columns, a .csv, and an officer of another county (404)', async () => {
    const s = ctx().rt.services.rapidResponse;
    const header = await s.importWorkers(dongguan, ids.event, { name: 'x.xlsx', data: await xlsx([['姓名'], ['韦名单']]) });
    expect(header.ok ? 'read' : header.reason.code).toBe('import_header');
    const csv = await s.importWorkers(dongguan, ids.event, { name: 'x.csv', data: Buffer.from(`身份证号码,姓名\r\n${idA},韦名单\r\n`) });
    expect(csv.ok ? 'read' : csv.reason.code).toBe('import_format');
    const other = await s.importWorkers(bama, ids.event, {
      name: 'x.xlsx',
      data: await xlsx([
        ['身份证号码', '姓名'],
        [idA, '韦名单'],
      ]),
    });
    expect(other.ok ? 'read' : other.reason.code).toBe('out_of_jurisdiction');
  });
});
