/** Kysely row types of the regions module. */

/** One division (province, prefecture, county or township) from the committed seed. */
export interface DivisionRow {
  /** 2, 4, 6 or 9 digits; the parent's code is always a prefix of it. */
  code: string;
  name: string;
  /** 'province' | 'prefecture' | 'county' | 'township' */
  level: string;
  /** '' for a province. */
  parent_code: string;
  /** Full pinyin, lower-case ASCII without tones or spaces (worked out when the seed was generated). */
  pinyin: string;
  /** First letters of the pinyin syllables. */
  initials: string;
}

/** A dated priority designation; a code designates every division under it. Never deleted. */
export interface PriorityDesignationRow {
  id: string;
  kind: string;
  code: string;
  name: string;
  valid_from: string;
  valid_to: string | null;
  source: string;
  created_at: string;
  /** null for designations loaded from the seed. */
  created_by: string | null;
  closed_at: string | null;
  closed_by: string | null;
  close_reason: string | null;
}

export interface RegionTables {
  divisions: DivisionRow;
  priority_designations: PriorityDesignationRow;
}
