/**
 * Settings as key/value pairs (reference-data stamps, calendar options): the system module's port
 * for other modules, read and written inside the caller's transaction when one is given.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import * as repo from './settings.repository.js';

type Q = Kysely<Database> | Transaction<Database>;

/** The stored value of a setting, or undefined. */
export function readSetting(q: Q, key: string): Promise<string | undefined> {
  return repo.getSetting(q, key);
}

/** Stores a setting (insert or replace). */
export function writeSetting(q: Q, key: string, value: string, at: string): Promise<void> {
  return repo.putSetting(q, key, value, at);
}
