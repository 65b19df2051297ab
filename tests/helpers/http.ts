/**
 * Requests for the generated tests (authorisation matrix, fuzz): each from its own loopback
 * address, so the per-address rate limits of sign-in, codes and binding never answer instead of
 * the rule under test, and sign-ins that do not go through the per-route limit of the helpers.
 */
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import type { App } from '../../src/http/app.js';
import type { Runtime } from '../../src/runtime.js';
import { systemActor, type Department, type Role } from '../../src/modules/actor.js';
import { multipart } from './upload.js';

export type Headers = Record<string, string>;
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let address = 0x000100;

/** A fresh address in 127.0.0.0/8 (light-my-request only; nothing is sent on a network). */
export function nextAddress(): string {
  address++;
  return `127.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;
}

/** One request: a JSON body, or a file as multipart/form-data (field "file"). */
export interface Call {
  url: string;
  body?: unknown;
  file?: { name: string; bytes: Buffer; type: string };
}

export async function send(app: App, headers: Headers, method: Method, call: Call): Promise<LightMyRequestResponse> {
  if (call.file) {
    const m = multipart(call.file.name, call.file.bytes, call.file.type);
    return app.inject({
      method,
      url: `/api/v1${call.url}`,
      headers: { ...headers, 'content-type': m.contentType },
      payload: m.body,
      remoteAddress: nextAddress(),
    });
  }
  const withBody = call.body !== undefined || method !== 'GET';
  return app.inject({
    method,
    url: `/api/v1${call.url}`,
    headers,
    remoteAddress: nextAddress(),
    ...(withBody ? { payload: JSON.stringify(call.body ?? {}), headers: { ...headers, 'content-type': 'application/json' } } : {}),
  });
}

/** The parsed JSON of a 2xx answer, or an error naming the call. */
export async function ok<T = Record<string, unknown>>(app: App, headers: Headers, method: Method, call: Call): Promise<T> {
  const res = await send(app, headers, method, call);
  if (res.statusCode < 200 || res.statusCode > 299) throw new Error(`${method} ${call.url}: ${res.statusCode} ${res.body.slice(0, 400)}`);
  const data: T = res.json();
  return data;
}

export const PASSWORD = 'Passw0rd-matrix-1';
let counter = 0;

/** Creates an account and signs it in (cookie + CSRF headers). */
export async function signedIn(
  app: App,
  rt: Runtime,
  role: Role,
  jurisdiction: string,
  extra: { department?: Department; personId?: string; enterpriseId?: string } = {},
): Promise<{ headers: Headers; userId: string }> {
  const username = `m_${role}_${jurisdiction || 'all'}_${++counter}`;
  const r = await rt.services.users.create(systemActor(), {
    username,
    displayName: username,
    role,
    jurisdiction,
    password: PASSWORD,
    ...extra,
  });
  if (!r.ok) throw new Error(`could not create ${username}: ${r.reason.code}`);
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password: PASSWORD },
    remoteAddress: nextAddress(),
  });
  if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'wg_session');
  if (!cookie) throw new Error('no session cookie');
  const body: { csrfToken: string } = res.json();
  return { headers: { cookie: `wg_session=${cookie.value}`, 'x-csrf-token': body.csrfToken }, userId: r.value.user.id };
}

/** The text a person would read in an answer: JSON as sent, an .xlsx as its cell values, anything else as UTF-8. */
export async function readableText(res: LightMyRequestResponse): Promise<string> {
  const type = String(res.headers['content-type'] ?? '');
  if (!type.includes('spreadsheetml')) return res.body;
  const wb = new ExcelJS.Workbook();
  const bytes = new Uint8Array(res.rawPayload.byteLength);
  bytes.set(res.rawPayload);
  try {
    await wb.xlsx.load(bytes.buffer);
  } catch {
    return res.rawPayload.toString('latin1');
  }
  const cells: string[] = [];
  wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.text)))));
  return cells.join('\n');
}

/** An .xlsx with one sheet of rows (the first row a header). */
export async function sheet(rows: Array<Array<string | number>>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('sheet');
  for (const r of rows) s.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
