/** Kysely row types of the classification catalogues (reference tables, replicated to every shard). */

export interface IndustryRow {
  /** Section letter (A–T) or 2-digit division. */
  code: string;
  level: string;
  parent: string | null;
  name: string;
  /** 1 when O61-1.1 names the sector for targeted support. */
  priority_sector: number;
}

export interface OccupationRow {
  /** e.g. `6-18-02-04`; majors are one digit, mids `6-18`, minors `6-18-02`. */
  code: string;
  level: string;
  parent: string | null;
  name: string;
  is_digital: number;
  is_green: number;
}

export interface CatalogTables {
  industries: IndustryRow;
  occupations: OccupationRow;
}
