/**
 * The two classification catalogues (GB/T 4754-2017 industries, the 2022 occupation classification)
 * as plain data: row types, the parser of the seed files and the O61-1.1 priority-sector rule.
 * Pure: the seed files are read by `catalog.seed.ts`, the database is touched only by the repository.
 */

export const industryLevels = ['section', 'division'] as const;
export type IndustryLevel = (typeof industryLevels)[number];

export const occupationLevels = ['major', 'mid', 'small', 'occupation', 'job_type'] as const;
export type OccupationLevel = (typeof occupationLevels)[number];

export interface Industry {
  code: string;
  level: IndustryLevel;
  parent: string | null;
  name: string;
  /** A sector singled out for targeted support by O61-1.1 (accommodation, catering, trade, culture, domestic services). */
  prioritySector: boolean;
}

export interface Occupation {
  code: string;
  level: OccupationLevel;
  parent: string | null;
  name: string;
  isDigital: boolean;
  isGreen: boolean;
}

/** Sections and divisions flagged for O61-1.1; see seed/COVERAGE.md and decision 052. */
export const PRIORITY_SECTOR_CODES: ReadonlySet<string> = new Set(['F', '51', '52', 'H', '61', '62', '80', '88', '90']);

export function isIndustryLevel(s: string): s is IndustryLevel {
  return (industryLevels as readonly string[]).includes(s);
}

export function isOccupationLevel(s: string): s is OccupationLevel {
  return (occupationLevels as readonly string[]).includes(s);
}

/** Splits a TSV text into rows of cells, dropping the header line and blank lines. */
function tsvRows(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split('\t'));
}

/** Parses industries-gbt4754-2017.tsv (code, level, parent_code, name). Throws on a malformed seed file (a bug). */
export function parseIndustries(text: string): Industry[] {
  return tsvRows(text).map((cells, i) => {
    const [code = '', level = '', parent = '', name = ''] = cells;
    if (!code || !name || !isIndustryLevel(level)) throw new Error(`industries seed: bad row ${i + 2}`);
    return { code, level, parent: parent || null, name, prioritySector: PRIORITY_SECTOR_CODES.has(code) };
  });
}

/** Parses occupations-2022.tsv (code, level, parent_code, name, is_digital, is_green). */
export function parseOccupations(text: string): Occupation[] {
  return tsvRows(text).map((cells, i) => {
    const [code = '', level = '', parent = '', name = '', digital = '0', green = '0'] = cells;
    if (!code || !name || !isOccupationLevel(level)) throw new Error(`occupations seed: bad row ${i + 2}`);
    return { code, level, parent: parent || null, name, isDigital: digital === '1', isGreen: green === '1' };
  });
}
