import { expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { systemActor } from '../src/modules/actor.js';
import { isValidCreditCode } from '../src/modules/enterprises/credit-code.js';
import { demoEnterprises, seedDemoEnterprises } from '../src/demo/enterprises.js';
import { enterpriseColumns, parseEnterpriseRow } from '../src/modules/enterprises/enterprise.import-parser.js';

describeEachDb('demo enterprises', (ctx) => {
  it('seeds 50 valid enterprises, 40 in 东莞 and 10 in 都安, one flagged for malicious arrears', async () => {
    const { rt } = ctx();
    expect(demoEnterprises().map((d) => d.creditCode)).toEqual(demoEnterprises().map((d) => d.creditCode));
    expect(demoEnterprises().every((d) => isValidCreditCode(d.creditCode))).toBe(true);
    await seedDemoEnterprises(rt);
    const count = async (jurisdiction: string, arrears?: boolean) => {
      const r = await rt.services.enterprises.count({ ...systemActor(), jurisdiction }, { arrears });
      return r.ok ? r.value : -1;
    };
    expect(await count('')).toBe(50);
    expect(await count('441900')).toBe(40);
    expect(await count('451228')).toBe(10);
    expect(await count('', true)).toBe(1);
    const flagged = await rt.services.enterprises.list(systemActor(), { arrears: true }, 1, 5);
    expect(flagged.ok && flagged.value.items[0]?.arrears.reason).toContain('演示数据');
  });

  it('has a template example row that parses', () => {
    const cells = Object.fromEntries(enterpriseColumns.map((c) => [c.key, c.example]));
    expect(parseEnterpriseRow(cells, systemActor()).ok).toBe(true);
  });
});
