/**
 * The unemployment register (issue 10, point 1; decision 143) in a real browser: a worker of 都安
 * insured in 东莞 registers from the phone at 360 px at the insured place; another is refused at a
 * county that is none of their four places and sees the four named; a 都安 county officer registers
 * a person in the staff app, starts services and opens the certificate with the number. axe on the
 * phone page (WCAG 2.1 A/AA) finds nothing serious or critical.
 */
import path from 'node:path';
import type { TestContext } from './run.js';
import { axe, noSidewaysScroll, phoneSignIn, PHONE_WIDTH, staffCall, uniqueName } from './phone.js';
import { DEMO_PASSWORD, expect, signIn } from './helpers.js';
import { resultsDir } from './harness.js';
import { makeIdNumber } from '../src/modules/people/index.js';

/** A name no demo person carries (韦三七五). */
const nameFor = (n: number) => uniqueName('韦', n);

/** Registers a 都安 person (household and residence 都安, working and insured in 东莞) as the 都安 county officer. */
async function registerPerson(baseUrl: string, n: number, phone: string | null): Promise<string> {
  const county = await staffCall(baseUrl, 'duan_county');
  const name = nameFor(n);
  const r = await county('POST', '/people', {
    name,
    idNumber: makeIdNumber('451228', '1991-06-15', 100 + (n % 800)),
    ...(phone ? { phone } : {}),
    hukouCode: '451228',
    residenceCode: '451228',
    employmentCode: '441900101',
    insuredCode: '441900',
  });
  expect(r.ok, `registering the person failed: ${r.status} ${await r.text()}`);
  return name;
}

/** (a) A worker insured in 东莞 registers from the phone at the insured place. */
export async function workerRegistersAtTheInsuredPlaceFromThePhone({ page, baseUrl }: TestContext): Promise<void> {
  const n = Date.now() % 100000;
  const phone = `1371${String(n).padStart(7, '0')}`;
  await registerPerson(baseUrl, n, phone);
  await page.setViewportSize({ width: PHONE_WIDTH, height: 740 });
  await phoneSignIn(page, baseUrl, phone);
  await page.getByTestId('m-tab-unemployment').click();
  await page.getByTestId('m-unemployment').waitFor();
  await page.getByText('您还没有办理过失业登记。').waitFor();
  // The four places are offered by name, from the record.
  const insured = page.getByTestId('m-unemployment-place-insured');
  await insured.getByText(/参保地：.*东莞市/).waitFor();
  await page
    .getByTestId('m-unemployment-place-hukou')
    .getByText(/户籍地：.*都安瑶族自治县/)
    .waitFor();
  await axe(page, 'unemployment page before registering');
  await noSidewaysScroll(page, 'unemployment page');
  await insured.click();
  expect((await insured.getAttribute('aria-pressed')) === 'true', 'the chosen place should be marked');
  await page.getByTestId('m-unemployment-submit').click();
  const card = page.locator('[data-testid="m-unemployment-registration"][data-status="registered"]');
  await card.waitFor();
  const number = (await card.getByTestId('m-unemployment-number').innerText()).trim();
  expect(number.length > 0, 'the registration should show its number');
  const place = await card.getByTestId('m-unemployment-place').innerText();
  expect(place.includes('参保地') && place.includes('东莞'), `the place should read 参保地 东莞, got "${place}"`);
  expect((await card.getByTestId('m-unemployment-status').innerText()).includes('已登记'), 'the status reads 已登记');
  await card.getByTestId('m-unemployment-history').getByText('办理失业登记').waitFor();
  await page.getByTestId('m-unemployment-active').waitFor();
  expect((await page.getByTestId('m-unemployment-form').count()) === 0, 'no second registration is offered while one is in force');
  await axe(page, 'unemployment page with a registration');
  await noSidewaysScroll(page, 'unemployment page with a registration');
  await page.screenshot({ path: path.join(resultsDir, 'mobile-unemployment-360.png'), fullPage: true });
}

/** (b) At a county that is none of the four places the refusal names all four. */
export async function workerRefusedElsewhereSeesTheirFourPlaces({ page, baseUrl }: TestContext): Promise<void> {
  const n = (Date.now() + 417) % 100000;
  const phone = `1372${String(n).padStart(7, '0')}`;
  await registerPerson(baseUrl, n, phone);
  await page.setViewportSize({ width: PHONE_WIDTH, height: 740 });
  await phoneSignIn(page, baseUrl, phone);
  await page.goto(`${baseUrl}/m/unemployment`);
  await page.getByTestId('m-unemployment-form').waitFor();
  await page.getByTestId('m-unemployment-place-other').click();
  await page.getByTestId('m-unemployment-code').fill('450102');
  await page.getByTestId('m-unemployment-submit').click();
  const refused = page.getByTestId('m-unemployment-refused');
  await refused.waitFor();
  const said = await refused.innerText();
  for (const words of ['户籍地', '常住地', '就业地', '参保地', '都安瑶族自治县', '东莞市'])
    expect(said.includes(words), `the refusal should name the worker's places (${words}), got "${said}"`);
  expect(!/unemployment_place_refused|422/.test(said), 'no code is shown to the worker');
  expect((await page.locator('[data-testid="m-unemployment-registration"]').count()) === 0, 'nothing was registered');
  await axe(page, 'unemployment refusal');
  await noSidewaysScroll(page, 'unemployment refusal');
  await page.screenshot({ path: path.join(resultsDir, 'mobile-unemployment-refused-360.png'), fullPage: true });
}

/** (c) The 都安 county officer registers a person, starts services and opens the certificate. */
export async function countyOfficerRegistersStartsServicesAndPrints({ page, baseUrl }: TestContext): Promise<void> {
  const n = (Date.now() + 833) % 100000;
  const name = await registerPerson(baseUrl, n, null);
  await signIn(page, baseUrl, 'duan_county', DEMO_PASSWORD);
  await page.goto(`${baseUrl}/unemployment`);
  await page.getByTestId('unemployment-register').click();
  await page.locator('#personId').click();
  await page.locator('#personId').fill(name);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: name }).first().click();
  await page
    .locator('.ant-modal')
    .getByRole('button', { name: /OK|确\s*定/ })
    .click();
  await page.waitForURL(/\/unemployment\/[^/]+$/);
  const title = page.locator('.ant-card-head-title');
  await title.getByText(/失业登记 \S+/).waitFor();
  const number = (await title.innerText()).replace('失业登记', '').trim();
  expect(number.length > 0, 'the registration page should carry the number');
  await page.getByRole('button', { name: '开始提供服务' }).click();
  await page.locator('.ant-descriptions').getByText('接受服务中').waitFor();
  const [print] = await Promise.all([page.context().waitForEvent('page'), page.getByText('打印登记证明').click()]);
  await print.waitForLoadState();
  await print.getByText('失业登记证明').first().waitFor();
  await print.getByText(number).first().waitFor();
  await print.getByText(name).first().waitFor();
  await print.screenshot({ path: path.join(resultsDir, 'unemployment-certificate.png'), fullPage: true });
}
