/**
 * Re-imports that change exactly one field. The earlier test changed only the expected wage, so an
 * import that ignored a phone-only change (reporting the row as unchanged and keeping the old
 * number) passed. Each row below differs from the stored person in one field; in insert mode each
 * is a conflict, in update mode each is reported updated and the new value is what is stored (read
 * back through the API, personal values through an audited reveal).
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';
import { importVia } from './helpers/upload.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';

const HEADER = [
  '姓名',
  '身份证号码',
  '手机号码',
  '户籍地代码',
  '常住地代码',
  '就业地代码',
  '参保地代码',
  '建档立卡',
  '文化程度',
  '愿意外出务工',
  '技能',
  '银行账号',
] as const;
type Key =
  | 'name'
  | 'idNumber'
  | 'phone'
  | 'hukouCode'
  | 'residenceCode'
  | 'employmentCode'
  | 'insuredCode'
  | 'povertyRegistered'
  | 'education'
  | 'willingToGoOut'
  | 'skills'
  | 'bankAccount';
type Row = Record<Key, string>;
const KEYS: readonly Key[] = [
  'name',
  'idNumber',
  'phone',
  'hukouCode',
  'residenceCode',
  'employmentCode',
  'insuredCode',
  'povertyRegistered',
  'education',
  'willingToGoOut',
  'skills',
  'bankAccount',
];

const base = (i: number): Row => ({
  name: `韦单改${'甲乙丙丁戊己庚辛壬癸子丑'.charAt(i)}`,
  idNumber: makeIdNumber('451228', `1985-0${1 + (i % 9)}-1${i % 10}`, 101 + 2 * i),
  phone: `139077860${String(10 + i)}`,
  hukouCode: '451228100',
  residenceCode: '451228100',
  employmentCode: '441900003',
  insuredCode: '441900',
  povertyRegistered: '否',
  education: '初中',
  willingToGoOut: '是',
  skills: '电工',
  bankAccount: `62220212345678901${String(10 + i)}`,
});

/** One change per row: the field, the new cell, and how the stored person shows it. */
const CHANGES: Array<{
  field: Key;
  cell: string;
  shown: { key: string; value: unknown } | { reveal: 'phone' | 'bankAccount'; value: string };
}> = [
  { field: 'phone', cell: '13907786999', shown: { reveal: 'phone', value: '13907786999' } },
  { field: 'name', cell: '韦单改新名', shown: { key: 'name', value: '韦单改新名' } },
  { field: 'hukouCode', cell: '451228101', shown: { key: 'hukouCode', value: '451228101' } },
  { field: 'residenceCode', cell: '451228102', shown: { key: 'residenceCode', value: '451228102' } },
  { field: 'employmentCode', cell: '441900004', shown: { key: 'employmentCode', value: '441900004' } },
  { field: 'insuredCode', cell: '451228', shown: { key: 'insuredCode', value: '451228' } },
  { field: 'povertyRegistered', cell: '是', shown: { key: 'povertyRegistered', value: true } },
  { field: 'education', cell: '高中', shown: { key: 'education', value: 'senior' } },
  { field: 'willingToGoOut', cell: '否', shown: { key: 'willingToGoOut', value: false } },
  { field: 'skills', cell: '焊工', shown: { key: 'skills', value: ['焊工'] } },
  { field: 'bankAccount', cell: '6222021234567899999', shown: { reveal: 'bankAccount', value: '6222021234567899999' } },
];

const csv = (rows: Row[]) =>
  Buffer.from(`${HEADER.join(',')}\r\n${rows.map((r) => KEYS.map((k) => r[k]).join(',')).join('\r\n')}\r\n`, 'utf8');
const originals = CHANGES.map((_, i) => base(i));
const changed = CHANGES.map((c, i) => ({ ...base(i), [c.field]: c.cell }));

describeEachDb('imports: a change of one field is an update', (ctx) => {
  let headers: SessionHeaders;
  const ids: string[] = [];

  beforeAll(async () => {
    const { app, rt } = ctx();
    headers = (await userSession(app, rt, 'county_officer', '451228')).headers;
    const first = await importVia(app, rt, headers, 'people', '原始.csv', csv(originals));
    if (first.created !== CHANGES.length || first.errors !== 0) throw new Error(`set-up import: ${JSON.stringify(first)}`);
    for (const p of originals) {
      const res = await app.inject({ method: 'GET', url: `/api/v1/people?q=${p.idNumber}`, headers });
      const id: unknown = res.json().items[0]?.id;
      if (typeof id !== 'string') throw new Error(`not found: ${p.name}`);
      ids.push(id);
    }
  });

  it('re-importing the same rows reports every one unchanged (control)', async () => {
    const { app, rt } = ctx();
    expect(await importVia(app, rt, headers, 'people', '相同.csv', csv(originals), 'update')).toMatchObject({
      status: 'done',
      created: 0,
      updated: 0,
      unchanged: CHANGES.length,
      conflicts: 0,
      errors: 0,
    });
  });

  it('in insert mode every single-field change is a conflict, none unchanged', async () => {
    const { app, rt } = ctx();
    expect(await importVia(app, rt, headers, 'people', '单改.csv', csv(changed), 'insert')).toMatchObject({
      status: 'done',
      created: 0,
      updated: 0,
      unchanged: 0,
      conflicts: CHANGES.length,
      errors: 0,
    });
  });

  it('in update mode every single-field change is reported updated and stored', async () => {
    const { app, rt } = ctx();
    expect(await importVia(app, rt, headers, 'people', '单改.csv', csv(changed), 'update')).toMatchObject({
      status: 'done',
      created: 0,
      updated: CHANGES.length,
      unchanged: 0,
      conflicts: 0,
      errors: 0,
    });
    const stored: Array<{ field: Key; value: unknown }> = [];
    for (const [i, c] of CHANGES.entries()) {
      const id = ids[i] ?? '';
      if ('reveal' in c.shown) {
        const r = await app.inject({ method: 'POST', url: `/api/v1/people/${id}/reveal`, headers, payload: { field: c.shown.reveal } });
        stored.push({ field: c.field, value: r.json().value });
      } else {
        const person = (await app.inject({ method: 'GET', url: `/api/v1/people/${id}`, headers })).json();
        stored.push({ field: c.field, value: person[c.shown.key] });
      }
    }
    expect(stored).toEqual(CHANGES.map((c) => ({ field: c.field, value: c.shown.value })));
    // Importing the changed file again changes nothing more.
    expect(await importVia(app, rt, headers, 'people', '单改.csv', csv(changed), 'update')).toMatchObject({
      updated: 0,
      unchanged: CHANGES.length,
    });
  });

  it('the changed phone finds the person and the old one no longer does', async () => {
    const { app } = ctx();
    const find = async (q: string) =>
      (await app.inject({ method: 'GET', url: `/api/v1/people?q=${q}`, headers })).json().items.map((p: { id: string }) => p.id);
    expect(await find('13907786999')).toEqual([ids[0]]);
    expect(await find(originals[0]?.phone ?? '')).toEqual([]);
  });
});
