/**
 * Labour sharing (issue 9 point 6; decisions 194-197) in a real browser: the demo employer offers
 * surplus staff from the portal, the 东莞 county officer records a request for another 东莞 firm, the
 * employer takes the proposed pair into an agreement with two of its own 都安 staff and sends it; on
 * a 360-px phone one worker consents and the other declines; the agreement is active for the one
 * who consented and the other is shown as declined.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { TestContext } from './run.js';
import { phoneSignIn, PHONE_WIDTH, staffCall, uniqueName } from './phone.js';
import { DEMO_PASSWORD, expect, signIn } from './helpers.js';
import { resultsDir } from './harness.js';
import { makeIdNumber } from '../src/modules/people/index.js';

/** An occupation no demo listing uses (the demo's sit in other middle groups), so this pair is the only one of its kind. */
const OCCUPATION = '6-28-01-01';
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

async function json(r: Response, what: string): Promise<Record<string, unknown>> {
  const text = await r.text();
  expect(r.ok, `${what} failed: ${r.status} ${text}`);
  const v: unknown = JSON.parse(text);
  expect(typeof v === 'object' && v !== null, `${what}: not an object`);
  return v as Record<string, unknown>;
}

const nameFor = (n: number) => uniqueName('覃', n);

/** A 都安 worker with a phone, employed at the lender since last year (the 都安 county officer records both). */
async function staffMember(baseUrl: string, n: number, lender: { id: string; name: string }): Promise<{ name: string; phone: string }> {
  const county = await staffCall(baseUrl, 'duan_county');
  const name = nameFor(n);
  const phone = `1375${String(n).padStart(7, '0')}`;
  const p = await json(
    await county('POST', '/people', {
      name,
      idNumber: makeIdNumber('451228', '1992-02-02', 200 + (n % 700)),
      phone,
      hukouCode: '451228100',
    }),
    'registering a worker',
  );
  await json(
    await county('POST', `/people/${String(p.id)}/employment`, {
      enterpriseName: lender.name,
      enterpriseId: lender.id,
      divisionCode: '441900',
      startDate: '2025-06-01',
    }),
    'recording the employment',
  );
  return { name, phone };
}

async function answerOnPhone(page: Page, baseUrl: string, phone: string, borrower: string, answer: 'consent' | 'decline'): Promise<void> {
  await page.setViewportSize({ width: PHONE_WIDTH, height: 740 });
  await phoneSignIn(page, baseUrl, phone, { fresh: true });
  // From the jobs tab: its link says an arrangement waits for this worker's own answer.
  await page.goto(`${baseUrl}/m/jobs`);
  const link = page.locator('[data-testid="m-sharing-link"][data-pending="1"]');
  await link.waitFor();
  const linkText = await link.innerText();
  expect(linkText.includes('需要您本人确认'), `the jobs tab should say a sharing arrangement waits, got "${linkText}"`);
  await link.click();
  const card = page.locator('[data-testid="m-sharing-agreement"][data-consent="pending"]').filter({ hasText: borrower });
  await card.waitFor();
  const said = await card.innerText();
  for (const words of ['工资由谁发', '工伤保险由谁交', borrower, '6,000.00'])
    expect(said.includes(words), `the consent page should say ${words}, got "${said}"`);
  const width: unknown = await page.evaluate('document.documentElement.scrollWidth');
  expect(typeof width === 'number' && width <= PHONE_WIDTH, `the consent page is ${String(width)}px wide at ${PHONE_WIDTH}px`);
  if (answer === 'consent') await page.screenshot({ path: path.join(resultsDir, 'mobile-sharing-consent-360.png'), fullPage: true });
  await card.getByTestId(answer === 'consent' ? 'm-sharing-consent' : 'm-sharing-decline').click();
  await page
    .locator(`[data-testid="m-sharing-agreement"][data-consent="${answer === 'consent' ? 'consented' : 'declined'}"]`)
    .filter({ hasText: borrower })
    .waitFor();
}

