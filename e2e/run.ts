/**
 * `npm run test:e2e`: runs every e2e/*.e2e.ts file. Each file exports named async tests that take
 * `{ page, baseUrl }`; every test gets a fresh browser context (no shared cookies) against the
 * one server. Prints each result and `N passed, N failed`; exits non-zero on any failure.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { repoRoot, resultsDir, startHarness, type Harness } from './harness.js';

export interface TestContext {
  page: Page;
  baseUrl: string;
}
export type E2eTest = (ctx: TestContext) => Promise<void>;

function isTest(v: unknown): v is E2eTest {
  return typeof v === 'function';
}

async function main(): Promise<number> {
  const only = process.argv.slice(2);
  const dir = path.join(repoRoot, 'e2e');
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.e2e.ts'))
    .sort()
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
  fs.mkdirSync(resultsDir, { recursive: true });
  let harness: Harness | undefined;
  const stop = () => {
    void (harness?.close() ?? Promise.resolve()).finally(() => process.exit(130));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  let passed = 0;
  let failed = 0;
  try {
    harness = await startHarness();
    console.log(`e2e: server on ${harness.baseUrl}, ${files.length} file(s)`);
    for (const file of files) {
      const mod: Record<string, unknown> = await import(pathToFileURL(path.join(dir, file)).href);
      for (const [name, test] of Object.entries(mod)) {
        if (!isTest(test)) continue;
        const context = await harness.browser.newContext({
          viewport: { width: 1280, height: 900 },
          locale: 'zh-CN',
          acceptDownloads: true,
        });
        const page = await context.newPage();
        page.setDefaultTimeout(20_000);
        const started = Date.now();
        try {
          await test({ page, baseUrl: harness.baseUrl });
          passed++;
          console.log(`  ✓ ${file} › ${name} (${Date.now() - started} ms)`);
        } catch (err) {
          failed++;
          const shot = path.join(resultsDir, `FAILED-${file.replace(/\W+/g, '_')}-${name}.png`);
          await page.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
          console.log(
            `  ✗ ${file} › ${name}\n    ${err instanceof Error ? (err.stack ?? err.message).split('\n').slice(0, 6).join('\n    ') : String(err)}\n    screenshot: ${shot}`,
          );
        } finally {
          await context.close().catch(() => undefined);
        }
      }
    }
  } catch (err) {
    failed++;
    console.error(`e2e harness failed: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    await harness?.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
