/**
 * Wage-arrears complaints (issue 10, point 3; decisions 145–149) in a real browser: the 都安 county
 * officer files a group complaint for two workers, accepts, investigates, mediates and resolves it
 * with the amounts recovered for each; a worker files from the phone at 360 px and follows the
 * status as the bureau accepts it; the justice department accepts and concludes the demo legal-aid
 * referral from its list. axe on the phone page finds nothing serious or critical.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { TestContext } from './run.js';
import { axe, noSidewaysScroll, phoneSignIn, PHONE_WIDTH, staffCall, uniqueName, type StaffCall } from './phone.js';
import { DEMO_PASSWORD, expect, signIn } from './helpers.js';
import { resultsDir } from './harness.js';
import { makeIdNumber } from '../src/modules/people/index.js';

/** A name no demo person carries (蒙三七五). */
const nameFor = (n: number) => uniqueName('蒙', n);

/** Registers a 都安 person working in 东莞, as the 都安 county officer; returns their name. */
async function registerPerson(county: StaffCall, n: number, phone: string | null): Promise<string> {
  const name = nameFor(n);
  const r = await county('POST', '/people', {
    name,
    idNumber: makeIdNumber('451228', '1989-09-09', 100 + (n % 800)),
    ...(phone ? { phone } : {}),
    hukouCode: '451228',
    employmentCode: '441900101',
  });
  expect(r.ok, `registering the person failed: ${r.status} ${await r.text()}`);
  return name;
}

/** Picks a person by name in the search-as-you-type field with this id. */
async function pickPerson(page: Page, id: string, name: string): Promise<void> {
  await page.locator(`#${id}`).click();
  await page.locator(`#${id}`).fill(name);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: name }).first().click();
}

async function confirmModal(page: Page): Promise<void> {
  await page
    .locator('.ant-modal')
    .getByRole('button', { name: /OK|确\s*定/ })
    .click();
  await page.locator('.ant-modal').waitFor({ state: 'detached' });
}

/** (a) A group wage complaint from filing to resolution, by the 都安 county officer. */
export async function groupComplaintFromFilingToResolution({ page, baseUrl }: TestContext): Promise<void> {
  const county = await staffCall(baseUrl, 'duan_county');
  const n = Date.now() % 100000;
  const first = await registerPerson(county, n, null);
  const second = await registerPerson(county, (n + 1) % 100000, null);
  await signIn(page, baseUrl, 'duan_county', DEMO_PASSWORD);
  await page.goto(`${baseUrl}/complaints`);
  await page.getByTestId('complaint-new').click();
  await page.waitForURL(/\/complaints\/new$/);
  await page.locator('#employerName').fill('东莞某建筑劳务有限公司');
  await page.locator('#site').fill('东莞市长安镇某商住楼工地');
  await pickPerson(page, 'workers_0_personId', first);
  await page.locator('#workers_0_owedFen').fill('8000');
  await page.getByTestId('complaint-add-worker').click();
  await pickPerson(page, 'workers_1_personId', second);
  await page.locator('#workers_1_owedFen').fill('6500.50');
  await page.getByTestId('complaint-submit').click();
  await page.waitForURL(/\/complaints\/[^/]+$/);
  const title = page.locator('.ant-card-head-title');
  await title.getByText(/欠薪投诉 都安-\d{4}-欠\d{6}/).waitFor();
  const descriptions = page.locator('.ant-descriptions');
  await descriptions.getByText('14,500.50 元').waitFor();
  await page.getByTestId('complaint-status').getByText('待受理').waitFor();

  await page.getByTestId('complaint-accept').click();
  await page.getByTestId('complaint-status').getByText('已受理').waitFor();
  await page.getByTestId('complaint-investigate').click();
  await confirmModal(page);
  await page.getByTestId('complaint-status').getByText('调查中').waitFor();
  await page.getByTestId('complaint-mediate').click();
  await page.locator('.ant-modal textarea').fill('企业同意本月内支付');
  await confirmModal(page);
  await page.getByTestId('complaint-status').getByText('已调解').waitFor();
  await page.getByTestId('complaint-resolve').click();
  const amounts = page.locator('.ant-modal .ant-input-number-input');
  await amounts.nth(0).fill('8000');
  await amounts.nth(1).fill('5000');
  await confirmModal(page);
  await page.getByTestId('complaint-status').getByText('已解决').waitFor();
  await page.getByTestId('complaint-recovered').getByText('13,000.00 元').waitFor();
  for (const step of ['登记投诉', '受理', '开始调查', '调解', '办结'])
    await page.locator('.ant-timeline').getByText(step, { exact: false }).first().waitFor();
  await page.screenshot({ path: path.join(resultsDir, 'complaint-resolved.png'), fullPage: true });
}

