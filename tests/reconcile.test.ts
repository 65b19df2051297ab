/**
 * Reconciliation as banks send it (issue 7, point 6; decision 172), on both databases: a batch leaves
 * out and names a payee with no bank account; the bank's own layout (a title row, its own headers)
 * is read through a mapping by header text chosen on upload and remembered for the bank; results in
 * Chinese (成功, 已退回, 失败) and English; problems in plain words with the row number, and a
 * refused file changes nothing.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects, openTestRuntime, type TestRuntime } from './helpers/runtime.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { systemActor, type Actor } from '../src/modules/actor.js';
import { columnIndex, columnLetter, parseResultWord, readResults } from '../src/modules/benefits/reconcile-sheet.js';

const startupFacts = {
  returnedFromWorkAway: true,
  businessRegion: '451228',
  firstBusiness: true,
  operatingNormally: true,
  businessLicenceDate: '2026-03-01',
  businessKind: 'individual',
};

function actor(userId: string, role: Actor['role'], jurisdiction: string): Actor {
  return { userId, username: userId, role, jurisdiction, department: null, personId: null, enterpriseId: null, requestId: null };
}
const officer = actor('officer-a', 'county_officer', '451228');
const town = actor('officer-b', 'township_officer', '451228100');
const reviewer = actor('reviewer-c', 'reviewer', '451228');

async function sheet(rows: Array<Array<string | number>>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('回单');
  for (const r of rows) s.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('result words', () => {
  it.each([
    ['成功', 'paid'],
    [' 交易成功 ', 'paid'],
    ['PAID', 'paid'],
    ['Success', 'paid'],
    ['失败', 'failed'],
    ['failed', 'failed'],
    ['退回', 'returned'],
    ['已退回', 'returned'],
    ['Returned', 'returned'],
    ['已完成', null],
    ['', null],
  ])('%j → %s', (word, result) => {
    expect(parseResultWord(word)).toBe(result);
  });

  it('turns column letters into indexes and back', () => {
    expect(columnIndex('A')).toBe(0);
    expect(columnIndex('f')).toBe(5);
    expect(columnIndex('AA')).toBe(26);
    expect(columnIndex('交易状态')).toBeNull();
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(27)).toBe('AB');
  });

  it('tells each problem in words with its row number, and no JSON path', async () => {
    const r = await readResults(
      await sheet([
        ['业务编号', '处理状态'],
        ['都安-2026-付000001', '成功'],
        ['都安-2026-付000002', '已完成'],
        ['都安-2026-付000003', ''],
      ]),
      { number: '业务编号', result: '处理状态' },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason.code).toBe('reconciliation_file');
    expect(r.reason.message.zh).toBe(
      '对账文件有2处问题，未做任何更改：第3行（都安-2026-付000002）的结果“已完成”无法识别，请填写 成功、失败 或 退回；第4行（都安-2026-付000003）没有填写结果',
    );
    expect(r.reason.errors).toBeUndefined();
    expect(JSON.stringify(r.reason)).not.toMatch(/\/rows/);
  });

  it('names a mapped column that is not in the file', async () => {
    const r = await readResults(
      await sheet([
        ['编号', '状态'],
        ['x', '成功'],
      ]),
      { number: '业务编号', result: '状态' },
    );
    expect(r.ok ? '' : r.reason.message.zh).toBe('文件中找不到“业务编号”这一列（付款编号）');
  });
});

for (const dialect of availableDialects()) {
  describe(`reconciliation as banks send it [${dialect}]`, () => {
    let rt: TestRuntime;
    const entryOf: Record<string, { id: string; number: string }> = {};
    let batchId = '';

    async function paidClaim(name: string, seq: number, bankAccount?: string): Promise<string> {
      const p = await rt.services.people.create(systemActor(), {
        name,
        idNumber: makeIdNumber('451228', '1985-01-01', seq),
        hukouCode: '451228100',
        ...(bankAccount ? { bankAccount } : {}),
      });
      if (!p.ok) throw new Error(`person ${p.reason.code}`);
      const b = rt.services.benefits;
      const c = await b.claims.submit(officer, { programId: 'entrepreneurship-subsidy', personId: p.value.id, facts: startupFacts });
      if (!c.ok) throw new Error(c.reason.code);
      expect(c.value.number).toMatch(/^都安-2026-\d{6}$/);
      await b.reviews.review(town, c.value.id, { outcome: 'approve', reason: '' });
      const r = await b.reviews.review(reviewer, c.value.id, { outcome: 'approve', reason: '' });
      if (!r.ok) throw new Error(r.reason.code);
      const [e] = await b.payments.ofClaim(c.value.id);
      if (!e) throw new Error('no entry');
      entryOf[name] = { id: e.id, number: e.number };
      return c.value.id;
    }

    beforeAll(async () => {
      rt = await openTestRuntime(dialect);
      await paidClaim('韦成功', 11, '6222021234567890001');
      await paidClaim('韦退回', 21, '6222021234567890002');
      await paidClaim('韦失败', 31, '6222021234567890003');
      await paidClaim('韦无卡', 41);
    });
    afterAll(async () => {
      await rt.close();
    });

    it('a batch leaves out the payee with no bank account, names them, and keeps their payment pending', async () => {
      const made = await rt.services.benefits.batches.create(officer);
      if (!made.ok) throw new Error(made.reason.code);
      batchId = made.value.batch.id;
      expect(made.value.batch).toMatchObject({ entryCount: 3, region: '451228' });
      expect(made.value.batch.number).toBe('都安-2026-批000001');
      expect(made.value.leftOut).toEqual([
        {
          number: entryOf['韦无卡']?.number,
          claimNumber: expect.stringMatching(/^都安-2026-/),
          name: '韦无卡',
          idNumberMasked: expect.stringMatching(/^4512\*+/),
        },
      ]);
      const pending = await rt.services.benefits.payments.list(officer, { status: 'pending', page: 1, pageSize: 10 });
      expect(pending.ok && pending.value.items.map((e) => e.person?.name)).toEqual(['韦无卡']);
      const again = await rt.services.benefits.batches.create(officer);
      expect(again.ok ? '' : again.reason.message.zh).toMatch(
        /^没有可发放的付款：1笔付款的领取人没有登记银行账号（韦无卡 都安-2026-付\d{6}）$/,
      );
    });

    it('refuses a file with an unknown word, in plain words with the row number, and changes nothing', async () => {
      const file = await sheet([
        ['农业银行代发回单'],
        ['序号', '交易流水', '收款人', '业务编号', '金额', '处理状态'],
        [1, 'ABC-1', '韦成功', entryOf['韦成功']?.number ?? '', 5000, '成功'],
        [2, 'ABC-2', '韦退回', entryOf['韦退回']?.number ?? '', 5000, '挂起'],
      ]);
      const r = await rt.services.benefits.batches.reconcile(officer, batchId, file, {
        bank: '农业银行',
        mapping: { number: '业务编号', result: '处理状态', reference: '交易流水' },
      });
      expect(r.ok ? '' : r.reason.message.zh).toBe(
        `对账文件有1处问题，未做任何更改：第4行（${entryOf['韦退回']?.number}）的结果“挂起”无法识别，请填写 成功、失败 或 退回`,
      );
      const batched = await rt.services.benefits.payments.list(officer, { status: 'batched', page: 1, pageSize: 10 });
      expect(batched.ok && batched.value.total).toBe(3);
      const remembered = await rt.services.benefits.batches.mappings(officer);
      expect(remembered.ok && remembered.value).toEqual({});
    });

    it("reads the bank's own layout through the mapping chosen on upload, in Chinese words, and remembers it for the bank", async () => {
      const file = await sheet([
        ['农业银行代发回单'],
        ['序号', '交易流水', '收款人', '业务编号', '金额', '处理状态'],
        [1, 'ABC-1', '韦成功', entryOf['韦成功']?.number ?? '', 5000, '成功'],
        [2, 'ABC-2', '韦退回', entryOf['韦退回']?.number ?? '', 5000, '已退回'],
        [3, 'ABC-3', '韦失败', entryOf['韦失败']?.number ?? '', 5000, '失败'],
        [],
        ['合计', '', '', '', 15000, ''],
      ]);
      const mapping = { number: '业务编号', result: '处理状态', reference: '交易流水' };
      const r = await rt.services.benefits.batches.reconcile(officer, batchId, file, { bank: '农业银行', mapping });
      // The blank row and the total line (no payment number) are not payments.
      expect(r.ok && r.value).toEqual({ paid: 1, failed: 1, returned: 1, skipped: 0, mapping });
      const entries = await rt.services.benefits.batches.get(officer, batchId);
      if (!entries.ok) throw new Error('batch');
      const byName = Object.fromEntries(entries.value.entries.map((e) => [e.person?.name, [e.status, e.bankReference]]));
      expect(byName).toEqual({ 韦成功: ['paid', 'ABC-1'], 韦退回: ['failed', 'ABC-2'], 韦失败: ['failed', 'ABC-3'] });
      const remembered = await rt.services.benefits.batches.mappings(officer);
      expect(remembered.ok && remembered.value).toEqual({ 农业银行: mapping });
    });

    it('uses the remembered mapping when only the bank is named, and reads English words', async () => {
      await paidClaim('韦英文', 51, '6222021234567890005');
      const made = await rt.services.benefits.batches.create(officer);
      if (!made.ok) throw new Error(made.reason.code);
      expect(made.value.batch.number).toBe('都安-2026-批000002');
      const file = await sheet([
        ['农业银行代发回单'],
        ['序号', '交易流水', '收款人', '业务编号', '金额', '处理状态'],
        [1, 'ABC-9', '韦英文', entryOf['韦英文']?.number ?? '', 5000, 'Paid'],
      ]);
      const r = await rt.services.benefits.batches.reconcile(officer, made.value.batch.id, file, { bank: '农业银行' });
      expect(r.ok && r.value).toMatchObject({ paid: 1, failed: 0, returned: 0, skipped: 0 });
    });
  });
}
