/**
 * Layout (issue 7, point 12): every staff page at 360 px scrolls only vertically (tables scroll in
 * their own box) with a usable header; at 1440 px the frame fills the width with no stray margin.
 * Actions show only for users who can take them.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { TestContext } from './run.js';
import { DEMO_PASSWORD, expect, signIn } from './helpers.js';
import { resultsDir } from './harness.js';
import { signInAs, staffPages, visit } from './staff-pages.js';

interface Overflow {
  scrollWidth: number;
  width: number;
  culprits: string[];
}

const OVERFLOW = `(() => {
  const width = document.documentElement.clientWidth;
  const culprits = [];
  for (const el of Array.from(document.querySelectorAll('body *'))) {
    const r = el.getBoundingClientRect();
    if (r.right > width + 1 && r.width > 0 && getComputedStyle(el).position !== 'fixed' && !el.closest('.ant-table-content, .ant-drawer'))
      culprits.push(el.tagName.toLowerCase() + '.' + String(el.className).split(' ').slice(0, 2).join('.') + ' → ' + Math.round(r.right));
    if (culprits.length >= 5) break;
  }
  return { scrollWidth: document.documentElement.scrollWidth, width, culprits };
})()`;

async function overflow(page: Page): Promise<Overflow> {
  const o: unknown = await page.evaluate(OVERFLOW);
  if (typeof o !== 'object' || o === null) throw new Error('no measurement');
  const num = (k: string) => Number(Reflect.get(o, k));
  const culprits: unknown = Reflect.get(o, 'culprits');
  return { scrollWidth: num('scrollWidth'), width: num('width'), culprits: Array.isArray(culprits) ? culprits.map(String) : [] };
}

export async function everyStaffPageFitsA360PixelScreen({ page, baseUrl }: TestContext): Promise<void> {
  const pages = await staffPages(page, baseUrl);
  await page.setViewportSize({ width: 360, height: 760 });
  const current = { user: null as string | null };
  const problems: string[] = [];
  for (const p of pages) {
    await signInAs(page, baseUrl, p.user, current);
    await visit(page, baseUrl, p.path);
    const o = await overflow(page);
    if (o.scrollWidth > o.width) problems.push(`${p.path} (${p.user}): page is ${o.scrollWidth}px wide: ${o.culprits.join(', ')}`);
    // The header keeps the menu button, the language and the user menu inside the screen.
    for (const id of ['menu-button', 'user-menu']) {
      const box = await page.getByTestId(id).boundingBox();
      if (!box || box.x < 0 || box.x + box.width > o.width) problems.push(`${p.path}: ${id} is off screen`);
    }
  }
  await visit(page, baseUrl, '/people');
  await page.screenshot({ path: path.join(resultsDir, 'layout-360-people.png'), fullPage: true });
  expect(problems.length === 0, `pages wider than 360 px:\n${problems.join('\n')}`);
}

const FRAME = `(() => {
  const right = (sel) => { const el = document.querySelector(sel); return el ? el.getBoundingClientRect().right : 0; };
  const left = (sel) => { const el = document.querySelector(sel); return el ? el.getBoundingClientRect().left : -1; };
  return {
    main: right('main'),
    header: right('.ant-layout-header'),
    siderLeft: left('.ant-layout-sider'),
    siderRight: right('.ant-layout-sider'),
    mainLeft: left('main'),
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  };
})()`;

async function frame(
  page: Page,
): Promise<Record<'main' | 'header' | 'siderLeft' | 'siderRight' | 'mainLeft' | 'scroll' | 'client', number>> {
  const m: unknown = await page.evaluate(FRAME);
  const get = (k: string) => (typeof m === 'object' && m !== null ? Number(Reflect.get(m, k)) : NaN);
  return {
    main: get('main'),
    header: get('header'),
    siderLeft: get('siderLeft'),
    siderRight: get('siderRight'),
    mainLeft: get('mainLeft'),
    scroll: get('scroll'),
    client: get('client'),
  };
}

export async function theFrameFills1440Pixels({ page, baseUrl }: TestContext): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, baseUrl, 'duan_county', DEMO_PASSWORD);
  for (const p of ['/', '/people', '/enterprises', '/regions/451228']) {
    await visit(page, baseUrl, p);
    const m = await frame(page);
    // The vertical scroll bar takes its width from the viewport: measure against the client width.
    expect(m.scroll === m.client, `${p}: the page is ${m.scroll}px wide in a ${m.client}px window`);
    // Edge to edge: the browser's 8 px body margin once framed every page (sider from 8, content to 1432).
    expect(m.siderLeft === 0, `${p}: the menu starts at ${m.siderLeft}px, not at the edge`);
    expect(
      m.main === m.client && m.header === m.client,
      `${p}: content ends at ${m.main}px and header at ${m.header}px, not at the edge (${m.client})`,
    );
    expect(Math.abs(m.mainLeft - m.siderRight) <= 1, `${p}: a gap between the menu (${m.siderRight}) and the content (${m.mainLeft})`);
  }
  await page.screenshot({ path: path.join(resultsDir, 'layout-1440-regions.png'), fullPage: true });
}

export async function actionsShowOnlyForThoseWhoMayTakeThem({ page, baseUrl }: TestContext): Promise<void> {
  // The auditor reads the registry but may not register, edit, export or reveal.
  await signIn(page, baseUrl, 'guangxi_auditor', DEMO_PASSWORD);
  await visit(page, baseUrl, '/people');
  const texts = await page.locator('main button').allInnerTexts();
  expect(!texts.some((t) => t.includes('登记劳动力') || t.includes('导出')), `the auditor sees write actions: ${texts.join(', ')}`);
  await page.locator('[data-testid=people-table] .ant-table-row a').first().click();
  await page.locator('.ant-descriptions').first().waitFor();
  expect((await page.getByRole('button', { name: '编辑' }).count()) === 0, 'the auditor sees an edit button');
  expect((await page.locator('[data-testid^=reveal-]').count()) >= 0, 'masked values are shown');
  expect((await page.getByRole('button', { name: '查看' }).count()) === 0, 'the auditor sees a reveal button');
  // The menu has no entry the role cannot open.
  const menu = await page.locator('.ant-layout-sider .ant-menu-item').allInnerTexts();
  for (const forbidden of ['批量导入', '账户管理', '新建申请', '政策参数'])
    expect(!menu.includes(forbidden), `the auditor's menu shows ${forbidden}: ${menu.join(', ')}`);
  await page.context().clearCookies();
  // The county officer registers and edits.
  await signIn(page, baseUrl, 'duan_county', DEMO_PASSWORD);
  await visit(page, baseUrl, '/people');
  expect((await page.getByRole('button', { name: /登记劳动力/ }).count()) === 1, 'the officer should see the register button');
}

/**
 * A county officer has some thirty pages: the menu shows them in five folding sections beside the
 * home page, the current page's section open and its entry selected; a role with few pages (the
 * employer) keeps one flat list.
 */
