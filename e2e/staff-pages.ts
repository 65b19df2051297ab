/**
 * Every staff page, for the accessibility, layout and language checks (a11y, layout, i18n e2e).
 * Record pages (a person, an employer, a claim, a program, an account) take the first record the
 * signed-in user can see. `visit` opens a page and waits until it has settled: the <h1> is there,
 * the network is quiet and no spinner turns.
 */
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, signIn } from './helpers.js';

export interface StaffPage {
  path: string;
  /** The demo account that opens it (the administrator unless the page is someone else's work). */
  user: string;
}

async function firstId(page: Page, baseUrl: string, url: string): Promise<string | null> {
  const res = await page.request.get(`${baseUrl}/api/v1${url}`);
  if (!res.ok()) return null;
  const body: unknown = await res.json();
  const items: unknown = typeof body === 'object' && body !== null ? Reflect.get(body, 'items') : null;
  if (!Array.isArray(items) || items.length === 0) return null;
  const first: unknown = items[0];
  const id: unknown = typeof first === 'object' && first !== null ? Reflect.get(first, 'id') : null;
  return typeof id === 'string' ? id : null;
}

/** The staff pages with real ids (signs in as admin on `page` to look them up). */
export async function staffPages(page: Page, baseUrl: string): Promise<StaffPage[]> {
  await signIn(page, baseUrl, 'admin', DEMO_PASSWORD);
  const person = await firstId(page, baseUrl, '/people?pageSize=1');
  const enterprise = await firstId(page, baseUrl, '/enterprises?pageSize=1');
  const user = await firstId(page, baseUrl, '/users?pageSize=1');
  const program = await firstId(page, baseUrl, '/policy/programs');
  const claim = await firstId(page, baseUrl, '/claims?pageSize=1');
  const admin = (path: string): StaffPage => ({ path, user: 'admin' });
  const pages: StaffPage[] = [
    admin('/'),
    admin('/people'),
    admin('/people/new'),
    admin('/enterprises'),
    admin('/enterprises/new'),
    admin('/imports'),
    admin('/regions'),
    admin('/regions/451228'),
    admin('/users'),
    admin('/account/tokens'),
    admin('/account/password'),
    admin('/policy/programs'),
    admin('/policy/try'),
    admin('/policy/what-if'),
    admin('/policy/parameters'),
    admin('/claims'),
    admin('/claims/new'),
    admin('/payments'),
    admin('/bindings'),
    admin('/audit'),
    { path: '/', user: 'duan_county' },
    { path: '/claims', user: 'duan_reviewer' },
    { path: '/', user: 'dg_employer' },
  ];
  if (person) pages.push(admin(`/people/${person}`), admin(`/people/${person}/edit`));
  if (enterprise) pages.push(admin(`/enterprises/${enterprise}`));
  if (user) pages.push(admin(`/users/${user}`));
  if (program) pages.push(admin(`/policy/programs/${program}`));
  if (claim) pages.push(admin(`/claims/${claim}`));
  // Rapid response: the events, the form and the demo lay-off (admin); the department task list is 都安 civil affairs', the lay-off report the employer's.
  const rrEvent = await firstId(page, baseUrl, '/rapid-response/events?pageSize=1');
  pages.push(admin('/rapid-response'), admin('/rapid-response/new'), { path: '/rapid-response/tasks', user: 'duan_civil' });
  pages.push({ path: '/layoffs', user: 'dg_employer' });
  if (rrEvent) pages.push(admin(`/rapid-response/${rrEvent}`), { path: `/rapid-response/${rrEvent}`, user: 'dongguan_county' });
  // Assistance cases are the county officers' work: look the first case up as one of them.
  await page.context().clearCookies();
  await signIn(page, baseUrl, 'duan_county', DEMO_PASSWORD);
  const assistanceCase = await firstId(page, baseUrl, '/assistance/cases?pageSize=1');
  pages.push({ path: '/assistance', user: 'duan_county' });
  if (assistanceCase) pages.push({ path: `/assistance/${assistanceCase}`, user: 'duan_county' });
  // Wage-arrears complaints are the county's too; legal-aid referrals are the justice department's.
  const complaint = await firstId(page, baseUrl, '/complaints?pageSize=1');
  pages.push({ path: '/complaints', user: 'duan_county' }, { path: '/complaints/new', user: 'duan_county' });
  if (complaint) pages.push({ path: `/complaints/${complaint}`, user: 'duan_county' });
  pages.push({ path: '/legal-aid', user: 'duan_justice' });
  // Gig work: the county's market and abuse reports (its officers), the employer's gig tasks.
  pages.push(
    { path: '/gigs/market', user: 'duan_county' },
    { path: '/gigs/reports', user: 'duan_county' },
    { path: '/gigs/tasks', user: 'dg_employer' },
  );
  // Labour sharing: the 东莞 county's overview (both firms of the demo agreement are there), the employer's own page.
  pages.push({ path: '/sharing', user: 'dongguan_county' }, { path: '/employer/sharing', user: 'dg_employer' });
  // Job fairs: the 都安 county's list, form and its next fair (check-in box, counts); the employer's fairs.
  const fair = await firstId(page, baseUrl, '/fairs');
  pages.push(
    { path: '/fairs', user: 'duan_county' },
    { path: '/fairs/new', user: 'duan_county' },
    { path: '/employer/fairs', user: 'dg_employer' },
  );
  if (fair) pages.push({ path: `/fairs/${fair}`, user: 'duan_county' });
  await page.context().clearCookies();
  return pages;
}

/** Opens a page and waits until it has settled (heading shown, network quiet, no spinner). */
export async function visit(page: Page, baseUrl: string, path: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page
    .locator('.ant-spin-spinning, .ant-skeleton-active')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
}

/** Signs in as `user` unless already signed in as them in this context. */
export async function signInAs(page: Page, baseUrl: string, user: string, current: { user: string | null }): Promise<void> {
  if (current.user === user) return;
  await page.context().clearCookies();
  await signIn(page, baseUrl, user, DEMO_PASSWORD);
  current.user = user;
}
