/**
 * WCAG 2.1 AA in Chromium (issue 7, point 14): axe-core on every staff page finds no serious or
 * critical violation; the skip link, the page heading and the menu work from the keyboard.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { TestContext } from './run.js';
import { DEMO_PASSWORD, expect, signIn } from './helpers.js';
import { repoRoot } from './harness.js';
import { signInAs, staffPages, visit } from './staff-pages.js';

const axeSource = fs.readFileSync(path.join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

async function axe(page: Page): Promise<Violation[]> {
  // Evaluated through the DevTools protocol: the app's Content-Security-Policy refuses inline scripts.
  await page.evaluate(axeSource);
  const found: unknown = await page.evaluate(`(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  })()`);
  return Array.isArray(found) ? found.filter(isViolation) : [];
}

function isViolation(v: unknown): v is Violation {
  return typeof v === 'object' && v !== null && typeof Reflect.get(v, 'id') === 'string' && Array.isArray(Reflect.get(v, 'nodes'));
}

const activeTag = (page: Page) => page.evaluate('document.activeElement ? document.activeElement.tagName : ""');
const activeClass = (page: Page) => page.evaluate('document.activeElement ? String(document.activeElement.className) : ""');

export async function axeFindsNoSeriousViolationOnAnyStaffPage({ page, baseUrl }: TestContext): Promise<void> {
  const pages = await staffPages(page, baseUrl);
  const current = { user: null as string | null };
  const problems: string[] = [];
  for (const p of [{ path: '/login', user: '' }, ...pages]) {
    if (p.user) await signInAs(page, baseUrl, p.user, current);
    if (p.path === '/login') await page.goto(`${baseUrl}/login`);
    else await visit(page, baseUrl, p.path);
    await page.locator('h1').first().waitFor();
    const serious = (await axe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    for (const v of serious)
      problems.push(`${p.path} (${p.user || 'visitor'}): ${v.id} [${v.impact}] ${v.help} — ${JSON.stringify(v.nodes)}`);
  }
  expect(problems.length === 0, `axe found serious or critical violations:\n${problems.join('\n')}`);
}

export async function everyPageHasOneHeadingAndItsOwnTitle({ page, baseUrl }: TestContext): Promise<void> {
  const pages = (await staffPages(page, baseUrl)).filter((p) => p.user === 'admin');
  await signIn(page, baseUrl, 'admin', DEMO_PASSWORD);
  const titles = new Map<string, string>();
  for (const p of pages) {
    await visit(page, baseUrl, p.path);
    const h1 = await page.locator('h1').count();
    expect(h1 === 1, `${p.path} has ${h1} <h1> elements`);
    const heading = (await page.locator('h1').innerText()).trim();
    const title = await page.title();
    expect(title.startsWith(heading) && title !== '务工', `${p.path}: title "${title}" should start with the heading "${heading}"`);
    titles.set(p.path, title);
  }
  const distinct = new Set(titles.values());
  expect(distinct.size >= 10, `pages should carry their own titles, got ${[...distinct].join(' | ')}`);
}

export async function keyboardReachesContentAndMenu({ page, baseUrl }: TestContext): Promise<void> {
  await signIn(page, baseUrl, 'duan_county', DEMO_PASSWORD);
  await visit(page, baseUrl, '/people');
  // The first Tab stop is the skip link; Enter moves focus to the page heading.
  await page.keyboard.press('Tab');
  const first = await activeClass(page);
  expect(String(first).includes('skip-link'), `the first Tab stop should be the skip link, got "${String(first)}"`);
  await page.keyboard.press('Enter');
  const focused = await activeTag(page);
  expect(focused === 'H1', `the skip link should move focus to the heading, got ${String(focused)}`);
  // After navigating through the menu, focus is on the new page's heading.
  // The officer's menu folds into sections: open 登记管理 from the keyboard, then take the entry.
  const section = page.locator('.ant-layout-sider .ant-menu-submenu').filter({ hasText: '登记管理' });
  const isOpen = () => section.evaluate((el) => el.classList.contains('ant-menu-submenu-open'));
  const title = section.locator('.ant-menu-submenu-title');
  if (await isOpen()) await title.click();
  await title.focus();
  await page.keyboard.press('Enter');
  expect(await isOpen(), 'Enter on a closed section should open it');
  await page.locator('.ant-layout-sider .ant-menu-item').filter({ hasText: '用人单位' }).click();
  await page.waitForURL(/\/enterprises$/);
  // Polled with evaluate: waitForFunction needs eval, which the app's Content-Security-Policy refuses.
  let onHeading = false;
  for (let i = 0; i < 50 && !onHeading; i++) {
    onHeading = (await activeTag(page)) === 'H1' && (await page.locator('h1').innerText()) === '用人单位';
    if (!onHeading) await page.waitForTimeout(100);
  }
  expect(onHeading, 'after navigation focus should be on the new page heading');
  // Narrow screen: the menu opens from a button with the keyboard and its entries are reachable.
  await page.setViewportSize({ width: 360, height: 760 });
  const button = page.getByTestId('menu-button');
  await button.waitFor();
  await button.focus();
  await page.keyboard.press('Enter');
  await page.locator('.ant-drawer .ant-menu-item').first().waitFor();
  const expanded = await button.getAttribute('aria-expanded');
  expect(expanded === 'true', 'the menu button should say the menu is open');
  await page.locator('.ant-drawer .ant-menu-item').filter({ hasText: '劳动力名册' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/people$/);
}