export async function theOfficersMenuFoldsIntoSections({ page, baseUrl }: TestContext): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, baseUrl, 'duan_county', DEMO_PASSWORD);
  await visit(page, baseUrl, '/complaints');
  const top = await page.locator('.ant-layout-sider .ant-menu-root > li').allInnerTexts();
  expect(top.length <= 6, `the top level should be home and five sections, got ${top.length}: ${top.join(' | ')}`);
  const open = await page.locator('.ant-layout-sider .ant-menu-submenu-open > .ant-menu-submenu-title').allInnerTexts();
  expect(
    open.length === 1 && (open[0] ?? '').includes('援助与维权'),
    `the complaints page's section should be open, got ${open.join(', ')}`,
  );
  const selected = await page.locator('.ant-layout-sider .ant-menu-item-selected').allInnerTexts();
  expect(
    selected.length === 1 && (selected[0] ?? '').includes('欠薪投诉'),
    `the complaints entry should be selected, got ${selected.join(', ')}`,
  );
  await page.locator('.ant-layout-sider .ant-menu-submenu-title').filter({ hasText: '登记管理' }).click();
  await page.locator('.ant-layout-sider .ant-menu-item').filter({ hasText: '劳动力名册' }).click();
  await page.waitForURL(/\/people$/);
  await page.context().clearCookies();
  await signIn(page, baseUrl, 'dg_employer', DEMO_PASSWORD);
  await visit(page, baseUrl, '/');
  expect((await page.locator('.ant-layout-sider .ant-menu-submenu').count()) === 0, "the employer's few pages should stay one flat list");
  expect((await page.locator('.ant-layout-sider .ant-menu-item').count()) >= 3, "the employer's menu should list its pages");
}
