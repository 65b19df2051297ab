/** What every service is built from: the database, clock, cipher and configuration. */
import type { Clock } from '../core/clock.js';
import type { Db } from '../db/database.js';
import type { Pii } from '../crypto/pii.js';
import type { Config } from '../config.js';

export interface Deps {
  db: Db;
  clock: Clock;
  pii: Pii;
  config: Config;
}
