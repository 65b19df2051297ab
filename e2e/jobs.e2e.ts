/**
 * Jobs (issue 9, point 9): the demo worker of 都安 signs in on a 360-px phone, finds recommended jobs
 * with their reasons and applies for one; a 都安 officer refers the worker to one of the demo
 * employer's postings; the employer (dg_employer) is refused a posting below 东莞's minimum wage
 * with the figure, then walks the referral to a hire.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { TestContext } from './run.js';
import { phoneSignIn, PHONE_WIDTH } from './phone.js';
import { DEMO_PASSWORD, expect, signIn } from './helpers.js';
import { resultsDir } from './harness.js';
import { DEMO_WORKER } from '../src/demo/accounts.js';

function field(v: unknown, key: string): unknown {
  return typeof v === 'object' && v !== null ? Reflect.get(v, key) : undefined;
}

async function staffCall(baseUrl: string, username: string): Promise<(method: string, url: string, body?: unknown) => Promise<unknown>> {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const csrf = field(await login.json(), 'csrfToken');
  expect(login.ok && typeof csrf === 'string', `${username} could not sign in`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return async (method, url, body) => {
    const res = await fetch(`${baseUrl}/api/v1${url}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrf, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json: unknown = await res.json();
    expect(res.ok, `${method} ${url} failed: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
}

async function workerSignsIn(page: Page, baseUrl: string): Promise<void> {
  await page.setViewportSize({ width: PHONE_WIDTH, height: 740 });
  await phoneSignIn(page, baseUrl, DEMO_WORKER.phone, { landing: 'm-tab-jobs' });
}

export async function workerAppliesAndEmployerHires({ page, baseUrl }: TestContext): Promise<void> {
  // The worker: recommended jobs with reasons, on a phone.
  await workerSignsIn(page, baseUrl);
  await page.getByTestId('m-tab-jobs').click();
  const first = page.getByTestId('m-job').first();
  await first.waitFor();
  await first.getByText('推荐理由').click();
  const reasons = await first.getByTestId('m-job-reasons').innerText();
  expect(/公里|县区|省份|乡镇|地市/.test(reasons), `the reasons should say how far the job is, got "${reasons}"`);
  expect(/月收入/.test(reasons), `the reasons should speak of pay, got "${reasons}"`);
  const width: unknown = await page.evaluate('document.documentElement.scrollWidth');
  expect(typeof width === 'number' && width <= PHONE_WIDTH, `the jobs page is ${String(width)}px wide at ${PHONE_WIDTH}px`);
  await page.screenshot({ path: path.join(resultsDir, 'jobs-recommended-360.png'), fullPage: true });
  const title = (await first.locator('h2').innerText()).trim();
  await first.getByTestId('m-job-apply').click();
  await first.getByTestId('m-job-apply').filter({ hasText: '已申请' }).waitFor();
  await page.getByTestId('m-my-applications').getByText(title).first().waitFor();
  await page.screenshot({ path: path.join(resultsDir, 'jobs-applied-360.png'), fullPage: true });
  const me: unknown = await (await page.request.get(`${baseUrl}/api/v1/auth/me`)).json();
  const personId = field(field(me, 'user'), 'personId');
  expect(typeof personId === 'string', 'the worker is bound to a record');
  const mine = field(await (await page.request.get(`${baseUrl}/api/v1/jobs/applications`)).json(), 'items');
  const applied = new Set(Array.isArray(mine) ? mine.map((a) => field(a, 'postingId')) : []);

  // The 都安 office refers the worker to one of the demo employer's open postings.
  const employerApi = await staffCall(baseUrl, 'dg_employer');
  const postings = field(await employerApi('GET', '/jobs/postings?status=open&pageSize=50'), 'items');
  const target = Array.isArray(postings)
    ? postings.find((p) => field(p, 'filled') !== field(p, 'headcount') && !applied.has(field(p, 'id')))
    : undefined;
  const postingId = field(target, 'id');
  expect(typeof postingId === 'string', 'the demo employer should have an open posting');
  const county = await staffCall(baseUrl, 'duan_county');
  await county('POST', `/jobs/postings/${postingId}/referrals`, { personId });

  // The employer: a posting below the minimum wage is refused with the figure.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.context().clearCookies();
  await signIn(page, baseUrl, 'dg_employer', DEMO_PASSWORD);
  await page.goto(`${baseUrl}/jobs/postings`);
  await page.getByTestId('jobs-title').fill('包装工');
  await page.getByTestId('jobs-occupation').fill('6-18-01-01');
  await page.getByTestId('jobs-work-code').fill('441900113');
  await page.getByTestId('jobs-work-address').fill('东莞市大朗镇工业路8号');
  await page.getByTestId('jobs-pay-min').fill('1800');
  await page.getByTestId('jobs-pay-max').fill('2500');
  await page.getByTestId('jobs-start').fill('2026-12-15');
  await page.getByTestId('jobs-submit').click();
  const refusal = page.getByTestId('jobs-refusal');
  await refusal.waitFor();
  const said = await refusal.innerText();
  expect(said.includes('¥1,800.00') && said.includes('¥1,900.00'), `the refusal should name the pay and the minimum, got "${said}"`);
  await page.screenshot({ path: path.join(resultsDir, 'jobs-below-minimum.png'), fullPage: true });

  // …and walks the referral to a hire.
  const row = page.locator(`tr[data-row-key="${String(postingId)}"]`);
  await row.getByTestId('jobs-applicants').click();
  const drawer = page.getByRole('dialog');
  for (const step of ['view', 'invite', 'offer', 'hire']) {
    await drawer.getByTestId(`jobs-step-${step}`).first().click();
    await drawer.getByTestId(`jobs-step-${step}`).waitFor({ state: 'detached' });
  }
  await drawer.getByText('已录用').waitFor();
  await page.screenshot({ path: path.join(resultsDir, 'jobs-hired.png'), fullPage: true });
  const after = await employerApi('GET', `/jobs/postings/${String(postingId)}`);
  expect(field(after, 'filled') === (Number(field(target, 'filled')) || 0) + 1, 'the hire should count against the posting');
}
