/** The one-second credential cache (decision 234): lifetimes, session ends, changes and races by hand-picked instants. */
import { describe, expect, it } from 'vitest';
import { createSessionCache, credentialsChanged } from './session-cache.js';

const T = Date.parse('2026-11-28T02:00:00.000Z');
const FAR = T + 12 * 3600 * 1000;

describe('session cache', () => {
  it('keeps an entry for its lifetime and not one millisecond more', () => {
    const c = createSessionCache<string>(1000);
    c.put('k', 'v', c.begin(), T, FAR);
    expect(c.get('k', T)).toBe('v');
    expect(c.get('k', T + 999)).toBe('v');
    expect(c.get('k', T + 1000)).toBeUndefined();
    // Gone for good once found expired.
    expect(c.get('k', T + 500)).toBeUndefined();
  });

  it('never keeps longer than a second, whatever it is asked', () => {
    const c = createSessionCache<string>(60_000);
    c.put('k', 'v', c.begin(), T, FAR);
    expect(c.get('k', T + 999)).toBe('v');
    expect(c.get('k', T + 1000)).toBeUndefined();
  });

  it('an entry ends with its session', () => {
    const c = createSessionCache<string>(1000);
    c.put('k', 'v', c.begin(), T, T + 300);
    expect(c.get('k', T + 299)).toBe('v');
    expect(c.get('k', T + 300)).toBeUndefined();
  });

  it('a lifetime of 0 keeps nothing', () => {
    const c = createSessionCache<string>(0);
    c.put('k', 'v', c.begin(), T, FAR);
    expect(c.get('k', T)).toBeUndefined();
  });

  it('a clock that went back misses', () => {
    const c = createSessionCache<string>(1000);
    c.put('k', 'v', c.begin(), T, FAR);
    expect(c.get('k', T - 1)).toBeUndefined();
  });

  it('a change of credentials in this process makes every kept entry stale', () => {
    const a = createSessionCache<string>(1000);
    const b = createSessionCache<string>(1000);
    a.put('k', 'v', a.begin(), T, FAR);
    b.put('k', 'w', b.begin(), T, FAR);
    credentialsChanged();
    expect(a.get('k', T + 1)).toBeUndefined();
    expect(b.get('k', T + 1)).toBeUndefined();
  });

  it('a read that began before a change is not kept (it may have read the old row)', () => {
    const c = createSessionCache<string>(1000);
    const before = c.begin();
    credentialsChanged();
    c.put('k', 'old', before, T, FAR);
    expect(c.get('k', T)).toBeUndefined();
    const after = c.begin();
    c.put('k', 'new', after, T, FAR);
    expect(c.get('k', T)).toBe('new');
  });

  it('holds at most its capacity, forgetting the oldest first', () => {
    const c = createSessionCache<number>(1000, 3);
    for (const [i, k] of ['a', 'b', 'c', 'd'].entries()) c.put(k, i, c.begin(), T, FAR);
    expect(c.get('a', T)).toBeUndefined();
    expect([c.get('b', T), c.get('c', T), c.get('d', T)]).toEqual([1, 2, 3]);
    // Putting a kept key again makes it the newest.
    c.put('b', 10, c.begin(), T, FAR);
    c.put('e', 4, c.begin(), T, FAR);
    expect(c.get('c', T)).toBeUndefined();
    expect(c.get('b', T)).toBe(10);
  });
});
