/**
 * A claim from submission to payment through the staff pages: duan_county lodges a one-time
 * entrepreneurship subsidy for a 安阳镇 demo worker (and is refused a self-approval), duan_town
 * approves at township level, duan_reviewer at county level, then duan_county batches the payment,
 * downloads the bank file, fills it in as the bank would (exceljs), uploads it and sees the payment paid.
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

  // Township review through the queue.
  await switchUser(page, baseUrl, 'duan_town');
  await page.goto(`${baseUrl}/claims`);
  await page.getByTestId('claims-table').locator(`a[href="/claims/${claimId}"]`).first().click();
  await page.getByTestId('review-reason').fill('材料齐全，同意');
  await page.getByTestId('review-approve').click();
  await statusIs(page, '待县级审核');

  // County review by the reviewer (not the submitter).
  await switchUser(page, baseUrl, 'duan_reviewer');
  await page.goto(`${baseUrl}/claims/${claimId}`);
  await page.getByTestId('review-approve').click();
  await statusIs(page, '已批准待发放');
  expect((await page.getByTestId('claim-review').count()) === 2, 'two reviews on the timeline');

  // Batch, bank file, reconciliation.
  await switchUser(page, baseUrl, 'duan_county');
  await page.goto(`${baseUrl}/payments`);
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
  sheet.eachRow((r) => {
    if (!/^[0-9a-f-]{36}$/.test(String(r.getCell(1).value))) return;
    if (r.getCell(2).value === claimId) mine++;
    r.getCell(9).value = 'paid';
    r.getCell(10).value = `BANK-${r.number}`;
  });
  expect(mine === 1, 'the claim should have one line in the bank file');
  const filled = Buffer.from(await wb.xlsx.writeBuffer());
  await row
    .locator('input[type=file]')
    .setInputFiles({ name: 'result.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: filled });
  const result = await page.getByTestId('reconcile-result').innerText();
  expect(/到账 [1-9]\d* 笔，失败 0 笔/.test(result), `reconciliation result: ${result}`);

  await page.goto(`${baseUrl}/claims/${claimId}`);
  await statusIs(page, '已发放');
  await page.getByTestId('payments-table').getByTestId('entry-status').filter({ hasText: '已到账' }).waitFor();
  await page.getByTestId('claim-clauses').waitFor();
  fs.mkdirSync(resultsDir, { recursive: true });
  await page.screenshot({ path: path.join(resultsDir, 'benefits-claim-detail.png'), fullPage: true });
}