/** (b) A worker files from the phone at 360 px and sees the status change when the bureau accepts. */
export async function workerFilesFromThePhoneAndFollowsTheStatus({ page, baseUrl }: TestContext): Promise<void> {
  const county = await staffCall(baseUrl, 'duan_county');
  const n = (Date.now() + 537) % 100000;
  const phone = `1373${String(n).padStart(7, '0')}`;
  await registerPerson(county, n, phone);
  await page.setViewportSize({ width: PHONE_WIDTH, height: 740 });
  await phoneSignIn(page, baseUrl, phone);
  await page.getByTestId('m-tab-unemployment').click();
  await page.getByTestId('m-complaints-entry').getByRole('link').click();
  await page.getByTestId('m-complaints').waitFor();
  await page.getByText('您还没有投诉过。').waitFor();
  await axe(page, 'complaints page before filing');
  await noSidewaysScroll(page, 'complaints page');
  await page.getByTestId('m-complaint-employer').fill('东莞某电子厂');
  await page.getByTestId('m-complaint-site').fill('二号车间');
  await page.getByTestId('m-complaint-amount').fill('4200');
  await page.getByTestId('m-complaint-submit').click();
  await page.getByTestId('m-complaint-filed').waitFor();
  const card = page.locator('[data-testid="m-complaint"][data-status="filed"]');
  await card.waitFor();
  const number = (await card.getByTestId('m-complaint-number').innerText()).trim();
  expect(/^都安-\d{4}-欠\d{6}$/.test(number), `the complaint should carry a 都安 number, got "${number}"`);
  expect((await card.getByTestId('m-complaint-status').innerText()).includes('等待受理'), 'the status reads 等待受理');
  await noSidewaysScroll(page, 'complaints page with a complaint');

  const list = await county('GET', '/complaints?status=filed&pageSize=50');
  const body: unknown = await list.json();
  const items: unknown = typeof body === 'object' && body !== null ? Reflect.get(body, 'items') : undefined;
  const mine = Array.isArray(items)
    ? items.find((c: unknown) => typeof c === 'object' && c !== null && Reflect.get(c, 'number') === number)
    : undefined;
  const id: unknown = typeof mine === 'object' && mine !== null ? Reflect.get(mine, 'id') : undefined;
  expect(typeof id === 'string', 'the county officer should see the phone complaint');
  const accepted = await county('POST', `/complaints/${id}/accept`, { version: 1 });
  expect(accepted.ok, `accepting failed: ${accepted.status}`);

  await page.reload();
  const now = page.locator('[data-testid="m-complaint"][data-status="accepted"]');
  await now.waitFor();
  expect((await now.getByTestId('m-complaint-status').innerText()).includes('已受理'), 'the status reads 已受理');
  await now.getByTestId('m-complaint-history').getByText('人社部门受理').waitFor();
  await axe(page, 'complaints page after acceptance');
  await noSidewaysScroll(page, 'complaints page after acceptance');
  await page.screenshot({ path: path.join(resultsDir, 'mobile-complaints-360.png'), fullPage: true });
}

/** (c) The 都安 justice department accepts the demo legal-aid referral and concludes it from its list. */
export async function justiceDepartmentActsOnALegalAidReferral({ page, baseUrl }: TestContext): Promise<void> {
  await signIn(page, baseUrl, 'duan_justice', DEMO_PASSWORD);
  await page.goto(`${baseUrl}/legal-aid`);
  const row = page.locator('.ant-table-row').filter({ hasText: '劳动者申请法律援助' }).first();
  await row.waitFor();
  await row.getByRole('button', { name: '受理', exact: true }).click();
  await page.getByRole('tab', { name: '已受理' }).click();
  const accepted = page.locator('.ant-table-row').filter({ hasText: '劳动者申请法律援助' }).first();
  await accepted.getByRole('button', { name: '办结' }).click();
  await page.locator('.ant-modal textarea').fill('已指派律师代理劳动仲裁，工资已追回');
  await confirmModal(page);
  await page.getByRole('tab', { name: '已办结' }).click();
  await page.locator('.ant-table-row').filter({ hasText: '已指派律师代理劳动仲裁' }).first().waitFor();
}
