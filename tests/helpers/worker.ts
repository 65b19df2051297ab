/** Signs a worker in through the phone-and-code API (the built-in SMS sender keeps the code). */
import type { App } from '../../src/http/app.js';
import type { Runtime } from '../../src/runtime.js';
import type { SessionHeaders } from './session.js';

export interface WorkerSession {
  headers: SessionHeaders;
  userId: string;
  personId: string | null;
}

/** Requests a code for `phone`, reads it from the SMS log and signs in with it. */
export async function workerSignIn(app: App, rt: Runtime, phone: string): Promise<WorkerSession> {
  const sent = await app.inject({ method: 'POST', url: '/api/v1/auth/worker/code', payload: { phone } });
  if (sent.statusCode !== 200) throw new Error(`code for ${phone}: ${sent.statusCode} ${sent.body}`);
  await rt.services.outbox.drain();
  const texts = rt.services.sms
    .recent()
    .filter((m) => m.to === phone)
    .map((m) => m.text);
  const code = /(\d{6})/.exec(texts[texts.length - 1] ?? '')?.[1];
  if (!code) throw new Error(`no code sent to ${phone}`);
  const login = await app.inject({ method: 'POST', url: '/api/v1/auth/worker/login', payload: { phone, code } });
  if (login.statusCode !== 200) throw new Error(`worker login ${phone}: ${login.statusCode} ${login.body}`);
  const cookie = login.cookies.find((c) => c.name === 'wg_session');
  const body: { csrfToken: string; user: { id: string; personId: string | null } } = login.json();
  return {
    headers: { cookie: `wg_session=${cookie?.value ?? ''}`, 'x-csrf-token': body.csrfToken },
    userId: body.user.id,
    personId: body.user.personId,
  };
}
