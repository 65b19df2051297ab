import { describe, expect, it } from 'vitest';
import { fairErrors, normaliseCode, phaseOn, reminderAt, type FairInput } from './fair.js';

const base: FairInput = {
  name: '春风行动专场',
  kind: 'onsite',
  startsOn: '2026-12-05',
  endsOn: '2026-12-05',
  hours: '09:00-16:30',
  venueCode: '451228100',
  venueAddress: '安阳镇人民广场',
  targetGroups: ['poor_labourers'],
  capacity: 1,
};
const paths = (f: Partial<FairInput>, today = '2026-11-28') => fairErrors({ ...base, ...f }, today).map((e) => e.path);

describe('a fair as entered (decision 204)', () => {
  it('takes a one-day fair starting today and a seven-day one; refuses yesterday and an eighth day', () => {
    expect(paths({ startsOn: '2026-11-28', endsOn: '2026-11-28' })).toEqual([]);
    expect(paths({ startsOn: '2026-11-27', endsOn: '2026-11-27' })).toEqual(['/startsOn']);
    expect(paths({ endsOn: '2026-12-11' })).toEqual([]);
    expect(paths({ endsOn: '2026-12-12' })).toEqual(['/endsOn']);
    expect(paths({ endsOn: '2026-12-04' })).toEqual(['/endsOn']);
  });

  it('wants closing after opening, a venue on site only, a target group and a place for at least one', () => {
    expect(paths({ hours: '09:00-09:00' })).toEqual(['/hours']);
    expect(paths({ hours: '9:00-16:00' })).toEqual(['/hours']);
    expect(paths({ hours: '08:00-23:59' })).toEqual([]);
    expect(paths({ kind: 'online', venueCode: null, venueAddress: null })).toEqual([]);
    expect(paths({ kind: 'both', venueCode: '45122', venueAddress: ' ' })).toEqual(['/venueCode', '/venueAddress']);
    expect(paths({ targetGroups: [], capacity: 0 })).toEqual(['/targetGroups', '/capacity']);
  });

  it('is upcoming the day before, running on its days, ended the day after', () => {
    const f = { startsOn: '2026-12-05', endsOn: '2026-12-06' };
    expect(['2026-12-04', '2026-12-05', '2026-12-06', '2026-12-07'].map((d) => phaseOn(f, d))).toEqual([
      'upcoming',
      'running',
      'running',
      'ended',
    ]);
  });

  it('reminds at 09:00 Beijing the day before (01:00 UTC), across a month end', () => {
    expect(reminderAt('2026-12-01').toISOString()).toBe('2026-11-30T01:00:00.000Z');
    expect(reminderAt('2027-01-01').toISOString()).toBe('2026-12-31T01:00:00.000Z');
  });

  it('reads a code typed with spaces, dashes or small letters', () => {
    expect(normaliseCode(' ab3-k7 m')).toBe('AB3K7M');
  });
});
