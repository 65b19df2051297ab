/**
 * The employer portal (issue 7, point 5): the demo employer (dg_employer) sees its enterprise and
 * its current staff, opens the claim form from a staff row (the person picker works: it searches the
 * employer's own staff), lodges a 以工代训 claim and finds it among its enterprise's claims. The menu
 * offers no page the employer cannot use (no what-if).
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { TestContext } from './run.js';
import { DEMO_PASSWORD, expect, signIn } from './helpers.js';
import { resultsDir } from './harness.js';

async function choose(page: Page, id: string, option: string): Promise<void> {
  await page.locator(`#${id}`).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
  const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  for (let i = 0; i < 100 && (await open.count()) > 0; i++) await page.waitForTimeout(50);
}

async function fillIfPresent(page: Page, id: string, action: (id: string) => Promise<void>): Promise<void> {
  if ((await page.locator(`#${id}`).count()) > 0) await action(id);
}

export async function employerLodgesOnTheJobTraining({ page, baseUrl }: TestContext): Promise<void> {
  await signIn(page, baseUrl, 'dg_employer', DEMO_PASSWORD);
  const enterprise = page.getByTestId('employer-enterprise');
  await enterprise.waitFor();
  expect((await enterprise.innerText()).includes('统一社会信用代码'), 'the enterprise card should show its credit code label');
  expect((await page.getByRole('menuitem').filter({ hasText: '政策测算' }).count()) === 0, 'the what-if page is not for employers');

  const rows = page.getByTestId('employer-people').locator('tbody tr.ant-table-row');
  await rows.first().waitFor();
  const first = rows.first();
  const name = (await first.locator('td').first().innerText()).trim();
  expect(name.length > 0, 'the employer should see at least one employee');
  expect(/\*{6,}/.test(await first.locator('td').nth(1).innerText()), 'ID numbers are masked');

  await first.getByRole('link').click();
  await page.waitForURL(/\/claims\/new\?person=/);
  await page.getByTestId('claim-person').getByText(name).first().waitFor();
  await page.getByTestId('claim-program').getByText('以工代训').first().waitFor();
  await fillIfPresent(page, 'facts_employerSize', (id) => choose(page, id, '小型'));
  await fillIfPresent(page, 'facts_employerHardHit', (id) => choose(page, id, '否'));
  await fillIfPresent(page, 'facts_trainingPlanFiled', (id) => choose(page, id, '是'));
  await fillIfPresent(page, 'facts_employerPaidInsurance', (id) => choose(page, id, '是'));
  await fillIfPresent(page, 'facts_employedNow', (id) => choose(page, id, '是'));
  await fillIfPresent(page, 'facts_onJobTrainingMonths', (id) => page.locator(`#${id}`).fill('3'));
  await fillIfPresent(page, 'facts_onJobMonthsClaimed', (id) => page.locator(`#${id}`).fill('0'));
  await page.screenshot({ path: path.join(resultsDir, 'employer-claim-form.png'), fullPage: true });
  await page.getByTestId('claim-submit').click();
  await page.waitForURL(/\/claims\/[0-9a-f-]{36}$/);
  await page.getByTestId('claim-status').filter({ hasText: '待乡镇初审' }).first().waitFor();

  // Back home: the claim is among the enterprise's claims, with the employee's name.
  await page.goto(`${baseUrl}/`);
  const claims = page.getByTestId('employer-claims');
  await claims.getByText(name).first().waitFor();
  await page.screenshot({ path: path.join(resultsDir, 'employer-home.png'), fullPage: true });
}
