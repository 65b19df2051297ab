/** (a) A demo officer signs in and sees the real counts of their jurisdiction, the work waiting and the area charts. */
import path from 'node:path';
import type { TestContext } from './run.js';
import { DEMO_PASSWORD, expect, signIn } from './helpers.js';
import { resultsDir } from './harness.js';

export async function signInAndSeeHomeCounts({ page, baseUrl }: TestContext): Promise<void> {
  await signIn(page, baseUrl, 'duan_county', DEMO_PASSWORD);
  const people = page.getByTestId('stat-people');
  await people.locator('.ant-statistic-content-value').filter({ hasText: /\d/ }).waitFor();
  const text = await people.locator('.ant-statistic-content-value').innerText();
  const count = Number(text.replace(/[^\d]/g, ''));
  expect(Number.isInteger(count) && count > 0, `expected a positive people count, got "${text}"`);
  expect(await page.getByText('登记劳动力').isVisible(), 'the Chinese label of the people count is missing');
  // The role's home: work waiting at the county officer's levels, and the area charts (lazily loaded ECharts).
  await page.getByTestId('work-waiting').waitFor();
  await page.getByTestId('chart-people-by-area').locator('canvas').waitFor();
  await page.getByTestId('chart-poverty-share').locator('canvas').waitFor();
  const label = (await page.getByTestId('chart-people-by-area').getAttribute('aria-label')) ?? '';
  expect(/[镇乡]/.test(label), `the people chart should name townships, got "${label}"`);
  await page.screenshot({ path: path.join(resultsDir, 'home-1280.png'), fullPage: true });
}
