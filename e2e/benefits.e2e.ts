/**
 * A claim from submission to payment through the staff pages: duan_county lodges a one-time
 * entrepreneurship subsidy for a 安阳镇 demo worker (and is refused a self-approval); the claim's
 * readable number (都安-2026-000123) is how duan_town finds it in the queue; duan_reviewer approves at
 * county level and the number is on the printed 审批表; then duan_county batches the payment,
 * downloads the bank file (payment numbers, programs and instalments in Chinese), fills it in as the
 * bank would with Chinese result words (成功), uploads it naming the bank, and sees the payment paid.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import type { TestContext } from './run.js';
import { DEMO_PASSWORD, expect, signIn } from './helpers.js';
import { resultsDir } from './harness.js';

/** A 1×1 PNG, enough for the evidence check (the server sniffs the bytes). */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

function isPeople(v: unknown): v is { items: Array<{ id: string; name: string; hukouCode: string }> } {
  if (typeof v !== 'object' || v === null) return false;
  const items: unknown = Reflect.get(v, 'items');
  return (
    Array.isArray(items) &&
    items.every(
      (i: unknown) =>
        typeof i === 'object' && i !== null && typeof Reflect.get(i, 'id') === 'string' && typeof Reflect.get(i, 'name') === 'string',
    )
  );
}

async function switchUser(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.context().clearCookies();
  await signIn(page, baseUrl, username, DEMO_PASSWORD);
}

/** Picks an option of an antd select opened from the control with this id. */
async function choose(page: Page, id: string, option: string): Promise<void> {
  await page.locator(`#${id}`).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
  const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  for (let i = 0; i < 100 && (await open.count()) > 0; i++) await page.waitForTimeout(50);
}

function monthsAgo(n: number): string {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 10);
}

/** Records a bank account on a person in the signed-in session (its CSRF token from /auth/me; the other numbers kept). */
async function recordBankAccount(page: Page, baseUrl: string, personId: string): Promise<void> {
  const me = await page.request.get(`${baseUrl}/api/v1/auth/me`);
  const body: unknown = await me.json();
  const csrf: unknown = typeof body === 'object' && body !== null ? Reflect.get(body, 'csrfToken') : undefined;
  expect(me.ok() && typeof csrf === 'string', `the session's CSRF token: ${me.status()}`);
  const got = await page.request.get(`${baseUrl}/api/v1/people/${personId}`);
  const p: unknown = await got.json();
  expect(got.ok() && typeof p === 'object' && p !== null, 'the person');
  const field = (k: string): unknown => Reflect.get(p, k);
  const keys = ['name', 'hukouCode', 'residenceCode', 'employmentCode', 'insuredCode', 'povertyRegistered', 'povertyFrom', 'povertyTo'];
  const more = ['dibao', 'dibaoFrom', 'dibaoTo', 'education', 'willingToGoOut', 'expectedWageFen', 'skills', 'version'];
  const data: Record<string, unknown> = Object.fromEntries([...keys, ...more].map((k) => [k, field(k)]));
  const put = await page.request.put(`${baseUrl}/api/v1/people/${personId}`, {
    headers: { 'x-csrf-token': String(csrf) },
    data: { ...data, keep: ['idNumber', 'phone'], bankAccount: '6222021234567890123' },
  });
  expect(put.ok(), `recording the bank account: ${put.status()} ${await put.text()}`);
}

async function statusIs(page: Page, text: string): Promise<void> {
  await page.getByTestId('claim-detail').getByTestId('claim-status').filter({ hasText: text }).first().waitFor();
}

