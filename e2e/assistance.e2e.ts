/**
 * Assistance cases (issue 10, point 2; decisions 156–159) in a real browser: the 都安 county officer
 * registers a worker as unemployed, opens the case from the registration page, records the first
 * contact and a career-guidance session with the form, refers the worker to a job from the matching
 * recommendations, and sees the plan's progress: two of four items met, one referral of three.
 */
import type { Page } from 'playwright-core';
import type { TestContext } from './run.js';
import { staffCall } from './phone.js';
import { DEMO_PASSWORD, expect, signIn } from './helpers.js';
import { makeIdNumber } from '../src/modules/people/index.js';

const officerApi = (baseUrl: string) => staffCall(baseUrl, 'duan_county');

async function chooseKind(page: Page, kind: string): Promise<boolean> {
  const select = page.getByTestId('step-kind');
  await select.click();
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: kind }).first();
  // A list that did not open (the click closed one left open) is tried again by the caller.
  if (
    !(await option.click({ timeout: 5000 }).then(
      () => true,
      () => false,
    ))
  )
    return false;
  // A click while the list is still opening can land beside the option: check what the field shows.
  await page.waitForTimeout(100);
  return ((await select.textContent()) ?? '').includes(kind);
}

/** Chooses the kind and writes the outcome, again while the form does not hold both (a re-render under load emptied it). */
async function fillStep(page: Page, kind: string, outcome: string): Promise<void> {
  const field = page.getByTestId('step-outcome');
  for (let attempt = 1; attempt <= 5; attempt++) {
    if (!(await chooseKind(page, kind))) {
      console.log(`  (assistance: attempt ${attempt}: the kind ${kind} was not taken)`);
      await page.keyboard.press('Escape');
      continue;
    }
    await field.fill(outcome);
    if ((await field.inputValue()) === outcome && ((await page.getByTestId('step-kind').textContent()) ?? '').includes(kind)) return;
    console.log(`  (assistance: attempt ${attempt}: the form lost the kind or the outcome)`);
  }
  throw new Error(`the step ${kind} could not be entered in five attempts`);
}

async function recordStep(page: Page, kind: string, outcome: string): Promise<void> {
  await fillStep(page, kind, outcome);
  await page.getByTestId('step-save').click();
  // Either the success message, or a refusal or field error, which the failure then names.
  const done = page.locator('.ant-message').getByText('已记录').first();
  const refused = page.locator('.ant-message-error, .ant-form-item-explain-error').first();
  await done.or(refused).waitFor();
  if (!(await done.isVisible())) throw new Error(`recording ${kind} was refused: ${(await refused.textContent()) ?? ''}`);
}

async function cellText(page: Page, testId: string): Promise<string> {
  return (await page.getByTestId(testId).textContent())?.trim() ?? '';
}

export async function officerWorksACaseFromRegistrationToAReferral({ page, baseUrl }: TestContext): Promise<void> {
  const api = await officerApi(baseUrl);
  const person = await api('POST', '/people', {
    name: '韦援助',
    idNumber: makeIdNumber('451228', '1989-02-11', 517),
    hukouCode: '451228',
    residenceCode: '451228',
  });
  const created: unknown = await person.json();
  expect(person.ok, `creating the person failed: ${person.status} ${JSON.stringify(created)}`);
  const personId: unknown = typeof created === 'object' && created !== null ? Reflect.get(created, 'id') : null;
  const reg = await api('POST', '/unemployment/registrations', { personId });
  const registered: unknown = await reg.json();
  expect(reg.status === 201, `registering failed: ${reg.status} ${JSON.stringify(registered)}`);
  const regId: unknown = typeof registered === 'object' && registered !== null ? Reflect.get(registered, 'id') : null;
  expect(typeof regId === 'string', 'no registration id');

  await signIn(page, baseUrl, 'duan_county', DEMO_PASSWORD);
  await page.goto(`${baseUrl}/unemployment/${regId}`);
  await page.getByRole('link', { name: '查看援助台账' }).click();
  await page.waitForURL(`**/assistance/${regId}`);
  await page.getByText('按工作日计算').first().waitFor();
  expect((await cellText(page, 'plan-first_contact')) === '0 / 1', 'first contact should start at 0 / 1');
  // The sections below the form load on their own; a form re-rendered by them loses a kind chosen before.
  await page.getByRole('button', { name: '推荐' }).first().waitFor();
  await page.getByText('可享受的政策').first().waitFor();
  await page.waitForLoadState('networkidle');

  await recordStep(page, '首次联系', '电话联系本人，了解求职意向和技能');
  await recordStep(page, '职业指导', '介绍本地招聘岗位和技能培训');
  expect((await cellText(page, 'plan-first_contact')) === '1 / 1', 'first contact recorded');
  expect((await cellText(page, 'plan-guidance')) === '1 / 1', 'guidance recorded');

  const refer = page.locator('[data-testid^="refer-"]:not([disabled])').first();
  await refer.waitFor();
  await refer.click();
  await page.locator('.ant-message').getByText('已推荐').first().waitFor();
  await page.getByTestId('plan-referrals').getByText('1 / 3').waitFor();

  const progress = (await page.getByTestId('plan-progress').textContent()) ?? '';
  expect(progress.includes('50%'), `the plan should be half met (2 of 4 items), shows ${progress}`);
  const steps = await page.locator('.ant-table-row').allTextContents();
  expect(
    steps.some((s) => s.includes('岗位推荐')),
    'the referral should be among the recorded steps',
  );
}
