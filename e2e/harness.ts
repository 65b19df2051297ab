/**
 * The browser-test harness: the real server in-process (demo mode, fresh SQLite folder, a free
 * port on 127.0.0.1) and Debian's chromium driven through playwright-core.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { loadConfig } from '../src/config.js';
import { openRuntime, type Runtime } from '../src/runtime.js';
import { bootstrap } from '../src/bootstrap.js';
import { buildApp, type App } from '../src/http/app.js';

export const repoRoot = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
export const resultsDir = path.join(repoRoot, 'test-results');

export interface Harness {
  baseUrl: string;
  browser: Browser;
  runtime: Runtime;
  close(): Promise<void>;
}

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Starts server and browser; `close` stops both and removes the data folder (safe to call twice). */
export async function startHarness(): Promise<Harness> {
  const webDist = path.join(repoRoot, 'web', 'dist');
  if (!fs.existsSync(path.join(webDist, 'index.html'))) throw new Error('web/dist is missing: run `npm run build:web` first');
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium fonts-wqy-microhei`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wugong-e2e-'));
  const config = loadConfig({
    WUGONG_DATA_DIR: dir,
    WUGONG_DEMO: 'true',
    WUGONG_WEB_DIST: webDist,
    HOST: '127.0.0.1',
    PORT: '0',
    WUGONG_RATE_LIMIT: '100000',
    WUGONG_LOG_LEVEL: 'warn',
  });
  let runtime: Runtime | undefined;
  let app: App | undefined;
  let browser: Browser | undefined;
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await browser?.close().catch(() => undefined);
    await app?.close().catch(() => undefined);
    await runtime?.close().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    runtime = await openRuntime(config);
    await bootstrap(runtime);
    app = await buildApp({ services: runtime.services, config });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address: AddressInfo | string | null = app.server.address();
    if (address === null || typeof address === 'string') throw new Error('the server has no TCP address');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    return { baseUrl: `http://127.0.0.1:${address.port}`, browser, runtime, close };
  } catch (err) {
    await close();
    throw err;
  }
}
