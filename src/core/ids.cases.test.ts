/**
 * UUID version 7 layout and the per-millisecond counter, with the clock held still: within one
 * millisecond the 12-bit counter runs 000…fff, then the id borrows the next millisecond; a clock
 * that steps back never makes an id smaller; the random bits differ from id to id.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newId } from './ids.js';

const hex = (id: string) => id.replace(/-/g, '');
const msOf = (id: string) => Number.parseInt(hex(id).slice(0, 12), 16);
const counterOf = (id: string) => Number.parseInt(hex(id).slice(13, 16), 16);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('newId with the clock held still', () => {
  it('counts 0..4095 within a millisecond, then moves to the next one', () => {
    const t = Date.now() + 3_600_000; // later than any id made so far, so the counter restarts
    vi.spyOn(Date, 'now').mockReturnValue(t);
    const ids = Array.from({ length: 4098 }, () => newId());
    expect(ids.slice(0, 3).map((id) => [msOf(id), counterOf(id)])).toEqual([
      [t, 0],
      [t, 1],
      [t, 2],
    ]);
    expect([msOf(ids[4095] ?? ''), counterOf(ids[4095] ?? '')]).toEqual([t, 4095]);
    expect([msOf(ids[4096] ?? ''), counterOf(ids[4096] ?? '')]).toEqual([t + 1, 0]);
    expect([msOf(ids[4097] ?? ''), counterOf(ids[4097] ?? '')]).toEqual([t + 1, 1]);
    for (let i = 1; i < ids.length; i++) expect((ids[i - 1] ?? '') < (ids[i] ?? ''), `id ${i}`).toBe(true);
  });

  it('keeps increasing when the clock steps back', () => {
    const t = Date.now() + 7_200_000;
    const now = vi.spyOn(Date, 'now').mockReturnValue(t);
    const a = newId();
    now.mockReturnValue(t - 5_000);
    const b = newId();
    expect(a < b).toBe(true);
    expect([msOf(b), counterOf(b)]).toEqual([t, 1]);
    now.mockReturnValue(t + 1);
    const c = newId();
    expect([msOf(c), counterOf(c)]).toEqual([t + 1, 0]);
  });

  it('sets version 7 and variant 10, and fills the rest with fresh random bits', () => {
    const ids = Array.from({ length: 1_000 }, () => newId());
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    // 62 random bits: the last 15 hex digits (after the variant nibble) never repeat here, and
    // every one of the 16 digit values shows up in them (no stuck or zeroed bytes).
    const tails = ids.map((id) => hex(id).slice(17));
    expect(new Set(tails).size).toBe(ids.length);
    const digits = new Set(tails.join(''));
    expect(digits.size).toBe(16);
    // The two bits beside the variant are random as well: all four variant nibbles occur.
    expect(new Set(ids.map((id) => hex(id).charAt(16))).size).toBe(4);
  });
});
