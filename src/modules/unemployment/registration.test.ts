import { describe, expect, it } from 'vitest';
import { acceptingPlaces, officeAccepts, placesOf, registrationRegion } from './registration.js';

describe('which office may register a person at a place (decision 143)', () => {
  it('accepts the county bureau, its townships and the offices above it; refuses the next county and another province', () => {
    // Place: 安阳镇, 都安 (451228100).
    expect(officeAccepts('451228', '451228100')).toBe(true);
    expect(officeAccepts('451228100', '451228100')).toBe(true);
    expect(officeAccepts('451228101', '451228100')).toBe(true);
    expect(officeAccepts('4512', '451228100')).toBe(true);
    expect(officeAccepts('45', '451228100')).toBe(true);
    expect(officeAccepts('', '451228100')).toBe(true);
    expect(officeAccepts('451227', '451228100')).toBe(false);
    expect(officeAccepts('451227100', '451228100')).toBe(false);
    expect(officeAccepts('4513', '451228100')).toBe(false);
    expect(officeAccepts('44', '451228100')).toBe(false);
    // A county-level place (东莞 441900): its towns accept.
    expect(officeAccepts('441900003', '441900')).toBe(true);
    expect(officeAccepts('441901', '441900')).toBe(false);
  });

  it('keeps the four places in order and leaves unknown ones out', () => {
    expect(placesOf(['451228100', null, '441900', '441900'])).toEqual([
      { kind: 'hukou', code: '451228100' },
      { kind: 'employment', code: '441900' },
      { kind: 'insured', code: '441900' },
    ]);
    expect(acceptingPlaces('441900', placesOf(['451228100', null, '441900', '441900'])).map((p) => p.kind)).toEqual([
      'employment',
      'insured',
    ]);
    expect(acceptingPlaces('451227', placesOf(['451228100', null, '441900', '441900']))).toEqual([]);
  });

  it('files the registration under the township office inside the county, else under the place', () => {
    expect(registrationRegion('451228101', '451228100')).toBe('451228101');
    expect(registrationRegion('451228', '451228100')).toBe('451228100');
    expect(registrationRegion('441900003', '441900')).toBe('441900003');
    expect(registrationRegion('45', '451228100')).toBe('451228100');
  });
});
