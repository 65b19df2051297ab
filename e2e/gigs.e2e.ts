/**
 * Gig work (issue 9.5): the demo employer (dg_employer) is refused a day rate below 东莞's minimum
 * (8 × ¥18.10 = ¥144.80) with the figure, then posts a gig for tomorrow; the demo worker signs up on a
 * 360-px phone; the employer confirms and records the completion; the worker confirms it and rates
 * the employer, and the gig is in their history.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { TestContext } from './run.js';
import { phoneSignIn, PHONE_WIDTH } from './phone.js';
import { DEMO_PASSWORD, expect, signIn } from './helpers.js';
import { resultsDir } from './harness.js';
import { DEMO_WORKER } from '../src/demo/accounts.js';

function field(v: unknown, key: string): unknown {
  return typeof v === 'object' && v !== null ? Reflect.get(v, key) : undefined;
}

/** The Beijing date n days from now. */
function beijingDay(n: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + n * 86_400_000).toISOString().slice(0, 10);
}

async function workerSignsIn(page: Page, baseUrl: string): Promise<void> {
  await page.setViewportSize({ width: PHONE_WIDTH, height: 740 });
  await phoneSignIn(page, baseUrl, DEMO_WORKER.phone, { landing: 'm-tab-jobs' });
}

async function employerPage(page: Page, baseUrl: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.context().clearCookies();
  await signIn(page, baseUrl, 'dg_employer', DEMO_PASSWORD);
  await page.goto(`${baseUrl}/gigs/tasks`);
  await page.getByTestId('gig-title').waitFor();
}

export async function employerPostsWorkerSignsUpBothConfirm({ page, baseUrl }: TestContext): Promise<void> {
  const title = `冷库搬运 ${Date.now() % 100000}`;
  // The employer: a day rate one fen below the floor is refused with the figure; at the floor it is posted.
  await employerPage(page, baseUrl);
  await page.getByTestId('gig-title').fill(title);
  await page.getByTestId('gig-occupation').fill('4-02-05-01');
  await page.getByTestId('gig-place').fill('441900113');
  await page.getByTestId('gig-address').fill('东莞市大朗镇冷链物流园3号库');
  await page.getByTestId('gig-start').fill(beijingDay(1));
  await page.getByTestId('gig-rate').fill('144.79');
  await page.getByTestId('gig-headcount').fill('2');
  await page.getByTestId('gig-bring').fill('棉衣、手套');
  await page.getByTestId('gig-submit').click();
  const refusal = page.getByTestId('gig-refusal');
  await refusal.waitFor();
  const said = await refusal.innerText();
  expect(said.includes('¥144.79') && said.includes('¥144.80'), `the refusal should name the rate and the floor, got "${said}"`);
  await page.screenshot({ path: path.join(resultsDir, 'gigs-below-minimum.png'), fullPage: true });
  await page.getByTestId('gig-rate').fill('144.80');
  await page.getByTestId('gig-submit').click();
  const row = page.locator('tr', { hasText: title });
  await row.waitFor();

  // The worker signs up on a 360-px phone.
  await page.context().clearCookies();
  await workerSignsIn(page, baseUrl);
  await page.goto(`${baseUrl}/m/gigs`);
  await page.getByRole('button', { name: '全部零工' }).click();
  const card = page.getByTestId('m-gig').filter({ hasText: title });
  await card.waitFor();
  await card.getByTestId('m-gig-signup').click();
  await card.getByTestId('m-gig-signup').filter({ hasText: '已报名' }).waitFor();
  const width: unknown = await page.evaluate('document.documentElement.scrollWidth');
  expect(typeof width === 'number' && width <= PHONE_WIDTH, `the gigs page is ${String(width)}px wide at ${PHONE_WIDTH}px`);
  await page.screenshot({ path: path.join(resultsDir, 'gigs-signed-up-360.png'), fullPage: true });
  // The phone keeps its session while the employer works (a second code would wait for the resend delay).
  const workerSession = await page.context().cookies();

  // The employer confirms the sign-up and records the completion (defaults: 1 day, ¥144.80).
  await employerPage(page, baseUrl);
  await page.locator('tr', { hasText: title }).getByTestId('gig-signups').click();
  const drawer = page.getByRole('dialog');
  await drawer.getByTestId('gig-confirm').click();
  await drawer.getByTestId('gig-record-save').click();
  await drawer.getByTestId('gig-signup-status').filter({ hasText: '待工人确认' }).waitFor();
  await page.screenshot({ path: path.join(resultsDir, 'gigs-recorded.png'), fullPage: true });

  // The worker confirms the record and rates the employer.
  await page.context().clearCookies();
  await page.context().addCookies(workerSession);
  await page.setViewportSize({ width: PHONE_WIDTH, height: 740 });
  await page.goto(`${baseUrl}/m/gigs`);
  const mine = page.getByTestId('m-my-gig').filter({ hasText: title });
  await mine.getByTestId('m-my-gig-record').filter({ hasText: '¥144.80' }).waitFor();
  await mine.getByTestId('m-gig-accept').click();
  await mine.getByTestId('m-gig-rate-5').click();
  await mine.getByTestId('m-gig-rated').waitFor();
  const after: unknown = await page.evaluate('document.documentElement.scrollWidth');
  expect(typeof after === 'number' && after <= PHONE_WIDTH, `my gigs are ${String(after)}px wide at ${PHONE_WIDTH}px`);
  await page.screenshot({ path: path.join(resultsDir, 'gigs-completed-360.png'), fullPage: true });
  const history: unknown = await (await page.request.get(`${baseUrl}/api/v1/gigs/my-history`)).json();
  expect(
    Array.isArray(history) && history.some((h) => field(field(h, 'task'), 'title') === title && field(h, 'workerRating') === 5),
    'the completed gig should be in the worker history with the rating',
  );
}
