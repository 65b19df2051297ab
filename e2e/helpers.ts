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
