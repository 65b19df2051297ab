/**
 * Job fairs (issue 9 point 7) in a real browser: the 都安 county officer organises an on-site fair in
 * the staff app; the 东莞 demo employer applies from the portal, the officer approves it and the
 * employer brings its open postings; the demo worker registers on a 360-px phone and gets a code;
 * the officer checks the code in at the door; the worker applies to the fair's posting from the
 * fair page; the fair's counts read 1 registered, 1 checked in, 1 application.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { TestContext } from './run.js';
import { phoneSignIn, PHONE_WIDTH } from './phone.js';
import { DEMO_PASSWORD, expect, signIn } from './helpers.js';
import { resultsDir } from './harness.js';
import { DEMO_WORKER } from '../src/demo/accounts.js';

/** The Beijing date `days` from now, YYYY-MM-DD. */
function beijingDate(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

async function as(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.context().clearCookies();
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, baseUrl, username, DEMO_PASSWORD);
}

async function count(page: Page, key: string): Promise<string> {
  return (await page.getByTestId(`fair-count-${key}-value`).innerText()).trim();
}

export async function fairFromOrganisingToCounts({ page, baseUrl }: TestContext): Promise<void> {
  const name = `都安县浏览器测试招聘会${Date.now() % 100000}`;
  // 1. The officer organises an on-site fair.
  await as(page, baseUrl, 'duan_county');
  await page.goto(`${baseUrl}/fairs/new`);
  await page.getByTestId('fair-name').fill(name);
  await page.locator('#startsOn').fill(beijingDate(3));
  await page.locator('#venueCode').click();
  await page.locator('#venueCode').fill('451228100');
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '451228100' }).first().click();
  await page.getByTestId('fair-address').fill('都安县安阳镇人民广场');
  await page.getByTestId('fair-create').click();
  // The new fair's own page (not /fairs/new, which the same pattern would match before the redirect).
  await page.locator('h1').getByText(name).waitFor();
  const fairUrl = page.url();
  expect(/\/fairs\/(?!new$)[^/]+$/.test(new URL(fairUrl).pathname), `expected the new fair's page, got ${fairUrl}`);

  // 2. The employer applies from the portal; the officer approves; the employer brings its postings.
  await as(page, baseUrl, 'dg_employer');
  await page.goto(`${baseUrl}/employer/fairs`);
  const toJoin = page.getByTestId('fairs-to-join').locator('tr').filter({ hasText: name });
  await toJoin.getByTestId('fair-join').click();
  await page.getByTestId('fairs-mine').locator('tr').filter({ hasText: name }).getByText('已申请，等待人社部门批准').waitFor();
  await as(page, baseUrl, 'duan_county');
  await page.goto(fairUrl);
  await page.getByRole('button', { name: '批准参会' }).click();
  await page.getByText('已参会').first().waitFor();
  await as(page, baseUrl, 'dg_employer');
  await page.goto(`${baseUrl}/employer/fairs`);
  await page.getByTestId('fairs-mine').locator('tr').filter({ hasText: name }).getByTestId('fair-pick').click();
  // Two postings, so the worker has one to apply to even if the demo worker applied to one before.
  const boxes = page.getByTestId('fair-pick-postings').locator('input[type="checkbox"]');
  await boxes.first().waitFor();
  await boxes.nth(0).check();
  if ((await boxes.count()) > 1) await boxes.nth(1).check();
  await page
    .locator('.ant-modal')
    .getByRole('button', { name: /OK|确\s*定/ })
    .click();
  await page.getByText('参会岗位已保存').waitFor();

  // 3. The worker registers on a 360-px phone (a browser context of its own) and sees the code.
  const browser = page.context().browser();
  expect(browser !== null, 'the test page should belong to a browser');
  const phoneContext = await browser.newContext({ viewport: { width: PHONE_WIDTH, height: 740 } });
  const phone = await phoneContext.newPage();
  await phoneSignIn(phone, baseUrl, DEMO_WORKER.phone);
  await phone.goto(`${baseUrl}/m/fairs`);
  await phone.getByTestId('m-fair').filter({ hasText: name }).getByTestId('m-fair-open').click();
  await phone.getByTestId('m-fair-register').click();
  const code = (await phone.getByTestId('m-fair-code').innerText()).trim();
  expect(/^[2-9A-HJKMNP-Z]{6}$/.test(code), `the registration code should be six letters or digits, got "${code}"`);
  const width: unknown = await phone.evaluate('document.documentElement.scrollWidth');
  expect(typeof width === 'number' && width <= PHONE_WIDTH, `the fair page is ${String(width)}px wide at a ${PHONE_WIDTH}px screen`);
  await phone.screenshot({ path: path.join(resultsDir, 'mobile-fair-code-360.png'), fullPage: true });

  // 4. The officer checks the code in; a second check-in is refused.
  await as(page, baseUrl, 'duan_county');
  await page.goto(fairUrl);
  await page.getByTestId('fair-checkin-code').fill(code.toLowerCase());
  await page.getByTestId('fair-checkin').click();
  await page.getByTestId('fair-checkin-done').waitFor();
  await page.getByTestId('fair-checkin-code').fill(code);
  await page.getByTestId('fair-checkin').click();
  await page.getByText(/已于 .* 签到，不能重复签到/).waitFor();

  // 5. The worker sees the check-in and applies to the fair's posting from the fair page.
  await phone.goto(`${baseUrl}/m/fairs`);
  await phone.getByTestId('m-fair-registration').filter({ hasText: name }).getByText('已签到').waitFor();
  await phone.getByTestId('m-fair').filter({ hasText: name }).getByTestId('m-fair-open').click();
  await phone.locator('button[data-testid="m-fair-apply"]:not([disabled])').first().click();
  await phone.locator('button[data-testid="m-fair-apply"]').getByText('已投递').first().waitFor();
  await phoneContext.close();

  // 6. The counts.
  await as(page, baseUrl, 'duan_county');
  await page.goto(fairUrl);
  await page.getByTestId('fair-counts').waitFor();
  expect((await count(page, 'registered')) === '1', 'one registered');
  expect((await count(page, 'checkedIn')) === '1', 'one checked in');
  expect((await count(page, 'applications')) === '1', 'one application');
  expect((await count(page, 'employers')) === '1', 'one employer');
  await page.screenshot({ path: path.join(resultsDir, 'fair-counts.png'), fullPage: true });
}
