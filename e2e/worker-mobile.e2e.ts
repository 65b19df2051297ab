/**
 * The worker's phone pages at 360 × 740: the demo worker signs in by phone and SMS code, sees what
 * they are entitled to, claims (the server's "please fill" errors appear on the fields first), a
 * county officer refuses the claim with a reason through the API, and the worker's claims page shows
 * that reason and the reconsideration button. No page scrolls sideways.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { TestContext } from './run.js';
import { axe, demoSmsCode, noSidewaysScroll, phoneSignIn, PHONE_WIDTH, staffCall } from './phone.js';
import { DEMO_PASSWORD, expect, signIn } from './helpers.js';
import { resultsDir } from './harness.js';
import { DEMO_WORKER } from '../src/demo/accounts.js';
import { makeIdNumber } from '../src/modules/people/index.js';

const REFUSAL = '营业执照照片不清楚，请重新上传';
/** A 1 × 1 PNG as evidence. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: path.join(resultsDir, `mobile-${name}-360.png`), fullPage });
}

export async function workerSignsInClaimsAndSeesTheRefusal({ page, baseUrl }: TestContext): Promise<void> {
  await page.setViewportSize({ width: PHONE_WIDTH, height: 740 });
  await page.goto(`${baseUrl}/m`);
  await page.getByTestId('m-phone').waitFor();
  expect(page.url().endsWith('/m/login'), `an anonymous visitor should land on the sign-in page, got ${page.url()}`);
  await noSidewaysScroll(page, 'sign-in');
  await page.getByTestId('m-phone').fill(DEMO_WORKER.phone);
  await page.getByTestId('m-send-code').click();
  await page.getByText(/秒后可重发/).waitFor();
  await shot(page, 'login');
  await page.getByTestId('m-code').fill(await demoSmsCode(page, baseUrl, DEMO_WORKER.phone));
  await page.getByTestId('m-login-submit').click();

  // What am I entitled to?
  await page.getByTestId('m-entitlements').waitFor();
  await page.getByText('我能享受哪些政策？').waitFor();
  const cards = page.locator('[data-testid^="m-entitlement-"][data-status]');
  // The heading shows before the list has loaded: wait for the fifth card rather than count at once.
  await cards.nth(4).waitFor();
  expect((await cards.count()) >= 5, 'every program should be listed');
  const statuses = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
  expect(
    statuses.every((s) => s === 'eligible' || s === 'not_eligible' || s === 'needs_facts'),
    `unexpected statuses ${statuses.join(',')}`,
  );
  await noSidewaysScroll(page, 'entitlements');
  await shot(page, 'entitlements');
  await shot(page, 'entitlements-screen', false);

  // Claim the start-up subsidy: an empty form is refused and the server's messages land on the fields.
  await page.getByTestId('m-apply-entrepreneurship-subsidy').click();
  await page.getByTestId('m-claim-form').waitFor();
  await page.getByTestId('m-fact-businessLicenceDate').waitFor();
  await page.getByTestId('m-claim-submit').click();
  await page.getByTestId('m-error-businessLicenceDate').filter({ hasText: '营业执照登记日期' }).waitFor();
  await noSidewaysScroll(page, 'claim form with errors');
  await shot(page, 'claim-errors');
  await page.getByTestId('m-fact-businessLicenceDate').fill('2026-03-01');
  await page.getByTestId('m-fact-businessKind').selectOption('individual');
  await page.getByTestId('m-fact-businessRegion').selectOption({ index: 1 });
  for (const key of ['returnedFromWorkAway', 'firstBusiness', 'operatingNormally'])
    await page.getByTestId(`m-fact-${key}`).getByRole('button', { name: '是' }).click();
  await page.getByTestId('m-evidence-input').setInputFiles({ name: '营业执照.png', mimeType: 'image/png', buffer: PNG });
  await page.getByTestId('m-evidence-list').getByText('营业执照.png').waitFor();
  await page.getByTestId('m-claim-submit').click();
  await page.getByTestId('m-claims').waitFor();
  const card = page.locator('[data-testid^="m-claim-"][data-status="submitted"]').first();
  await card.getByText('已提交，等待乡镇审核').waitFor();
  const testId = await card.getAttribute('data-testid');
  const claimId = testId?.replace('m-claim-', '') ?? '';
  expect(claimId !== '', 'the new claim should be listed');

  // The county office refuses it with a reason (the worker's household is registered in 都安).
  const county = await staffCall(baseUrl, 'duan_county');
  const refused = await county('POST', `/claims/${claimId}/review`, { outcome: 'refuse', reason: REFUSAL });
  expect(refused.ok, `the refusal failed: ${refused.status} ${await refused.text()}`);
  const detail: unknown = await (await county('GET', `/claims/${claimId}`)).json();
  const evidence: unknown = typeof detail === 'object' && detail !== null ? Reflect.get(detail, 'evidence') : undefined;
  expect(Array.isArray(evidence) && evidence.length === 1, 'the evidence photo should be attached to the claim');

  await page.getByTestId('m-tab-entitlements').click();
  await page.getByTestId('m-entitlements').waitFor();
  await page.getByTestId('m-tab-claims').click();
  const mine = page.getByTestId(`m-claim-${claimId}`);
  await mine.getByText('没有通过').waitFor();
  const reason = await mine.getByTestId('m-refusal-reason').innerText();
  expect(reason.includes(REFUSAL), `the refusal reason should be shown, got "${reason}"`);
  await mine.getByTestId('m-reconsider').waitFor();
  await noSidewaysScroll(page, 'my claims');
  await shot(page, 'claims-refused');

  // My record, unmasked; and the English switch.
  await page.getByTestId('m-tab-record').click();
  await page.getByTestId('m-record').getByText(DEMO_WORKER.phone).waitFor();
  await noSidewaysScroll(page, 'my record');
  await shot(page, 'record');
  await page.getByTestId('m-language').click();
  await page.getByText('My registry record').waitFor();
  await page.getByTestId('m-tab-claims').click();
  await page.getByText('Reason for refusal').first().waitFor();
  await noSidewaysScroll(page, 'my claims in English');
  await shot(page, 'claims-en');
}

/**
 * A phone that is not on any record (decision 105): the worker lands on the binding page, sends a
 * request with ID number and name and sees that it waits; the township officer confirms it in the
 * staff queue; the worker checks again and reaches their benefits and their record.
 */
