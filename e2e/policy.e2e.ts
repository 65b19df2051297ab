/**
 * Policy pages (issue 7, points 8–10): the try-it page shows a refusal's reasons with their numbers
 * in words (the approval date, the 30% share and its start date, the shortfall in yuan, typed in
 * yuan) and each cited clause's title on hover; the what-if page asks one program and one parameter
 * and answers per named place, not per code.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { TestContext } from './run.js';
import { DEMO_PASSWORD, expect, signIn } from './helpers.js';
import { resultsDir } from './harness.js';

async function choose(page: Page, trigger: ReturnType<Page['locator']>, option: string): Promise<void> {
  await trigger.click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
}

export async function tryItShowsTheNumbers({ page, baseUrl }: TestContext): Promise<void> {
  await signIn(page, baseUrl, 'duan_county', DEMO_PASSWORD);
  await page.goto(`${baseUrl}/policy/try`);
  await choose(page, page.getByTestId('try-program'), '以工代赈');
  await page.locator('input[type="date"]').first().fill('2023-03-01');
  await page.locator('#facts_projectRegion').fill('451228');
  await page.locator('#facts_projectFundsFen').fill('1000000');
  await page.locator('#facts_projectLabourFen').fill('200000');
  await page.locator('#facts_projectLocalWorkers').fill('30');
  await page.locator('#facts_projectApprovalDate').fill('2022-06-01');
  await page.getByTestId('try-run').click();
  const reasons = page.getByTestId('policy-reasons');
  await reasons.waitFor();
  const text = await reasons.innerText();
  for (const part of ['2022年6月1日批复', '不低于30%', '（2022年6月1日起执行）', '还差100000元'])
    expect(text.includes(part), `the reason should say "${part}", got: ${text}`);
  await page.locator('[data-clause="WFR-2022"]').first().hover();
  const tip = page.locator('.ant-tooltip:visible');
  await tip.waitFor();
  expect((await tip.innerText()).includes('以工代赈'), 'hovering a cited clause shows its document');
  await page.screenshot({ path: path.join(resultsDir, 'policy-try-reasons.png'), fullPage: true });
}

export async function whatIfAnswersByPlace({ page, baseUrl }: TestContext): Promise<void> {
  await signIn(page, baseUrl, 'duan_county', DEMO_PASSWORD);
  await page.goto(`${baseUrl}/policy/what-if`);
  await choose(page, page.getByTestId('whatif-program'), '求职交通补贴');
  await choose(page, page.getByTestId('whatif-param'), '求职交通补贴（每年）');
  await page.locator('#first_value').fill('900');
  await page.getByTestId('whatif-run').click();
  const firstCell = page.locator('.ant-table-tbody tr.ant-table-row td').first();
  await firstCell.waitFor();
  const place = await firstCell.innerText();
  expect(place.includes('都安') && !/^\d{6}$/.test(place.trim()), `the region is named, got "${place}"`);
  const header = await page.locator('.ant-table-thead').innerText();
  expect(header.includes('调整前') && header.includes('调整后'), 'counts and money before and after');
  await page.screenshot({ path: path.join(resultsDir, 'policy-what-if.png'), fullPage: true });
}
