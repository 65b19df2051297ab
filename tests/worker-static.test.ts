/**
 * The web apps as files (decision 192): the phone pages' HTML for /m and every /m/... path, the
 * staff app's for other paths; hashed assets cached for ever, HTML revalidated; the build's
 * precompressed copies sent to browsers that accept them (and the plain file to those that do not).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { IMMUTABLE, REVALIDATE, isHashedAsset, pageFor } from '../src/http/plugins/static.js';
import { inlineScriptHashes } from '../src/http/plugins/security-headers.js';

const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'wugong-web-'));
const STAFF_HTML = '<!doctype html><title>staff</title>';
// The inline script is the CSP Level 2 specification's own example, whose hash it publishes:
// 'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=' (https://www.w3.org/TR/CSP2/#script-src-hash-usage).
const INLINE = "alert('Hello, world.');";
const SPEC_HASH = "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='";
const MOBILE_HTML = `<!doctype html><title>phone</title><script type="module">${INLINE}</script><script type="module" src="/m/assets/mobile-AbCd1234.js"></script>`;
const BOOT_JS = 'console.log("boot");'.repeat(50);
fs.mkdirSync(path.join(dist, 'm', 'assets'), { recursive: true });
fs.writeFileSync(path.join(dist, 'index.html'), STAFF_HTML);
fs.writeFileSync(path.join(dist, 'm', 'mobile.html'), MOBILE_HTML);
fs.writeFileSync(path.join(dist, 'm', 'mobile.html.br'), zlib.brotliCompressSync(MOBILE_HTML));
const js = path.join(dist, 'm', 'assets', 'mobile-AbCd1234.js');
fs.writeFileSync(js, BOOT_JS);
fs.writeFileSync(`${js}.br`, zlib.brotliCompressSync(BOOT_JS));
fs.writeFileSync(`${js}.gz`, zlib.gzipSync(BOOT_JS));
afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

it('tells hashed assets and pages apart', () => {
  expect(isHashedAsset('/x/web/dist/m/assets/app-Dd-igSMy.js')).toBe(true);
  expect(isHashedAsset('/x/web/dist/assets/index-CK_gyH2C.css')).toBe(true);
  expect(isHashedAsset('/x/web/dist/m/assets/app-Dd-igSMy.js.br')).toBe(true);
  expect(isHashedAsset('/x/web/dist/m/mobile.html')).toBe(false);
  expect(isHashedAsset('/x/web/dist/m/mobile.html.br')).toBe(false);
  expect(isHashedAsset('/x/web/dist/favicon.svg')).toBe(false);
  expect(pageFor('/m')).toBe('m/mobile.html');
  expect(pageFor('/m/claims?x=1')).toBe('m/mobile.html');
  expect(pageFor('/mine')).toBe('index.html');
  expect(pageFor('/people/1')).toBe('index.html');
});

it('hashes inline scripts only, as the CSP specification does', () => {
  expect(inlineScriptHashes(MOBILE_HTML).map((h) => `'sha256-${h}'`)).toEqual([SPEC_HASH]);
  // One character more is another script.
  expect(inlineScriptHashes(`<script>${INLINE} </script>`).map((h) => `'sha256-${h}'`)).not.toEqual([SPEC_HASH]);
  expect(inlineScriptHashes('<script src="/a.js"></script><script type="module" src="/b.js"></script>')).toEqual([]);
});

describeEachDb(
  'web apps as files',
  (ctx) => {
    it('sends the phone page for /m paths, brotli when accepted, revalidated', async () => {
      for (const url of ['/m', '/m/login', '/m/claims']) {
        const r = await ctx().app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
        expect(r.statusCode, url).toBe(200);
        expect(r.headers['content-encoding']).toBe('br');
        expect(r.headers['content-type']).toMatch(/^text\/html/);
        expect(r.headers['cache-control']).toBe(REVALIDATE);
        expect(zlib.brotliDecompressSync(r.rawPayload).toString()).toBe(MOBILE_HTML);
      }
    });

    it("allows the phone page's inline sign-in script by its hash, and no other inline script", async () => {
      for (const url of ['/m/login', '/healthz']) {
        const r = await ctx().app.inject({ method: 'GET', url });
        const scriptSrc = String(r.headers['content-security-policy'])
          .split(';')
          .find((d) => d.trim().startsWith('script-src'));
        expect(scriptSrc, url).toBe(`script-src 'self' ${SPEC_HASH}`);
      }
    });

    it('sends a hashed asset precompressed and cached for ever; plain to a browser that takes no compression', async () => {
      const url = '/m/assets/mobile-AbCd1234.js';
      const gz = await ctx().app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
      expect(gz.statusCode).toBe(200);
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gz.headers['cache-control']).toBe(IMMUTABLE);
      expect(gz.headers.vary).toMatch(/accept-encoding/i);
      expect(gz.headers['content-type']).toMatch(/javascript/);
      expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(BOOT_JS);
      expect(gz.rawPayload.length).toBeLessThan(BOOT_JS.length / 4);
      const plain = await ctx().app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'identity' } });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body).toBe(BOOT_JS);
    });

    it('sends the staff page elsewhere, and problems for the API, other methods and missing assets', async () => {
      const staff = await ctx().app.inject({ method: 'GET', url: '/people/123' });
      expect(staff.statusCode).toBe(200);
      expect(staff.body).toBe(STAFF_HTML);
      expect(staff.headers['cache-control']).toBe(REVALIDATE);
      for (const [method, url] of [
        ['GET', '/api/v1/nothing-here'],
        ['POST', '/m/login'],
      ] as const) {
        const r = await ctx().app.inject({ method, url });
        expect(r.statusCode, `${method} ${url}`).toBe(404);
        expect(r.headers['content-type']).toMatch(/problem\+json/);
      }
    });
  },
  { webDist: dist },
);
