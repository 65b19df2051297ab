/** Kysely row types of the policy administration module (migration 0007_policy). */

/**
 * One recorded value of a policy parameter (append-only: rows are never updated or deleted; a
 * correction is a newer row for the same key, region and effective date).
 */
export interface PolicyParameterRow {
  id: string;
  key: string;
  /** Division code (2, 4 or 6 digits); '' for a national value. */
  region_code: string;
  /** JSON text: integer (fen, months, basis points, 0/1 flag …) or an ISO date string, as the key's unit requires. */
  value: string;
  effective_from: string;
  effective_to: string | null;
  recorded_at: string;
  source: string;
  /** 1 when the figure is a demonstration value to be replaced. */
  illustrative: number;
  created_by: string | null;
}

export interface PolicyTables {
  policy_parameters: PolicyParameterRow;
}
