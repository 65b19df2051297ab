/**
 * The ordered migration set, shared by SQLite and PostgreSQL. Append new migrations; never edit a
 * migration that has shipped.
 */
import type { Migration } from 'kysely';
import type { DialectName } from '../database.js';
import { foundation } from './0001_foundation.js';

export const migrationList: Array<[string, (dialect: DialectName) => Migration]> = [
  ['0001_foundation', foundation],
];