export async function claimFromSubmissionToPayment({ page, baseUrl }: TestContext): Promise<void> {
  await signIn(page, baseUrl, 'duan_county', DEMO_PASSWORD);
  const res = await page.request.get(`${baseUrl}/api/v1/people?hukouCode=451228100&pageSize=50`);
  const body: unknown = await res.json();
  expect(res.ok() && isPeople(body) && body.items.length > 0, 'the demo world should have people in 安阳镇');
  const person = body.items[body.items.length - 1];
  expect(person !== undefined, 'no demo worker');

  // Submit as the county officer.
  await page.goto(`${baseUrl}/claims/new`);
  await page.locator('#personId').click();
  await page.locator('#personId').fill(person.name);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: person.name }).first().click();
  await choose(page, 'programId', '一次性创业补贴');
  await choose(page, 'facts_returnedFromWorkAway', '是');
  await choose(page, 'facts_firstBusiness', '是');
  await choose(page, 'facts_operatingNormally', '是');
  await choose(page, 'facts_businessKind', '个体工商户');
  await page.locator('#facts_businessLicenceDate').fill(monthsAgo(8));
  await page.locator('#facts_businessRegion').fill('451228');
  await page.locator('input[type=file]').first().setInputFiles({ name: '营业执照.png', mimeType: 'image/png', buffer: PNG });
  await page.getByTestId('claim-submit').click();
  await page.waitForURL(/\/claims\/[0-9a-f-]{36}$/);
  const claimId = page.url().split('/').pop() ?? '';
  await statusIs(page, '待乡镇初审');
  const heading = await page.getByTestId('claim-number').innerText();
  const claimNumber = /^(都安-\d{4}-\d{6})/.exec(heading)?.[1] ?? '';
  expect(claimNumber !== '', `the claim page should show a readable number, not an id: ${heading}`);

  // The explanation with clause citations is on the page.
  const explanation = page.getByTestId('claim-explanation');
  await explanation.getByText('符合', { exact: false }).first().waitFor();
  expect((await explanation.getByTestId('claim-criterion').count()) >= 5, 'every criterion should be listed');
  const clauses = page.getByTestId('claim-clauses');
  await clauses.getByText('返乡入乡农民工首次创业').first().waitFor();
  expect((await explanation.getByTestId('clause-link').filter({ hasText: 'O61-2.3' }).count()) > 0, 'criteria should cite O61-2.3');
  await page.getByText('营业执照.png').waitFor();

  // The submitter may not approve their own claim: the server's message is shown.
  await page.getByTestId('review-approve').click();
  const problem = await page.getByTestId('review-problem').innerText();
  expect(problem.length > 0, 'the self-approval refusal should be shown');
  await statusIs(page, '待乡镇初审');

  // Township review through the queue: the claim is found by its number, with the person's name beside it.
  await switchUser(page, baseUrl, 'duan_town');
  await page.goto(`${baseUrl}/claims`);
  const queueRow = page.getByTestId('claims-table').locator('.ant-table-row').filter({ hasText: claimNumber });
  await queueRow.getByText(person.name).first().waitFor();
  await queueRow.getByTestId('record-number').filter({ hasText: claimNumber }).click();
  await page.waitForURL(new RegExp(`/claims/${claimId}$`));
  await page.getByTestId('review-reason').fill('材料齐全，同意');
  await page.getByTestId('review-approve').click();
  await statusIs(page, '待县级审核');

  // County review by the reviewer (not the submitter).
  await switchUser(page, baseUrl, 'duan_reviewer');
  await page.goto(`${baseUrl}/claims/${claimId}`);
  await page.getByTestId('review-approve').click();
  await statusIs(page, '已批准待发放');
  expect((await page.getByTestId('claim-review').count()) === 2, 'two reviews on the timeline');

  // The printed 审批表 carries the same number, the person, the decision and both reviews.
  await page.goto(`${baseUrl}/print/claims/${claimId}`);
  await page.getByTestId('print-sheet').getByText('就业补贴审批表').waitFor();
  const printed = await page.getByTestId('print-number').innerText();
  expect(printed.includes(claimNumber), `the print view should show ${claimNumber}: ${printed}`);
  await page.getByTestId('print-sheet').getByText(person.name).first().waitFor();
  expect((await page.getByTestId('print-reviews').locator('tbody tr').count()) === 2, 'both reviews on the 审批表');
  await page.emulateMedia({ media: 'print' });
  expect(!(await page.locator('.print-toolbar').isVisible()), 'the toolbar is not printed');
  await page.pdf({ path: path.join(resultsDir, 'benefits-approval-form.pdf'), format: 'A4' }).catch(() => undefined);
  await page.emulateMedia({ media: 'screen' });

  // Batch, bank file, reconciliation.
  await switchUser(page, baseUrl, 'duan_county');
  await page.goto(`${baseUrl}/payments`);
  // The demo workers have no bank account on record: the batch is refused, naming them.
  await page.getByTestId('batch-create').click();
  await page.getByText('没有登记银行账号', { exact: false }).first().waitFor();
  expect((await page.getByTestId('batches-table').locator('.ant-table-row').count()) === 0, 'no batch for payees without an account');
  // The officer records the worker's bank account (through the API, as the edit form would).
  await recordBankAccount(page, baseUrl, person.id);
  await page.getByTestId('batch-create').click();
  const row = page.getByTestId('batches-table').locator('.ant-table-row').first();
  await row.waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), row.getByTestId('batch-download').click()]);
  const bankFile = path.join(resultsDir, 'benefits-bank-batch.xlsx');
  await download.saveAs(bankFile);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(bankFile);
  const sheet = wb.worksheets[0];
  expect(sheet !== undefined, 'the bank file has a sheet');
  let mine = 0;
  let lines = 0;
  sheet.eachRow((r) => {
    if (!/^都安-\d{4}-付\d{6}$/.test(String(r.getCell(1).value))) return;
    lines++;
    if (r.getCell(2).value === claimNumber) {
      mine++;
      expect(r.getCell(3).value === person.name, 'the bank file names the payee');
      expect(r.getCell(6).value === '一次性创业补贴', `the bank file names the program in Chinese: ${String(r.getCell(6).value)}`);
    }
    // The bank answers in its own words.
    r.getCell(9).value = '成功';
    r.getCell(10).value = `BANK-${r.number}`;
  });
  expect(mine === 1, 'the claim should have one line in the bank file');
  const filled = Buffer.from(await wb.xlsx.writeBuffer());
  await row.getByTestId('batch-upload').click();
  await page.locator('.ant-modal').getByRole('combobox').first().fill('农业银行');
  await page
    .locator('.ant-modal input[type=file]')
    .setInputFiles({ name: '回单.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: filled });
  const result = await page.getByTestId('reconcile-result').innerText();
  expect(result.includes(`成功 ${lines} 笔，失败 0 笔，退回 0 笔`), `reconciliation result: ${result}`);

  await page.goto(`${baseUrl}/claims/${claimId}`);
  await statusIs(page, '已发放');
  await page.getByTestId('payments-table').getByTestId('entry-status').filter({ hasText: '已到账' }).waitFor();
  await page.getByTestId('claim-clauses').waitFor();
  fs.mkdirSync(resultsDir, { recursive: true });
  await page.screenshot({ path: path.join(resultsDir, 'benefits-claim-detail.png'), fullPage: true });
}
