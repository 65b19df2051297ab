/** Every staff page opens for the administrator without an error (a smoke test of the menus). */
import path from 'node:path';
import type { TestContext } from './run.js';
import { DEMO_PASSWORD, expect, signIn } from './helpers.js';
import { resultsDir } from './harness.js';

const pages: Array<{ path: string; ready: string }> = [
  { path: '/regions', ready: '.ant-table-row' },
  { path: '/regions/451228', ready: '[data-testid=region-priority]' },
  { path: '/enterprises', ready: '.ant-table-row' },
  { path: '/imports', ready: '.ant-upload-drag' },
  { path: '/users', ready: '.ant-table-row' },
  { path: '/audit', ready: '.ant-table-row' },
];

export async function everyMenuPageOpens({ page, baseUrl }: TestContext): Promise<void> {
  await signIn(page, baseUrl, 'admin', DEMO_PASSWORD);
  for (const p of pages) {
    await page.goto(`${baseUrl}${p.path}`);
    await page.locator(p.ready).first().waitFor();
    const failed = await page.locator('.ant-result-error, .ant-result-403, .ant-result-404').count();
    expect(failed === 0, `${p.path} shows an error page`);
    await page.screenshot({ path: path.join(resultsDir, `page${p.path.replace(/\//g, '_')}.png`), fullPage: true });
  }
  await page.goto(`${baseUrl}/enterprises`);
  await page.locator('.ant-table-row a').first().click();
  await page.getByText('恶意欠薪').first().waitFor();
  await page.screenshot({ path: path.join(resultsDir, 'page_enterprise_detail.png'), fullPage: true });
}

export async function englishSwitchIsRemembered({ page, baseUrl }: TestContext): Promise<void> {
  await signIn(page, baseUrl, 'duan_county', DEMO_PASSWORD);
  await page.locator('.ant-layout-header .ant-select').click();
  await page.locator('.ant-select-item-option').filter({ hasText: 'English' }).click();
  await page.getByText('Registered workers', { exact: true }).waitFor();
  await page.reload();
  await page.getByText('Registered workers', { exact: true }).waitFor();
  const lang = await page.locator('html').getAttribute('lang');
  expect(lang === 'en', `expected <html lang="en">, got "${lang ?? ''}"`);
}