export async function workerWithANewPhoneAsksAndTheOfficerConfirms({ page, baseUrl }: TestContext): Promise<void> {
  // 蓝春燕, a returnee of 安阳镇 seeded by src/demo/claims.ts, registered without a phone.
  const idNumber = makeIdNumber('451228', '1990-04-12', 62);
  await page.setViewportSize({ width: PHONE_WIDTH, height: 740 });
  await phoneSignIn(page, baseUrl, '13600007777', { landing: null });
  await page.getByTestId('m-id-number').waitFor();
  expect(page.url().endsWith('/m/bind'), `an unbound worker should land on the binding page, got ${page.url()}`);
  await page.getByTestId('m-id-number').fill(idNumber);
  await page.getByTestId('m-name').fill('蓝春燕');
  await page.getByTestId('m-bind-note').fill('换了新手机号');
  await page.getByTestId('m-bind-submit').click();
  await page.getByTestId('m-bind-sent').waitFor();
  await page.locator('[data-testid="m-bind-request"][data-status="pending"]').waitFor();
  const shown = await page.locator('main').innerText();
  expect(!shown.includes(idNumber.slice(6, 14)), 'nothing of the record (not even the birth date) is shown before an officer confirms');
  await noSidewaysScroll(page, 'binding request sent');
  await shot(page, 'bind-pending');

  // The township officer confirms in the staff app's queue.
  const browser = page.context().browser();
  expect(browser !== null, 'the test runs in a browser');
  const staff = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  try {
    const office = await staff.newPage();
    await signIn(office, baseUrl, 'duan_town', DEMO_PASSWORD);
    await office.goto(`${baseUrl}/bindings`);
    const row = office.locator('[data-testid="bindings-table"] tr', { hasText: '换了新手机号' });
    await row.getByText('蓝春燕').first().waitFor();
    await office.screenshot({ path: path.join(resultsDir, 'bindings-queue.png'), fullPage: true });
    await row.getByTestId('binding-confirm').click();
    await office.locator('.ant-popconfirm .ant-btn-primary').click();
    await office.getByText('已绑定').first().waitFor();
  } finally {
    await staff.close();
  }

  await page.getByTestId('m-bind-check').click();
  await page.getByTestId('m-entitlements').waitFor();
  await page.getByTestId('m-tab-record').click();
  await page.getByTestId('m-record').getByText(idNumber).waitFor();
  await noSidewaysScroll(page, 'record after binding');
}

