/**
 * Issue 7 point 13: the request log writes one line per request at `info` (method, URL masked,
 * status, milliseconds, request id) with the access log set to `all`; by default (`writes`, decision
 * 239) a read answered under 400 writes none, while writes, refusals and failures still do. The demo
 * SMS sender's line leads with the one-time code, which the demo endpoint also returns on its own.
 */
import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession } from './helpers/session.js';
import { buildApp } from '../src/http/app.js';
import { createLogSmsSender, oneTimeCode } from '../src/modules/system/index.js';

describeEachDb('one log line per request', (ctx) => {
  const lines: Array<Record<string, unknown>> = [];

  beforeAll(async () => {
    const { rt } = ctx();
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const l of chunk.toString('utf8').split('\n')) if (l) lines.push(JSON.parse(l) as Record<string, unknown>);
        done();
      },
    });
    const app = await buildApp({ services: rt.services, config: rt.config, logger: { level: 'info', stream, accessLog: 'all' } });
    const { headers } = await userSession(app, rt, 'county_officer', '451228');
    await app.inject({ method: 'GET', url: '/healthz' });
    await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers });
    await app.inject({ method: 'GET', url: '/api/v1/people?q=13907781234', headers });
    await app.inject({ method: 'GET', url: '/api/v1/no-such-route' });
    await app.close();
  });

  it('writes exactly one line for each of the five requests, with method, URL, status and time', () => {
    expect(lines.map((l) => [l.method, l.url, l.status])).toEqual([
      ['POST', '/api/v1/auth/login', 200],
      ['GET', '/healthz', 200],
      ['GET', '/api/v1/auth/me', 200],
      ['GET', '/api/v1/people?q=139****1234', 200],
      ['GET', '/api/v1/no-such-route', 404],
    ]);
    for (const l of lines) {
      expect(l).toMatchObject({ level: 30, msg: 'request' });
      expect(typeof l.ms).toBe('number');
      expect(typeof l.reqId).toBe('string');
    }
  });
});

describeEachDb('the default access log: writes and failures', (ctx) => {
  const lines: Array<Record<string, unknown>> = [];

  beforeAll(async () => {
    const { rt } = ctx();
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const l of chunk.toString('utf8').split('\n')) if (l) lines.push(JSON.parse(l) as Record<string, unknown>);
        done();
      },
    });
    const app = await buildApp({ services: rt.services, config: rt.config, logger: { level: 'info', stream } });
    const { headers } = await userSession(app, rt, 'county_officer', '451228');
    await app.inject({ method: 'GET', url: '/healthz' });
    await app.inject({ method: 'HEAD', url: '/healthz' });
    await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers });
    await app.inject({ method: 'GET', url: '/api/v1/people?q=13907781234', headers });
    await app.inject({ method: 'GET', url: '/api/v1/people/no-such-person', headers });
    await app.inject({ method: 'GET', url: '/api/v1/auth/me' });
    await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers });
    await app.close();
  });

  it('writes a line for the sign-in, the sign-out and each answer of 400 or more, none for the reads that succeeded', () => {
    expect(lines.map((l) => [l.method, l.url, l.status])).toEqual([
      ['POST', '/api/v1/auth/login', 200],
      ['GET', '/api/v1/people/no-such-person', 404],
      ['GET', '/api/v1/auth/me', 401],
      ['POST', '/api/v1/auth/logout', 200],
    ]);
  });
});

describeEachDb(
  'the demo SMS code',
  (ctx) => {
    it('is returned by the demo endpoint as its own field', async () => {
      const { app, rt } = ctx();
      await rt.services.sms.send('13907785550', '【务工】您的登录验证码是 048213，5分钟内有效。Your Wugong sign-in code is 048213.');
      const res = await app.inject({ method: 'GET', url: '/api/v1/demo/sms?phone=13907785550' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ items: [{ to: '139****5550', code: '048213' }] });
    });
  },
  { demo: true },
);

describe('the demo SMS log line', () => {
  it('leads with the code, the phone masked', async () => {
    const logged: string[] = [];
    const sms = createLogSmsSender((l) => logged.push(l));
    await sms.send('13907785551', '【务工】您的登录验证码是 900017，5分钟内有效。');
    expect(logged).toEqual(['[sms 演示短信] 验证码 code 900017 to 139****5551: 【务工】您的登录验证码是 900017，5分钟内有效。']);
  });

  it('finds six digits standing alone, and nothing in longer or shorter runs', () => {
    expect(oneTimeCode('code 123456.')).toBe('123456');
    expect(oneTimeCode('1234567 and 12345')).toBeNull();
    expect(oneTimeCode('no code')).toBeNull();
  });
});
