/**
 * Column-type helpers so one migration set serves both databases.
 * Conventions: ids are text UUIDs; dates are 'YYYY-MM-DD' text; instants are ISO-8601 UTC text;
 * booleans are integers 0/1; money is integer fen (bigint); JSON is stored as text.
 */
import { sql, type ColumnDataType, type RawBuilder } from 'kysely';
import type { DialectName } from './database.js';

/** An auto-incrementing integer key for append-only logs (serial on PostgreSQL). */
export function serialType(dialect: DialectName): ColumnDataType {
  return dialect === 'postgres' ? 'bigserial' : 'integer';
}

/** Converts a boolean to its stored form. */
export function toFlag(b: boolean): number {
  return b ? 1 : 0;
}

/** Reads a stored flag (0/1, or a boolean from a driver) as a boolean. */
export function fromFlag(v: number | boolean | null | undefined): boolean {
  return v === true || v === 1;
}

/** Escapes LIKE wildcards in user input; use with `escape '\'`. */
export function likePrefix(s: string): string {
  return `${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** `column LIKE pattern ESCAPE '\'`: SQLite has no default escape character, so give it explicitly. */
export function likeEscaped(column: string, pattern: string): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(column)} like ${pattern} escape '\\'`;
}

/** The LIKE pattern of a substring search, wildcards in the input escaped. */
export function likeContains(s: string): string {
  return `%${likePrefix(s)}`;
}
