/**
 * Log lines gathered in the buffered destination (decision 168) are written when the process
 * exits through process.exit, as the server's shutdown does: the last access lines before a
 * stop are not lost.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

it('writes the buffered lines at process.exit', () => {
  const script = `
    import pino from 'pino';
    import { loggerOptions } from './src/http/log-redact.ts';
    const o = loggerOptions({ level: 'info' });
    const log = pino({ level: o.level, hooks: o.hooks }, o.stream);
    log.info({ n: 1 }, 'the last line before the stop');
    process.exit(0);
  `;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toContain('the last line before the stop');
});
