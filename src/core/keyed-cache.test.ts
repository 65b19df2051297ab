import { describe, expect, it } from 'vitest';
import { createKeyedCache } from './keyed-cache.js';

/** A build the test finishes by hand, counting how often it was started. */
function builds() {
  const started: Array<{ key: string; finish: (v: string) => void; fail: (e: Error) => void }> = [];
  const build = (key: string) => () =>
    new Promise<string>((finish, fail) => {
      started.push({ key, finish, fail });
    });
  return { started, build };
}

describe('keyed cache', () => {
  it('callers arriving during a build share it; the value is then kept', async () => {
    const c = createKeyedCache<string>();
    const { started, build } = builds();
    const a = c.get('k1', build('k1'));
    const b = c.get('k1', build('k1'));
    expect(started).toHaveLength(1);
    started[0]!.finish('v1');
    expect(await a).toBe('v1');
    expect(await b).toBe('v1');
    expect(await c.get('k1', build('k1'))).toBe('v1');
    expect(started).toHaveLength(1);
  });

  it('a new key builds again', async () => {
    const c = createKeyedCache<string>();
    const { started, build } = builds();
    const a = c.get('k1', build('k1'));
    started[0]!.finish('v1');
    await a;
    const b = c.get('k2', build('k2'));
    expect(started.map((s) => s.key)).toEqual(['k1', 'k2']);
    started[1]!.finish('v2');
    expect(await b).toBe('v2');
  });

  it('an older build finishing last does not replace the newer value', async () => {
    const c = createKeyedCache<string>();
    const { started, build } = builds();
    const old = c.get('k1', build('k1'));
    const fresh = c.get('k2', build('k2'));
    started[1]!.finish('v2');
    expect(await fresh).toBe('v2');
    started[0]!.finish('v1');
    expect(await old).toBe('v1');
    expect(await c.get('k2', build('k2'))).toBe('v2');
    expect(started).toHaveLength(2);
  });

  it('a failed build is not kept and the next call builds again', async () => {
    const c = createKeyedCache<string>();
    const { started, build } = builds();
    const a = c.get('k1', build('k1'));
    started[0]!.fail(new Error('database gone'));
    await expect(a).rejects.toThrow('database gone');
    const b = c.get('k1', build('k1'));
    expect(started).toHaveLength(2);
    started[1]!.finish('v1');
    expect(await b).toBe('v1');
  });

  it('a build is handed the value kept last (none at first, never one still being built)', async () => {
    const c = createKeyedCache<string>();
    const seen: Array<string | undefined> = [];
    const derive = (v: string) => async (previous: string | undefined) => {
      seen.push(previous);
      return v;
    };
    await c.get('k1', derive('v1'));
    const pending = c.get('k2', () => new Promise<string>(() => {}));
    await c.get('k3', derive('v3'));
    void pending;
    await c.get('k4', derive('v4'));
    expect(seen).toEqual([undefined, 'v1', 'v3']);
  });
});
