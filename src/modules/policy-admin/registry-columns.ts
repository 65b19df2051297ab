/**
 * The registry as policy columns: streams people pages from the people module and writes each
 * person's facts (the same pure mapping as single decisions) into typed-array columns.
 */
import { PersonColumns, buildRegionIndex, rowFacts } from '../../policy/index.js';
import type { Facts } from '../../policy/index.js';
import { mergeClaimFacts, personFacts, type RegistryRecord } from './person-facts.js';

/** Where the columns come from (the people module's facts reader). */
export interface RegistrySource {
  count(scope: string): Promise<number>;
  counties(): Promise<string[]>;
  pages(scope: string, pageSize?: number): AsyncIterable<readonly RegistryRecord[]>;
}

/**
 * Columns of every live person in the jurisdiction with facts as of a date; `assume` fills facts
 * the registry does not hold (claim facts), the same for everyone.
 */
export async function loadRegistryColumns(
  source: RegistrySource,
  scope: string,
  asOf: string,
  assume: Facts = {},
  pageSize = 5000,
): Promise<PersonColumns> {
  const [expected, counties] = await Promise.all([source.count(scope), source.counties()]);
  const regions = buildRegionIndex(counties);
  const cols = new PersonColumns(expected, regions);
  let i = 0;
  for await (const page of source.pages(scope, pageSize)) {
    for (const rec of page) {
      if (i >= expected) break; // people registered while loading wait for the next run
      cols.setRow(i++, mergeClaimFacts(personFacts(rec, asOf), assume).facts);
    }
  }
  if (i === expected) return cols;
  const exact = new PersonColumns(i, regions); // records merged while loading: keep the rows actually read
  for (let j = 0; j < i; j++) exact.setRow(j, rowFacts(cols, j));
  return exact;
}