/** Registers a person of 都安 working in 东莞 (poverty-registered, 低保 household) whose record carries the phone. */
async function registerWorker(baseUrl: string, phone: string): Promise<void> {
  const county = await staffCall(baseUrl, 'duan_county');
  const seq = String(100 + (Number(phone.slice(-4)) % 800)).padStart(3, '0');
  const r = await county('POST', '/people', {
    name: '韦小梅',
    idNumber: makeIdNumber('451228', '1992-03-08', Number(seq)),
    phone,
    hukouCode: '451228',
    residenceCode: '451228',
    employmentCode: '441900',
    povertyRegistered: true,
    dibao: true,
  });
  expect(r.ok, `registering the worker failed: ${r.status} ${await r.text()}`);
}

/**
 * A worker's entitlements at 360 px in the three answers: 暂不符合 with the reason (working, so no
 * temporary relief), 需要补充 with the questions (the travel subsidy), and, once the two questions
 * are answered on the claim form, 可以享受 with the amount (¥1,000 for a 低保 household of 都安), on the
 * form and then on the list (the answers kept on the phone) until the worker clears them.
 * Only programs a person claims are listed. axe finds nothing serious on any worker page.
 */
export async function entitlementsInThreeAnswersAndAxeOnEveryWorkerPage({ page, baseUrl }: TestContext): Promise<void> {
  const phone = `1390000${String(Date.now() % 10000).padStart(4, '0')}`;
  await registerWorker(baseUrl, phone);
  await page.setViewportSize({ width: PHONE_WIDTH, height: 740 });
  await page.goto(`${baseUrl}/m`);
  await page.getByTestId('m-phone').waitFor();
  expect((await page.title()).includes('登录'), `the sign-in page should say so in its title, got "${await page.title()}"`);
  await axe(page, 'sign-in');
  await phoneSignIn(page, baseUrl, phone, { landing: null });

  await page.getByTestId('m-entitlements').waitFor();
  await page.getByText('我能享受哪些政策？').waitFor();
  const ids = await page
    .locator('[data-testid^="m-entitlement-"][data-status]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
  expect(!ids.includes('m-entitlement-work-for-relief'), 'a project rule is not a worker benefit');
  expect(!ids.includes('m-entitlement-on-the-job-training'), "an employer's subsidy is not a worker benefit");
  const relief = page.getByTestId('m-entitlement-temporary-relief');
  expect((await relief.getAttribute('data-status')) === 'not_eligible', 'a working person gets no temporary relief');
  await relief.getByText('暂不符合').waitFor();
  await relief.getByText('目前在职的').waitFor();
  const travel = page.getByTestId('m-entitlement-job-seeking-subsidy');
  expect((await travel.getAttribute('data-status')) === 'needs_facts', 'the travel subsidy waits for two answers');
  await travel.getByText('需要补充').waitFor();
  const asked = await travel.getByTestId('m-entitlement-needed').innerText();
  expect(
    asked.includes('外出') && asked.includes('本年度'),
    `the travel subsidy should ask months away and this year's payment, got "${asked}"`,
  );
  await travel.getByTestId('m-read-job-seeking-subsidy').waitFor();
  await noSidewaysScroll(page, 'entitlements');
  await shot(page, 'entitlements-three-states');
  await axe(page, 'entitlements');

  await travel.getByTestId('m-apply-job-seeking-subsidy').click();
  await page.getByTestId('m-claim-form').waitFor();
  await page.getByTestId('m-fact-monthsEmployedAway').fill('3');
  await page.getByTestId('m-fact-jobSeekingPaidThisYear').getByRole('button', { name: '否' }).click();
  await page.getByTestId('m-claim-check').click();
  const result = page.getByTestId('m-check-result');
  await result.waitFor();
  expect((await result.getAttribute('data-status')) === 'eligible', 'three months away and not yet paid this year: eligible');
  await result.getByText('可以享受').waitFor();
  const amount = await result.getByTestId('m-entitlement-amount').innerText();
  expect(amount.includes('1,000') || amount.includes('1000'), `a 低保 household gets ¥1,000, got "${amount}"`);
  await page.getByTestId('m-fact-monthsEmployedAway').fill('2');
  await page.getByTestId('m-claim-check').click();
  await page.locator('[data-testid="m-check-result"][data-status="not_eligible"]').getByText('暂不符合').waitFor();
  await noSidewaysScroll(page, 'claim form with a check');
  await shot(page, 'claim-check');
  await axe(page, 'claim form');

  // The list counts the answers this phone kept (decision 230): answered, the travel subsidy says
  // 可以享受 with its amount there too; cleared, it asks again.
  await page.getByTestId('m-fact-monthsEmployedAway').fill('3');
  await page.getByTestId('m-claim-check').click();
  await page.locator('[data-testid="m-check-result"][data-status="eligible"]').waitFor();
  await page.getByTestId('m-tab-entitlements').click();
  await page.getByTestId('m-kept-answers').waitFor();
  const listed = page.locator('[data-testid="m-entitlement-job-seeking-subsidy"][data-status="eligible"]');
  await listed.getByText('可以享受').waitFor();
  const listedAmount = await listed.getByTestId('m-entitlement-amount').innerText();
  expect(listedAmount.includes('1,000') || listedAmount.includes('1000'), `the list should show ¥1,000, got "${listedAmount}"`);
  await noSidewaysScroll(page, 'entitlements with kept answers');
  await shot(page, 'entitlements-eligible-on-the-list');
  await axe(page, 'entitlements with kept answers');
  await page.getByTestId('m-forget-answers').click();
  await page.locator('[data-testid="m-entitlement-job-seeking-subsidy"][data-status="needs_facts"]').waitFor();
  expect((await page.getByTestId('m-kept-answers').count()) === 0, 'cleared answers are not mentioned');

  await page.getByTestId('m-tab-claims').click();
  await page.getByTestId('m-claims').waitFor();
  await axe(page, 'my claims');
  await page.getByTestId('m-tab-record').click();
  await page.getByTestId('m-record').waitFor();
  await axe(page, 'my record');

  // The binding page, as a phone that no record carries sees it.
  const other = await page
    .context()
    .browser()
    ?.newContext({ viewport: { width: PHONE_WIDTH, height: 740 }, locale: 'zh-CN' });
  expect(other !== undefined, 'a second context');
  try {
    const p2 = await other.newPage();
    await phoneSignIn(p2, baseUrl, `1360000${String(Date.now() % 10000).padStart(4, '0')}`, { landing: null });
    await p2.getByTestId('m-id-number').waitFor();
    await axe(p2, 'binding');
  } finally {
    await other.close();
  }
}
