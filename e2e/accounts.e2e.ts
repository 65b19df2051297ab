/**
 * An administrator creates an account and sees its one-time password once; the new user signs in
 * with it and must set a new password before reaching the home page.
 */
import type { TestContext } from './run.js';
import { DEMO_PASSWORD, expect, signIn } from './helpers.js';

export async function newAccountMustChangeItsOneTimePassword({ page, baseUrl }: TestContext): Promise<void> {
  await signIn(page, baseUrl, 'admin', DEMO_PASSWORD);
  await page.goto(`${baseUrl}/users`);
  await page.getByRole('button', { name: '新建账户' }).click();
  const dialog = page.locator('.ant-modal').filter({ hasText: '新建账户' });
  const username = `e2e_${Date.now() % 100000}`;
  await dialog.locator('.ant-form-item').filter({ hasText: '用户名' }).locator('input').fill(username);
  await dialog.locator('.ant-form-item').filter({ hasText: '姓名/名称' }).locator('input').fill('测试干事');
  await dialog.locator('.ant-form-item').filter({ hasText: '管辖范围' }).locator('input').fill('451228100');
  await dialog.getByRole('button', { name: '保存' }).click();
  const shown = page.getByTestId('one-time-password');
  await shown.waitFor();
  const oneTime = (await shown.innerText()).trim();
  expect(oneTime.length >= 10, `expected a one-time password, got "${oneTime}"`);

  await page.context().clearCookies();
  await page.goto(`${baseUrl}/login`);
  await page.locator('#login-username').fill(username);
  await page.locator('#login-password').fill(oneTime);
  await page.getByTestId('login-submit').click();
  await page.getByText('这是一次性初始密码').waitFor();
  const form = page.locator('form');
  await form.locator('.ant-form-item').filter({ hasText: '当前密码' }).locator('input').fill(oneTime);
  await form
    .locator('.ant-form-item')
    .filter({ hasText: /^新密码/ })
    .locator('input')
    .fill('Newpassw0rd-e2e');
  await form.locator('.ant-form-item').filter({ hasText: '再次输入新密码' }).locator('input').fill('Newpassw0rd-e2e');
  await form.getByRole('button', { name: '保存' }).click();
  await page.getByTestId('user-menu').waitFor();
  expect(new URL(page.url()).pathname === '/', `expected the home page, got ${page.url()}`);
}

/**
 * A county officer creates two API tokens on their own token page (the secret is shown once) and
 * revokes one; the administrator opens the officer's account page and revokes the other.
 */
export async function tokensAreListedAndRevokedByOwnerAndAdministrator({ page, baseUrl }: TestContext): Promise<void> {
  const suffix = String(Date.now() % 100000);
  const own = `e2e-own-${suffix}`;
  const other = `e2e-admin-${suffix}`;
  await signIn(page, baseUrl, 'duan_county', DEMO_PASSWORD);
  await page.goto(`${baseUrl}/account/tokens`);
  for (const name of [own, other]) {
    await page.getByTestId('token-create').click();
    const dialog = page.locator('.ant-modal').filter({ hasText: '创建令牌' });
    await dialog.locator('.ant-form-item').filter({ hasText: '名称' }).locator('input').fill(name);
    await dialog.getByRole('button', { name: '保存' }).click();
    const secret = page.getByTestId('token-secret');
    await secret.waitFor();
    expect((await secret.innerText()).trim().startsWith('wg_'), 'expected the new token secret to be shown once');
    await page
      .locator('.ant-modal')
      .filter({ hasText: '新令牌' })
      .locator('.ant-modal-footer')
      .getByRole('button', { name: '关闭' })
      .click();
    await page.getByTestId(`token-status-${name}`).waitFor();
  }
  expect((await page.getByTestId(`token-status-${own}`).innerText()).includes('有效'), 'a new token is active');
  await page.getByTestId(`revoke-${own}`).click();
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /确\s*定|OK/ })
    .click();
  await page.getByTestId(`token-status-${own}`).filter({ hasText: '已吊销' }).waitFor();
  await page.getByText('本人吊销').first().waitFor();

  await page.context().clearCookies();
  await signIn(page, baseUrl, 'admin', DEMO_PASSWORD);
  await page.goto(`${baseUrl}/users`);
  await page.getByTestId('tokens-of-duan_county').click();
  await page.getByTestId(`token-status-${other}`).waitFor();
  expect((await page.getByTestId(`token-status-${other}`).innerText()).includes('有效'), 'the other token is still active');
  await page.getByTestId(`revoke-${other}`).click();
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /确\s*定|OK/ })
    .click();
  await page.getByTestId(`token-status-${other}`).filter({ hasText: '已吊销' }).waitFor();
  await page.getByText('管理员吊销').first().waitFor();
}
