/**
 * First load of the worker's phone pages (/m/) as a cheap phone on a slow line sees it: Chromium with
 * DevTools' "Slow 3G" (2 s latency per request, 50 000 bytes/s each way) and a CPU 4× slower, cache
 * empty, 360 × 740. Reports the bytes on the wire (as sent, compressed) until the sign-in page is
 * usable — the phone field shown and the send-code button enabled with its handler attached — and
 * after everything the page fetched in the background (the other pages, loaded while the worker
 * waits for the SMS), and the time to a usable sign-in from the start of navigation. Median of
 * `size` runs (default 3), each in a fresh browser context. Needs `npm run build:web`.
 */
import type { Benchmark } from './types.js';
import { startHarness } from '../e2e/harness.js';

const SLOW_3G = { offline: false, latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 };
const CPU_SLOWDOWN = 4;

interface Run {
  usableMs: number;
  bytesAtUsable: number;
  bytesTotal: number;
  requests: number;
  encodings: string;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

const bench: Benchmark = {
  description: 'First load of /m/ on emulated slow 3G with a 4× slower CPU: bytes on the wire, time to a usable sign-in',
  async run({ size }) {
    const runs = size ?? 3;
    const h = await startHarness();
    const results: Run[] = [];
    try {
      for (let i = 0; i < runs; i++) {
        const context = await h.browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
        let bytes = 0;
        let requests = 0;
        const encodings = new Set<string>();
        cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
          bytes += e.encodedDataLength;
          requests++;
        });
        cdp.on('Network.responseReceived', (e: { response: { url: string; headers: Record<string, string> } }) => {
          const enc = e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'];
          if (/\.(js|css|html)$|\/m\/?$|\/m\/login$/.test(e.response.url)) encodings.add(enc ?? 'identity');
        });
        await page.goto(`${h.baseUrl}/m/`, { waitUntil: 'commit', timeout: 120_000 });
        // A function, not a string: the page's CSP forbids eval. Typed loosely: this file has no DOM types.
        const handle = await page.waitForFunction(
          () => {
            const doc = Reflect.get(globalThis, 'document') as { querySelector(s: string): { disabled?: boolean } | null };
            const phone = doc.querySelector('[data-testid="m-phone"]');
            const send = doc.querySelector('[data-testid="m-send-code"]');
            return phone && send && send.disabled === false ? performance.now() : false;
          },
          null,
          { polling: 20, timeout: 120_000 },
        );
        const usableMs: unknown = await handle.jsonValue();
        const bytesAtUsable = bytes;
        const timing: unknown = await page.evaluate(() => {
          const nav = performance.getEntries().find((e) => String(e.entryType) === 'navigation');
          const res = performance.getEntriesByType('resource');
          return {
            html: Math.round(nav ? Reflect.get(nav, 'responseEnd') : 0),
            assets: res.map((r) => `${r.name.replace(/^.*\//, '')}@${Math.round(Reflect.get(r, 'responseEnd'))}`).join(' '),
          };
        });
        console.log(JSON.stringify({ run: i, usableMs, timing }));
        // The other pages are fetched behind the sign-in: wait for that script, then for the network to settle.
        await page.waitForResponse((r) => /\/m\/assets\/pages-/.test(r.url()), { timeout: 120_000 }).then((r) => r.finished());
        await page.waitForLoadState('networkidle', { timeout: 120_000 });
        results.push({
          usableMs: typeof usableMs === 'number' ? Math.round(usableMs) : -1,
          bytesAtUsable,
          bytesTotal: bytes,
          requests,
          encodings: [...encodings].sort().join(','),
        });
        await context.close();
      }
    } finally {
      await h.close();
    }
    return {
      runs,
      network: 'Slow 3G: 2000 ms latency, 50000 B/s down and up',
      cpuSlowdown: CPU_SLOWDOWN,
      usableSignInMs: median(results.map((r) => r.usableMs)),
      usableSignInMsEachRun: results.map((r) => r.usableMs).join(' '),
      bytesOnWireAtUsableSignIn: median(results.map((r) => r.bytesAtUsable)),
      bytesOnWireWholeFirstLoad: median(results.map((r) => r.bytesTotal)),
      requestsWholeFirstLoad: median(results.map((r) => r.requests)),
      contentEncodings: results[0]?.encodings ?? '',
    };
  },
};

export default bench;
