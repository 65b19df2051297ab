import { describe, expect, it } from 'vitest';
import { contributionMonthsOn, mergeClaimFacts, personFacts, placeFact, type RegistryRecord } from './person-facts.js';

const base: RegistryRecord = {
  birthDate: '1990-05-20',
  hukouCode: '451228100',
  residenceCode: '451228',
  employmentCode: null,
  insuredCode: null,
  povertyRegistered: true,
  povertyFrom: '2016-01-01',
  povertyTo: '2020-12-31',
  dibao: true,
  dibaoFrom: '2021-01-01',
  dibaoTo: null,
  employment: [{ divisionCode: '441900003', startDate: '2020-03-01', endDate: null }],
  insurance: [
    { kind: 'unemployment', divisionCode: '441900', startMonth: '2020-03', endMonth: null, contributionMonths: 30 },
    { kind: 'unemployment', divisionCode: '451228', startMonth: '2017-01', endMonth: '2017-12', contributionMonths: 12 },
    { kind: 'pension', divisionCode: '441900', startMonth: '2015-01', endMonth: null, contributionMonths: 60 },
  ],
};

describe('personFacts (registry record → facts)', () => {
  it('maps the four localities, status flags on the date, insurance and employment', () => {
    const f = personFacts(base, '2021-05-01');
    expect(f).toEqual({
      birthDate: '1990-05-20',
      migrantWorker: true,
      povertyRegistered: false,
      hukouRegion: '451228100',
      residenceRegion: '451228',
      employmentRegion: '441900003',
      insuredRegion: '441900',
      employedNow: true,
      continuousServiceMonths: 14,
      household: 'dibao',
      contributionMonths: 12 + 15,
      firstInsuredDate: '2017-01-01',
    });
  });

  it('reads poverty registration and 低保 by their dates', () => {
    expect(personFacts(base, '2020-12-31').povertyRegistered).toBe(true);
    expect(personFacts(base, '2020-12-31').household).toBeUndefined();
    expect(personFacts(base, '2021-01-01').household).toBe('dibao');
  });

  it('counts only months elapsed on a running insurance record, and none before it starts', () => {
    expect(contributionMonthsOn(base.insurance, '2017-06-15')).toBe(6);
    expect(contributionMonthsOn(base.insurance, '2018-02-01')).toBe(12);
    expect(contributionMonthsOn(base.insurance, '2016-12-31')).toBe(0);
    expect(personFacts(base, '2016-12-31').firstInsuredDate).toBeUndefined();
  });

  it('is not employed after the last job ended; an employment place without job records counts as employed', () => {
    const ended = { ...base, employment: [{ divisionCode: '441900', startDate: '2020-03-01', endDate: '2021-02-28' }] };
    expect(personFacts(ended, '2021-05-01').employedNow).toBe(false);
    expect(personFacts({ ...base, employment: [], employmentCode: '441900' }, '2021-05-01')).toMatchObject({
      employedNow: true,
      employmentRegion: '441900',
    });
    expect(personFacts({ ...base, employment: [] }, '2021-05-01').employedNow).toBe(false);
  });

  it('cuts village codes to the township and drops short codes', () => {
    expect(placeFact('451228100201')).toBe('451228100');
    expect(placeFact('4512')).toBeUndefined();
    expect(placeFact(null)).toBeUndefined();
  });

  it('merges claim facts for what the registry lacks; registry facts win and conflicts are reported', () => {
    const m = mergeClaimFacts(personFacts(base, '2021-05-01'), { monthsEmployedAway: 4, birthDate: '1991-01-01' });
    expect(m.facts.monthsEmployedAway).toBe(4);
    expect(m.facts.birthDate).toBe('1990-05-20');
    expect(m.ignored).toEqual(['birthDate']);
  });
});
