/**
 * What the browser tests of the worker's phone pages and of staff workflows share: a staff session
 * over plain HTTP, signing in on the phone with the demo SMS code, axe on a page, the 360-px width
 * check, and names no demo person carries.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, expect } from './helpers.js';
import { repoRoot } from './harness.js';

/** The narrowest phone the worker's pages must fit. */
export const PHONE_WIDTH = 360;

/** A call of the API as one staff user: method, path under /api/v1, JSON body. */
export type StaffCall = (method: string, url: string, body?: unknown) => Promise<Response>;

/** A staff session over plain HTTP (its own cookie jar, not the browser's). */
export async function staffCall(baseUrl: string, username: string): Promise<StaffCall> {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const me: unknown = await login.json();
  const csrf: unknown = typeof me === 'object' && me !== null ? Reflect.get(me, 'csrfToken') : undefined;
  expect(login.ok && typeof csrf === 'string', `${username} could not sign in`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return (method, url, body) =>
    fetch(`${baseUrl}/api/v1${url}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrf, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
}

function isSms(v: unknown): v is { items: Array<{ text: string }> } {
  const items: unknown = typeof v === 'object' && v !== null ? Reflect.get(v, 'items') : undefined;
  return (
    Array.isArray(items) && items.every((i: unknown) => typeof i === 'object' && i !== null && typeof Reflect.get(i, 'text') === 'string')
  );
}

/** The newest sign-in code the demo SMS sender kept for the phone (newest first; other notices may follow a code). */
export async function demoSmsCode(page: Page, baseUrl: string, phone: string): Promise<string> {
  const sms = await page.request.get(`${baseUrl}/api/v1/demo/sms?phone=${phone}`);
  const body: unknown = await sms.json();
  const code = isSms(body)
    ? body.items.map((i) => (i.text.includes('验证码') ? /(\d{6})/.exec(i.text)?.[1] : undefined)).find(Boolean)
    : undefined;
  expect(code !== undefined, 'the demo SMS should carry a 6-digit code');
  return code;
}

export interface PhoneSignInOptions {
  /** Sign out whoever the browser holds first (a test that switches users in one browser). */
  fresh?: boolean;
  /** The test id to wait for after signing in; null to wait for nothing (a phone without a record). */
  landing?: string | null;
}

/**
 * Asks for a code. The server sends one a minute per phone and takes ten asks a minute per address,
 * so when an earlier test signed the same phone in moments ago the refusal shows: wait and ask
 * again (every 20 s, at most five asks, so the address limit is never what stops it).
 */
async function sendCode(page: Page): Promise<void> {
  const sent = page.getByText(/秒后可重发/);
  const refused = page.getByText(/验证码刚发过|操作太频繁/);
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.getByTestId('m-send-code').click();
    await sent.or(refused).first().waitFor();
    if (await sent.isVisible()) return;
    await page.waitForTimeout(20_000);
  }
  expect(false, 'the sign-in code was still refused after 80 seconds');
}

/** Signs a worker in on `/m` with the code the demo SMS sender kept for the phone (the newest sign-in code). */
export async function phoneSignIn(page: Page, baseUrl: string, phone: string, options: PhoneSignInOptions = {}): Promise<void> {
  if (options.fresh) await page.context().clearCookies();
  await page.goto(`${baseUrl}/m`);
  await page.getByTestId('m-phone').fill(phone);
  await sendCode(page);
  const code = await demoSmsCode(page, baseUrl, phone);
  await page.getByTestId('m-code').fill(code);
  await page.getByTestId('m-login-submit').click();
  const landing = options.landing === undefined ? 'm-entitlements' : options.landing;
  if (landing !== null) await page.getByTestId(landing).waitFor();
}

const AXE_SOURCE = fs.readFileSync(createRequire(path.join(repoRoot, 'package.json')).resolve('axe-core/axe.min.js'), 'utf8');

/** Fails on any serious or critical WCAG 2.1 A/AA violation axe finds on the page as it is now. */
export async function axe(page: Page, what: string): Promise<void> {
  const loaded: unknown = await page.evaluate('typeof window.axe');
  if (loaded !== 'object') await page.evaluate(AXE_SOURCE);
  const found: unknown = await page.evaluate(`axe
    .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    .then((r) => r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')))`);
  expect(Array.isArray(found), `${what}: axe did not run`);
  expect(found.length === 0, `${what}: axe found ${found.length} serious or critical violation(s):\n${found.join('\n')}`);
}

/** Fails when the page is wider than the phone (it would scroll sideways). */
export async function noSidewaysScroll(page: Page, what: string): Promise<void> {
  const width: unknown = await page.evaluate('document.documentElement.scrollWidth');
  expect(typeof width === 'number' && width <= PHONE_WIDTH, `${what}: the page is ${width}px wide at a ${PHONE_WIDTH}px screen`);
}

const DIGITS = '零一二三四五六七八九';

/** A name no demo person carries: a surname and the digits of a number in Chinese (韦三七五). */
export function uniqueName(surname: string, n: number): string {
  return `${surname}${[...String(n)].map((d) => DIGITS[Number(d)]).join('')}`;
}
