/** The background runner's rounds: timers before the outbox, errors reported without stopping, a clean stop. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRunner } from './runner.js';

describe('kernel runner', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs a round at start and then every interval: due timers first, then the outbox', async () => {
    const calls: string[] = [];
    const runner = createRunner(
      {
        timers: {
          runDue: async () => {
            calls.push('timers');
          },
        },
        outbox: {
          drain: async () => {
            calls.push('outbox');
          },
        },
      },
      { intervalMs: 1000 },
    );
    runner.start();
    runner.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual(['timers', 'outbox']);
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual(['timers', 'outbox', 'timers', 'outbox']);
    await runner.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toHaveLength(4);
  });

  it('reports a failed round and keeps going; stop waits for the round under way', async () => {
    const errors: unknown[] = [];
    let rounds = 0;
    let release: () => void = () => undefined;
    const runner = createRunner(
      {
        timers: {
          runDue: async () => {
            rounds++;
            if (rounds === 1) throw new Error('database unreachable');
            if (rounds === 2)
              await new Promise<void>((resolve) => {
                release = resolve;
              });
          },
        },
        outbox: { drain: async () => 0 },
      },
      { intervalMs: 100, onError: (e) => errors.push(e) },
    );
    runner.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toContain('database unreachable');
    await vi.advanceTimersByTimeAsync(100);
    expect(rounds).toBe(2);
    let stopped = false;
    const stopping = runner.stop().then(() => {
      stopped = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(stopped).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(rounds).toBe(2);
  });

  it('keeps rounding every interval after the second, and survives a failing round when nobody listens', async () => {
    let rounds = 0;
    const runner = createRunner(
      {
        timers: {
          runDue: async () => {
            rounds++;
            if (rounds === 2) throw new Error('database unreachable');
          },
        },
        outbox: { drain: async () => 0 },
      },
      { intervalMs: 100 },
    );
    runner.start();
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(100);
    await vi.advanceTimersByTimeAsync(100);
    await vi.advanceTimersByTimeAsync(100);
    expect(rounds).toBe(4);
    await runner.stop();
    // tick runs one round at once, started or not.
    await runner.tick();
    expect(rounds).toBe(5);
  });
});
