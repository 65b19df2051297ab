/**
 * Point 10 of issue 6: the request log never holds an ID number, a phone or a bank account. The app
 * is built with a pino logger writing to a captured stream; searches by ID number and by phone, a
 * registration and a few crafted URLs are sent; the captured log is then searched for the values.
 */
import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';
import { buildApp, type App } from '../src/http/app.js';
import { redactPersonalData } from '../src/crypto/redact.js';

/** Hand-computed: 4512281990031500 1 → weighted sum 270, 270 mod 11 = 6 → check character '6'. */
const ID = '451228199003150016';
/** The published GB 11643 example, check character X. */
const ID_X = '11010519491231002X';
const PHONE = '13907781234';
const BANK = '6217003320012345678';

describe('redactPersonalData', () => {
  it('masks ID numbers, mobiles and bank accounts, plain, spaced or URL-encoded', () => {
    expect(redactPersonalData(`/api/v1/people?q=${ID}`)).toBe('/api/v1/people?q=4512**********0016');
    expect(redactPersonalData(`q=${ID_X}&page=1`)).toBe('q=1101**********002X&page=1');
    expect(redactPersonalData(`q=${ID_X.toLowerCase()}`)).toBe('q=1101**********002X');
    expect(redactPersonalData(`phone ${PHONE}.`)).toBe('phone 139****1234.');
    expect(redactPersonalData('q=139-0778-1234')).toBe('q=139****1234');
    expect(redactPersonalData('q=139+0778+1234')).toBe('q=139****1234');
    expect(redactPersonalData('q=139%200778%201234')).toBe('q=139****1234');
    expect(redactPersonalData(`acct=${BANK}`)).toBe('acct=6217***********5678');
    expect(redactPersonalData('acct=6217 0033 2001 2345 678')).toBe('acct=6217***********5678');
    // %E9%9F%A6 (韦) directly before the phone: the digit 6 of %A6 joins the run, which is still masked.
    expect(redactPersonalData(`q=%E9%9F%A6${PHONE}`)).not.toContain(PHONE);
  });

  it('leaves short numbers, non-mobile 11-digit numbers, codes, dates and UUIDs alone', () => {
    const same = [
      '12800001234', // 11 digits, 12x is not a mobile prefix
      '1390778123', // 10 digits
      '/api/v1/people?hukouCode=451228100&page=2',
      'from=2026-11-28&to=2026-12-31',
      '/api/v1/people/0193a4b2-7c1d-7000-8000-123456789012', // all-digit last group of 12
    ];
    for (const s of same) expect(redactPersonalData(s)).toBe(s);
    // 12 digits is the shortest bank account; 11 non-mobile digits are the longest run left alone;
    // 17 digits (an ID number cut short) is masked as a long number.
    expect(redactPersonalData('138000012345')).toBe('1380****2345');
    expect(redactPersonalData('45122819900315001')).toBe('4512*********5001');
  });
});

describeEachDb('request log holds no personal numbers', (ctx) => {
  const lines: string[] = [];
  let logged: App;
  let headers: SessionHeaders;
  let log = '';

  beforeAll(async () => {
    const { rt } = ctx();
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    logged = await buildApp({ services: rt.services, config: rt.config, logger: { level: 'info', stream, accessLog: 'all' } });
    ({ headers } = await userSession(logged, rt, 'county_officer', '451228'));
    const created = await logged.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers,
      payload: { name: '韦日志', idNumber: ID, phone: PHONE, bankAccount: BANK, hukouCode: '451228100' },
    });
    if (created.statusCode !== 200) throw new Error(`registration refused: ${created.body}`);
    for (const q of [ID, PHONE, '139-0778-1234', `+86${PHONE}`, BANK]) {
      await logged.inject({ method: 'GET', url: `/api/v1/people?q=${encodeURIComponent(q)}`, headers });
    }
    await logged.inject({ method: 'GET', url: `/api/v1/people?q=${ID}&page=1`, headers });
    await logged.inject({ method: 'GET', url: `/api/v1/no-such-route/${ID}?phone=${PHONE}`, headers });
    // A registration refused for a duplicate ID number (the refusal is logged as a 409).
    await logged.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers,
      payload: { name: '韦日志', idNumber: ID, phone: PHONE, hukouCode: '451228100' },
    });
    // Any field, message or error a module might log goes through the same redaction.
    logged.log.error(new Error(`duplicate key (${ID})`));
    logged.log.warn({ person: { phone: PHONE, accounts: [BANK] } }, `lookup of ${ID_X}`);
    await logged.close();
    log = lines.join('');
  });

  it('logged every request (the URLs are there, masked)', () => {
    // One line per request (ten requests: sign-in, two registrations, six searches, one unknown route) and the two lines logged by hand.
    expect(lines.length).toBe(12);
    expect(log).toContain('/api/v1/people?q=4512**********0016');
    expect(log).toContain('/api/v1/people?q=139****1234');
    expect(log).toContain('/api/v1/no-such-route/4512**********0016?phone=139****1234');
    expect(log).toContain('duplicate key (4512**********0016)');
    expect(log).toContain('"person":{"phone":"139****1234","accounts":["6217***********5678"]}');
  });

  it('holds no ID number, phone or bank account in any form', () => {
    for (const value of [ID, ID_X, PHONE, BANK, '139-0778-1234', '0778-1234', '19900315', '07781234', '19491231']) {
      expect(log).not.toContain(value);
    }
  });
});
