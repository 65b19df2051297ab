/**
 * The seed files of the catalogues and an in-memory index over them for hot paths (validating an
 * import row, naming a code in a response) where a database round trip per value would be waste.
 * The same files fill the database tables (catalog.loader.ts), so the index and the tables agree.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { parseIndustries, parseOccupations, type Industry, type Occupation } from './catalog.js';

const INDUSTRIES_FILE = new URL('./seed/industries-gbt4754-2017.tsv', import.meta.url);
const OCCUPATIONS_FILE = new URL('./seed/occupations-2022.tsv', import.meta.url);

interface CatalogSeed {
  industries: Industry[];
  occupations: Occupation[];
  industryByCode: Map<string, Industry>;
  occupationByCode: Map<string, Occupation>;
  /** sha256 prefix of both files: the version stamp of the loaded reference data. */
  version: string;
}

let cached: CatalogSeed | undefined;

/** Reads and indexes both seed files once per process. */
export function catalogSeed(): CatalogSeed {
  if (cached) return cached;
  const industriesText = fs.readFileSync(INDUSTRIES_FILE, 'utf8');
  const occupationsText = fs.readFileSync(OCCUPATIONS_FILE, 'utf8');
  const industries = parseIndustries(industriesText);
  const occupations = parseOccupations(occupationsText);
  const version = crypto.createHash('sha256').update(industriesText).update('\0').update(occupationsText).digest('hex').slice(0, 16);
  cached = {
    industries,
    occupations,
    industryByCode: new Map(industries.map((r) => [r.code, r])),
    occupationByCode: new Map(occupations.map((r) => [r.code, r])),
    version,
  };
  return cached;
}

/** True for a GB/T 4754-2017 section letter or division in the catalogue. */
export function isIndustryCode(code: string): boolean {
  return catalogSeed().industryByCode.has(code);
}

/** True for any occupation-catalogue code (major, middle or minor group, occupation or work type). */
export function isOccupationCode(code: string): boolean {
  return catalogSeed().occupationByCode.has(code);
}

/** The Chinese name of an industry code, or null when unknown. */
export function industryName(code: string): string | null {
  return catalogSeed().industryByCode.get(code)?.name ?? null;
}

/** The Chinese name of an occupation code, or null when unknown. */
export function occupationName(code: string): string | null {
  return catalogSeed().occupationByCode.get(code)?.name ?? null;
}

/** The industry codes a filter covers: a section covers itself and its divisions; a division itself. */
export function industryCodesUnder(code: string): string[] {
  const seed = catalogSeed();
  const row = seed.industryByCode.get(code);
  if (!row) return [];
  if (row.level === 'division') return [code];
  return [code, ...seed.industries.filter((r) => r.parent === code).map((r) => r.code)];
}

/** The section letter of an industry code (itself for a section), or null when unknown. */
export function industrySection(code: string): string | null {
  const row = catalogSeed().industryByCode.get(code);
  if (!row) return null;
  return row.level === 'section' ? row.code : row.parent;
}
