/** Steps the browser tests share. */
import type { Page } from 'playwright-core';

/** The demo accounts' published password (src/demo/accounts.ts). */
export { DEMO_PASSWORD } from '../src/demo/accounts.js';

/** Signs in through the login page and waits for the home page. */
export async function signIn(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator('#login-username').fill(username);
  await page.locator('#login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('user-menu').waitFor();
}

/** Throws with a message when a condition is false (no assertion library in the browser tests). */
export function expect(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** A valid resident ID number for an address code, birth date (YYYYMMDD) and 3-digit sequence. */
export { checkCharacter } from '../src/modules/people/id-number.js';

/** A sequence number unlikely to collide with the demo world or another test run. */
export function freshSequence(offset: number): string {
  return String((Date.now() + offset * 7) % 1000).padStart(3, '0');
}

/** The same ID number with a wrong check character. */
export function withWrongCheck(id: string): string {
  const last = id.charAt(17);
  return id.slice(0, 17) + (last === '0' ? '1' : '0');
}
