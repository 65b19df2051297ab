import { expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession } from './helpers/session.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';

const idNumber = makeIdNumber('451228', '1992-05-06', 31);

function lastCode(texts: string[]): string {
  const m = /(\d{6})/.exec(texts[0] ?? '');
  if (!m?.[1]) throw new Error('no code in the SMS log');
  return m[1];
}

describeEachDb('worker sign-in by phone', (ctx) => {
  it('sends a code through the outbox, signs the worker in and binds the account by phone', async () => {
    const { app, rt } = ctx();
    const { headers } = await userSession(app, rt, 'county_officer', '451228');
    const reg = await app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers,
      payload: { name: '黄阿妹', idNumber, phone: '13977001122', hukouCode: '451228100' },
    });
    expect(reg.statusCode).toBe(200);
    const sent = await app.inject({ method: 'POST', url: '/api/v1/auth/worker/code', payload: { phone: '139 7700 1122' } });
    expect(sent.statusCode).toBe(200);
    const again = await app.inject({ method: 'POST', url: '/api/v1/auth/worker/code', payload: { phone: '13977001122' } });
    expect(again.json().code).toBe('otp_too_soon');
    await rt.services.outbox.drain();
    const code = lastCode(
      rt.services.sms
        .recent()
        .filter((m) => m.to === '13977001122')
        .map((m) => m.text),
    );
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/worker/login',
      payload: { phone: '13977001122', code: code === '000000' ? '111111' : '000000' },
    });
    expect(wrong.json().code).toBe('otp_invalid');
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/worker/login', payload: { phone: '13977001122', code } });
    expect(login.statusCode).toBe(200);
    expect(login.json().user).toMatchObject({ role: 'worker', personId: reg.json().id });
    const reuse = await app.inject({ method: 'POST', url: '/api/v1/auth/worker/login', payload: { phone: '13977001122', code } });
    expect(reuse.json().code).toBe('otp_invalid');
    const cookie = login.cookies.find((c) => c.name === 'wg_session');
    const me = await app.inject({ method: 'GET', url: '/api/v1/me/person', headers: { cookie: `wg_session=${cookie?.value ?? ''}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json().idNumber).toBe(idNumber);
  });

  it('files a binding request for an account whose phone is not in the registry; an officer confirms it (tests/binding.test.ts)', async () => {
    const { app, rt } = ctx();
    rt.clock.advance(120_000);
    await app.inject({ method: 'POST', url: '/api/v1/auth/worker/code', payload: { phone: '13600002222' } });
    await rt.services.outbox.drain();
    const code = lastCode(
      rt.services.sms
        .recent()
        .filter((m) => m.to === '13600002222')
        .map((m) => m.text),
    );
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/worker/login', payload: { phone: '13600002222', code } });
    expect(login.json().user.personId).toBeNull();
    const cookie = login.cookies.find((c) => c.name === 'wg_session');
    const headers = { cookie: `wg_session=${cookie?.value ?? ''}`, 'x-csrf-token': login.json().csrfToken };
    // An ID number and a name prove nothing: right or wrong, the answer is "request received".
    const wrongName = await app.inject({ method: 'POST', url: '/api/v1/auth/worker/bind', headers, payload: { idNumber, name: '黄二妹' } });
    expect(wrongName.statusCode).toBe(202);
    const asked = await app.inject({ method: 'POST', url: '/api/v1/auth/worker/bind', headers, payload: { idNumber, name: '黄阿妹' } });
    expect(asked.statusCode).toBe(202);
    expect(asked.json().request.status).toBe('pending');
    const me = await app.inject({ method: 'GET', url: '/api/v1/me/person', headers });
    expect(me.statusCode).toBe(404);
  });
});
