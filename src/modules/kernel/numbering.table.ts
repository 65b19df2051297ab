/** Kysely row types of readable numbering: one counter per kind, printed place and year. */

export interface NumberSequenceRow {
  /** What is numbered: claim, payment, payment_batch, complaint … */
  kind: string;
  /** The printed place label (都安): counties sharing a short name share the counter, so numbers never collide. */
  scope: string;
  year: number;
  /** The last number handed out (committed with the record that carries it). */
  last: number;
}

export interface NumberingTables {
  number_sequences: NumberSequenceRow;
}

// The kernel adds its tables to the database type itself (decision 142).
declare module '../../db/schema.js' {
  interface Database extends NumberingTables {}
}
