/** Signs in through the API and returns headers for further calls (cookie + CSRF token). */
import type { App } from '../../src/http/app.js';
import type { Runtime } from '../../src/runtime.js';
import { systemActor, type Role } from '../../src/modules/actor.js';

export type SessionHeaders = Record<string, string>;

export async function login(app: App, username: string, password: string): Promise<SessionHeaders> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'wg_session');
  if (!cookie) throw new Error('no session cookie');
  const body: { csrfToken: string } = res.json();
  return { cookie: `wg_session=${cookie.value}`, 'x-csrf-token': body.csrfToken };
}

let counter = 0;

/** Creates a user with a known password and signs them in. */
export async function userSession(
  app: App,
  rt: Runtime,
  role: Role,
  jurisdiction: string,
  extra: { department?: 'transport'; personId?: string; enterpriseId?: string } = {},
): Promise<{ headers: SessionHeaders; userId: string }> {
  const username = `${role}_${jurisdiction || 'all'}_${++counter}`;
  const password = 'Passw0rd-test-1';
  const r = await rt.services.users.create(systemActor(), { username, displayName: username, role, jurisdiction, password, ...extra });
  if (!r.ok) throw new Error(`could not create user: ${r.reason.code}`);
  return { headers: await login(app, username, password), userId: r.value.user.id };
}
