/**
 * The phone pages as files (decisions 192, 229): the HTML with the sign-in inline, allowed by its CSP
 * hash and revalidated; the pages module named by its hash and cached for ever; all compressed.
 */
import type { TestContext } from './run.js';
import { expect } from './helpers.js';

/** The phone pages' files: HTML (with the sign-in inline) revalidated, the pages module cached for a year, all compressed. */
export async function workerPagesCompressedAndCachedForEver({ baseUrl }: TestContext): Promise<void> {
  const html = await fetch(`${baseUrl}/m/claims`, { headers: { 'accept-encoding': 'br, gzip' } });
  expect(html.ok, `GET /m/claims: ${html.status}`);
  expect(
    html.headers.get('content-encoding') === 'br',
    `the page should come brotli-compressed, got ${html.headers.get('content-encoding')}`,
  );
  expect(html.headers.get('cache-control') === 'no-cache', `the page should be revalidated, got ${html.headers.get('cache-control')}`);
  const text = await html.text();
  // The sign-in travels inside the page (decision 229): its script and style are inline, allowed by hash.
  expect(/<script type="module">[^<]{1000,}/.test(text) && /<style>[^<]{500,}/.test(text), 'the sign-in should be inline');
  const csp = html.headers.get('content-security-policy') ?? '';
  expect(
    /script-src 'self' 'sha256-[\w+/]+=*'/.test(csp) && !/script-src[^;]*unsafe-inline/.test(csp),
    `script-src by hash only, got ${csp}`,
  );
  const assets = [...new Set([...text.matchAll(/\/m\/assets\/pages-[\w-]+\.js/g)].map((m) => m[0]))];
  expect(assets.length === 1, `the page should import one pages module by its hashed name, got ${assets.join(', ')}`);
  for (const asset of assets) {
    for (const encoding of ['br', 'gzip']) {
      const r = await fetch(`${baseUrl}${asset}`, { headers: { 'accept-encoding': encoding } });
      expect(r.ok, `${asset}: ${r.status}`);
      expect(
        r.headers.get('content-encoding') === encoding,
        `${asset} should come as ${encoding}, got ${r.headers.get('content-encoding')}`,
      );
      expect(
        r.headers.get('cache-control') === 'public, max-age=31536000, immutable',
        `${asset} should be cached for ever, got ${r.headers.get('cache-control')}`,
      );
    }
  }
  const staff = await fetch(`${baseUrl}/m/login`);
  expect(!(await staff.text()).includes('antd'), 'the phone page is not the staff app');
}
