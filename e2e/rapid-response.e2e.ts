/**
 * Rapid response (issue 10, point 4; decisions 174-176) in a real browser: the 东莞 demo employer
 * reports a mass lay-off from the portal; the 东莞 county officer opens the event, lists a 都安 worker
 * employed in 东莞, and the tasks appear for the departments of both counties; 都安's civil-affairs
 * user marks its task done from the task list; the officer registers the worker as unemployed through
 * the offer, which shows as taken up.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { TestContext } from './run.js';
import { DEMO_PASSWORD, expect, signIn } from './helpers.js';
import { resultsDir } from './harness.js';
import { makeIdNumber } from '../src/modules/people/index.js';

const DIGITS = '零一二三四五六七八九';
/** A name no demo person carries: 蓝 and the digits of a number in Chinese. */
const uniqueName = (n: number) => `蓝${[...String(n)].map((d) => DIGITS[Number(d)]).join('')}`;

/** Registers a 都安 person working in 东莞 as the 都安 county officer (over HTTP, its own cookie jar). */
async function registerPerson(baseUrl: string, n: number): Promise<string> {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'duan_county', password: DEMO_PASSWORD }),
  });
  const me: unknown = await login.json();
  const csrf: unknown = typeof me === 'object' && me !== null ? Reflect.get(me, 'csrfToken') : undefined;
  expect(login.ok && typeof csrf === 'string', 'duan_county could not sign in');
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const name = uniqueName(n);
  const r = await fetch(`${baseUrl}/api/v1/people`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
    body: JSON.stringify({
      name,
      idNumber: makeIdNumber('451228', '1990-02-03', 100 + (n % 800)),
      hukouCode: '451228',
      employmentCode: '441900101',
    }),
  });
  expect(r.ok, `registering the person failed: ${r.status} ${await r.text()}`);
  return name;
}

async function switchUser(page: Page, baseUrl: string, user: string): Promise<void> {
  await page.context().clearCookies();
  await signIn(page, baseUrl, user, DEMO_PASSWORD);
}

export async function layOffReportedTasksFlowAndAnOfferIsTakenUp({ page, baseUrl }: TestContext): Promise<void> {
  const name = await registerPerson(baseUrl, Date.now() % 100000);

  // 1. The employer reports the lay-off from the portal.
  await signIn(page, baseUrl, 'dg_employer', DEMO_PASSWORD);
  await page.getByTestId('employer-report-layoff').click();
  await page.waitForURL(/\/layoffs$/);
  await page.locator('#workersAffected').fill('45');
  await page.locator('#description').fill(`订单取消，装配车间停产（浏览器测试 ${name}）`);
  await page.getByTestId('layoff-submit').click();
  const notice = page.locator('.ant-message').getByText(/已报告，事件编号 东莞-\d{4}-响\d{6}/);
  await notice.waitFor();
  const number = /东莞-\d{4}-响\d{6}/.exec(await notice.innerText())?.[0] ?? '';
  expect(number !== '', 'the report should give an event number');
  await page.getByTestId('layoff-events').getByText(number).waitFor();
  await page.getByTestId('layoff-tasks').getByText('报送人员名单，结清工资和经济补偿').first().waitFor();

  // 2. The 东莞 officer opens the event and lists a 都安 worker.
  await switchUser(page, baseUrl, 'dongguan_county');
  await page.goto(`${baseUrl}/rapid-response`);
  await page.getByTestId('rr-events').getByRole('link', { name: number }).click();
  await page.waitForURL(/\/rapid-response\/[^/]+$/);
  await page.getByTestId('rr-event').getByText('企业报告').waitFor();
  const tasks = page.getByTestId('rr-tasks');
  await tasks.getByText('组织返乡运输').waitFor();
  await page.locator('#rr-person').click();
  await page.locator('#rr-person').fill(name);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: name }).first().click();
  await page.getByTestId('rr-add-person').click();
  await page.getByText('已添加 1 人，名单中已有 0 人').waitFor();
  const row = page.getByTestId('rr-workers').locator('tr').filter({ hasText: name });
  await row.waitFor();
  // 都安, the worker's home, receives its own tasks: civil affairs among them.
  await tasks.locator('tr').filter({ hasText: '跟踪服务返乡人员' }).waitFor();
  await tasks.locator('tr').filter({ hasText: '民政' }).filter({ hasText: '都安瑶族自治县' }).waitFor();
  await page.getByTestId('rr-progress').getByText('民政').waitFor();
  await page.screenshot({ path: path.join(resultsDir, 'rapid-response-event.png'), fullPage: true });
  const eventUrl = page.url();

  // 3. 都安's civil-affairs user marks its task done from the task list.
  await switchUser(page, baseUrl, 'duan_civil');
  await page.goto(`${baseUrl}/rapid-response/tasks`);
  const mine = page.getByTestId('rr-my-tasks').locator('tr').filter({ hasText: number });
  await mine.getByTestId('rr-complete-temporary_relief').click();
  await page.getByTestId('rr-complete-note').fill('已核查，符合条件的人员已申请临时救助');
  await page
    .locator('.ant-modal')
    .getByRole('button', { name: /OK|确\s*定/ })
    .click();
  await page.locator('.ant-message').getByText('已保存').waitFor();
  await page.getByRole('tab', { name: '已完成' }).click();
  await page.getByTestId('rr-my-tasks').locator('tr').filter({ hasText: number }).getByText('已完成').waitFor();

  // 4. The officer registers the worker through the offer: taken up, with the registration number.
  await switchUser(page, baseUrl, 'dongguan_county');
  await page.goto(eventUrl);
  const worker = page.getByTestId('rr-workers').locator('tr').filter({ hasText: name });
  await worker.getByTestId('rr-register').click();
  await worker.getByTestId('rr-offer-registration').getByText('已接受').waitFor();
  await worker
    .getByTestId('rr-offer-registration')
    .getByText(/东莞-\d{4}-失\d{6}/)
    .waitFor();
  await page
    .getByTestId('rr-tasks')
    .locator('tr')
    .filter({ hasText: '民政' })
    .filter({ hasText: '都安瑶族自治县' })
    .getByText('已完成')
    .waitFor();
  await page.screenshot({ path: path.join(resultsDir, 'rapid-response-taken-up.png'), fullPage: true });
}
