/** The access-log setting (decision 239): `writes` by default, `all` on request, anything else refused at start. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('WUGONG_ACCESS_LOG', () => {
  it('is writes when unset or empty, all or writes when given', () => {
    expect(loadConfig({}).accessLog).toBe('writes');
    expect(loadConfig({ WUGONG_ACCESS_LOG: '' }).accessLog).toBe('writes');
    expect(loadConfig({ WUGONG_ACCESS_LOG: 'all' }).accessLog).toBe('all');
    expect(loadConfig({ WUGONG_ACCESS_LOG: 'writes' }).accessLog).toBe('writes');
  });

  it('refuses any other value, naming the choices', () => {
    for (const v of ['ALL', 'none', 'reads', ' all'])
      expect(() => loadConfig({ WUGONG_ACCESS_LOG: v })).toThrow(
        new ConfigError(`WUGONG_ACCESS_LOG must be one of all, writes, got "${v}"`),
      );
  });
});
