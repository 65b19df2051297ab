/**
 * (b) A worker with a bad ID check character is refused by the server and the Chinese message
 * appears on the ID field. (d) A pinyin-initials search finds the expected person.
 */
import path from 'node:path';
import type { TestContext } from './run.js';
import { DEMO_PASSWORD, checkCharacter, expect, freshSequence, signIn, withWrongCheck } from './helpers.js';
import { resultsDir } from './harness.js';
import { namePinyin } from '../src/modules/people/pinyin.js';

export async function badIdCheckCharacterIsShownOnTheField({ page, baseUrl }: TestContext): Promise<void> {
  await signIn(page, baseUrl, 'duan_county', DEMO_PASSWORD);
  await page.goto(`${baseUrl}/people/new`);
  const first17 = `45122819880808${freshSequence(1)}`;
  const bad = withWrongCheck(first17 + checkCharacter(first17));
  await page
    .locator('.ant-form-item')
    .filter({ has: page.locator('label', { hasText: /^姓名$/ }) })
    .locator('input')
    .fill('覃测试');
  const idItem = page.locator('.ant-form-item').filter({ has: page.locator('label', { hasText: '公民身份号码' }) });
  await idItem.locator('input').fill(bad);
  const hukou = page.locator('.ant-form-item').filter({ has: page.locator('label', { hasText: '户籍地' }) });
  await hukou.locator('.ant-select').click();
  await hukou.locator('input').fill('451228');
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '451228' }).first().click();
  await page.getByTestId('person-save').click();
  const error = idItem.locator('.ant-form-item-explain-error');
  await error.filter({ hasText: '校验位' }).waitFor();
  const text = await error.innerText();
  expect(text.includes('身份证号码校验位错误'), `expected the Chinese check-character error on the ID field, got "${text}"`);
  expect(page.url().endsWith('/people/new'), 'the refused form must stay open');
}

interface PersonItem {
  id: string;
  name: string;
}
function isPage(v: unknown): v is { items: PersonItem[] } {
  if (typeof v !== 'object' || v === null) return false;
  const items: unknown = Reflect.get(v, 'items');
  return (
    Array.isArray(items) && items.every((i: unknown) => typeof i === 'object' && i !== null && typeof Reflect.get(i, 'name') === 'string')
  );
}

export async function pinyinInitialsSearchFindsThePerson({ page, baseUrl }: TestContext): Promise<void> {
  await signIn(page, baseUrl, 'duan_county', DEMO_PASSWORD);
  const res = await page.request.get(`${baseUrl}/api/v1/people?pageSize=50`);
  const body: unknown = await res.json();
  expect(res.ok() && isPage(body) && body.items.length > 0, 'the demo world should have people in 都安');
  const target = body.items.find((p) => namePinyin(p.name).initials.length >= 2) ?? body.items[0];
  expect(target !== undefined, 'no person to look for');
  const initials = namePinyin(target.name).initials;
  // The list's place names come in one request for the page, not one per code.
  const placeRequests: string[] = [];
  const onRequest = (r: { url(): string }) => {
    if (/\/api\/v1\/regions\/[^/?]+/.test(r.url())) placeRequests.push(r.url());
  };
  page.on('request', onRequest);
  await page.goto(`${baseUrl}/people`);
  await page.getByTestId('people-table').locator('.ant-table-row').first().waitFor();
  await page
    .getByTestId('people-table')
    .getByText(/都安瑶族自治县.+[镇乡]/)
    .first()
    .waitFor();
  page.off('request', onRequest);
  expect(
    placeRequests.length >= 1 && placeRequests.every((u) => u.includes('/regions/names?codes=')),
    `place names should be asked in one batch, got: ${placeRequests.join(', ')}`,
  );
  const box = page.getByTestId('people-search').locator('input');
  await box.fill(initials);
  await box.press('Enter');
  const row = page.getByTestId('people-table').locator('.ant-table-row').filter({ hasText: target.name });
  await row.first().waitFor();
  const names = await page.getByTestId('people-table').locator('.ant-table-row td:first-child').allInnerTexts();
  expect(
    names.every((n) => namePinyin(n).initials.startsWith(initials)),
    `every row should match "${initials}": ${names.join(', ')}`,
  );
  await page.screenshot({ path: path.join(resultsDir, 'people-list-1280.png'), fullPage: true });
}
