/** The lazy request logger writes what pino's child writes, bindings included, and makes the child only when used. */
import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { lazyChildLogger } from './lazy-logger.js';

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString('utf8').split('\n')) if (l) lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: pino({ level: 'info', base: null, timestamp: false }, stream) };
}

describe('lazy request logger', () => {
  it('makes no child until a line is written, then writes with the bindings', async () => {
    const { lines, logger } = capture();
    let children = 0;
    const counting = Object.assign(Object.create(logger) as typeof logger, {
      child: (b: Record<string, unknown>, o?: object) => {
        children++;
        return logger.child(b, o);
      },
    });
    const log = lazyChildLogger(counting, { reqId: 'r-1' }, {});
    expect(children).toBe(0);
    expect(log.level).toBe('info');
    log.debug('not written');
    expect(children).toBe(1);
    log.info({ status: 200 }, 'request');
    log.warn('careful');
    log.child({ step: 'x' }).error('failed');
    await new Promise((r) => setImmediate(r));
    expect(children).toBe(1);
    expect(lines).toEqual([
      { level: 30, reqId: 'r-1', status: 200, msg: 'request' },
      { level: 40, reqId: 'r-1', msg: 'careful' },
      { level: 50, reqId: 'r-1', step: 'x', msg: 'failed' },
    ]);
  });

  it('takes the level the route asks for, and a level set later', () => {
    const { lines, logger } = capture();
    const log = lazyChildLogger(logger, { reqId: 'r-2' }, { level: 'warn' });
    expect(log.level).toBe('warn');
    log.info('dropped');
    log.level = 'debug';
    log.debug('kept');
    expect(lines.map((l) => l.msg)).toEqual(['kept']);
  });
});
