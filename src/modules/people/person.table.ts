/** Kysely row types of the people module (migration 0003_people). */

/** The data columns of a person, as computed from a validated input (see person.codec.ts). */
export interface PersonDataColumns {
  province: string;
  name: string;
  name_pinyin: string;
  name_initials: string;
  id_enc: string;
  id_index: string;
  /** The masked ID number (first six and last four characters, migration 0032); null until filled on an old row. */
  id_masked: string | null;
  sex: string;
  birth_date: string;
  phone_enc: string | null;
  phone_index: string | null;
  /** The masked phone (first three and last four digits); null without a phone or until filled. */
  phone_masked: string | null;
  bank_enc: string | null;
  bank_index: string | null;
  hukou_code: string;
  residence_code: string | null;
  employment_code: string | null;
  insured_code: string | null;
  poverty_registered: number;
  poverty_from: string | null;
  poverty_to: string | null;
  dibao: number;
  dibao_from: string | null;
  dibao_to: string | null;
  education: string | null;
  willing_to_go_out: number;
  expected_wage_fen: number | null;
  /** JSON array of skill names. */
  skills: string;
}

export interface PersonRow extends PersonDataColumns {
  id: string;
  merged_into: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** National uniqueness of an ID number: one row per blind index (a small reference table). */
export interface PersonIdentityRow {
  id_index: string;
  person_id: string;
}

export interface PersonOccupationRow {
  id: string;
  person_id: string;
  province: string;
  /** 职业分类大典 2022 code, e.g. 6-18-01-01. */
  occupation_code: string;
  /** Vocational skill level 1 (高级技师) … 5 (初级工), or null. */
  level: number | null;
  created_at: string;
}

export interface EmploymentHistoryRow {
  id: string;
  person_id: string;
  province: string;
  enterprise_name: string;
  credit_code: string | null;
  division_code: string;
  occupation_code: string | null;
  start_date: string;
  end_date: string | null;
  monthly_wage_fen: number | null;
  created_at: string;
  /** The registered enterprise of this employment, when known (migration 0010). */
  enterprise_id: string | null;
}

export interface InsuranceHistoryRow {
  id: string;
  person_id: string;
  province: string;
  kind: string;
  division_code: string;
  /** 'YYYY-MM'. */
  start_month: string;
  end_month: string | null;
  contribution_months: number;
  created_at: string;
}

export interface PeopleTables {
  people: PersonRow;
  person_identities: PersonIdentityRow;
  person_occupations: PersonOccupationRow;
  employment_history: EmploymentHistoryRow;
  insurance_history: InsuranceHistoryRow;
}