export async function lenderOffersBorrowerAsksTwoWorkersAnswerOnTheirPhones({ page, baseUrl }: TestContext): Promise<void> {
  const n = Date.now() % 100000;
  const employer = await staffCall(baseUrl, 'dg_employer');
  const mine = await json(await employer('GET', '/employer/enterprise'), 'the employer reads its firm');
  const lender = { id: String(mine.id), name: String(mine.name) };
  const officer = await staffCall(baseUrl, 'dongguan_county');
  const firms = await json(await officer('GET', '/enterprises?addressPrefix=441900&pageSize=50'), 'the officer lists firms');
  const items = Array.isArray(firms.items) ? (firms.items as Array<{ id: string; name: string }>) : [];
  const borrower = items.filter((e) => e.id !== lender.id)[9];
  expect(borrower !== undefined, 'a second 东莞 firm is needed');
  const workers = [await staffMember(baseUrl, n, lender), await staffMember(baseUrl, (n + 1) % 100000, lender)];

  // The lender offers its surplus staff from the portal.
  await signIn(page, baseUrl, 'dg_employer', DEMO_PASSWORD);
  await page.goto(`${baseUrl}/employer/sharing`);
  const form = page.getByTestId('sharing-listing-form');
  await form.locator('#headcount').fill('2');
  await form.locator('#occupations').fill(OCCUPATION);
  await form.locator('#startDate').fill(today());
  await form.locator('#endDate').fill('2027-02-28');
  await form.locator('#placeCode').fill('441900');
  await form.locator('#address').fill('东莞市松山湖园区');
  await page.getByTestId('sharing-publish').click();
  await page.getByTestId('sharing-offers').getByText(OCCUPATION).first().waitFor();

  // The 东莞 county officer records the other firm's request for it (6,000 yuan a month).
  await json(
    await officer('POST', '/sharing/listings', {
      enterpriseId: borrower.id,
      side: 'request',
      headcount: 2,
      occupationCodes: [OCCUPATION],
      skills: '',
      startDate: today(),
      endDate: '2027-01-31',
      placeCode: '441900',
      address: '东莞市长安镇',
      wageFen: 600_000,
    }),
    'the officer records the request',
  );

  // The pair is proposed; the employer drafts the agreement with its two workers and sends it.
  await page.reload();
  const row = page.getByTestId('sharing-proposals').locator('tr').filter({ hasText: borrower.name }).filter({ hasText: '职业相同' });
  await row.first().getByTestId('sharing-draft').click();
  const drawer = page.getByTestId('sharing-agreement-form');
  await drawer.waitFor();
  for (const w of workers) {
    await drawer.locator('#workerIds').click();
    await drawer.locator('#workerIds').fill(w.name);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: w.name }).first().click();
  }
  await page.getByTestId('sharing-save-agreement').click();
  const agreement = page.getByTestId('sharing-agreements').locator('tr').filter({ hasText: borrower.name });
  await agreement.getByTestId('sharing-send').first().click();
  await agreement.locator('[data-testid="sharing-agreement-status"][data-status="awaiting_consent"]').first().waitFor();

  // One consents, the other declines, each on their own phone.
  await answerOnPhone(page, baseUrl, workers[0]?.phone ?? '', borrower.name, 'consent');
  await answerOnPhone(page, baseUrl, workers[1]?.phone ?? '', borrower.name, 'decline');

  // The agreement is active (it starts today) for the one who consented; the other is removed.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.context().clearCookies();
  await signIn(page, baseUrl, 'dg_employer', DEMO_PASSWORD);
  await page.goto(`${baseUrl}/employer/sharing`);
  const done = page.getByTestId('sharing-agreements').locator('tr').filter({ hasText: borrower.name });
  await done.locator('[data-testid="sharing-agreement-status"][data-status="active"]').first().waitFor();
  await page.locator('[data-consent="consented"][data-lent="true"]').first().waitFor();
  await page.locator('[data-consent="declined"][data-lent="false"]').first().waitFor();
  await page.screenshot({ path: path.join(resultsDir, 'employer-sharing.png'), fullPage: true });
}
