/**
 * Loads the division seed and the seeded priority designations into the database when they are
 * missing or the seed changed (version stamp in settings). One transaction; cheap when current.
 */
import type { Deps } from '../deps.js';
import { isoInstant } from '../../core/clock.js';
import { readSetting as getSetting, writeSetting as putSetting } from '../system/index.js';
import * as repo from './region.repository.js';
import { readDesignationSeed, readDivisionSeed, seedVersion } from './region.seed.js';

export const REGIONS_SEED_SETTING = 'regions.seed_version';

export interface RegionLoadReport {
  /** false when the database already held this seed version. */
  loaded: boolean;
  version: string;
  divisions: number;
  designationsInserted: number;
}

/**
 * Replaces the divisions with the seed's and inserts the seeded designations not yet present (by
 * their fixed ids): designations added by administrators, and seeded ones they closed, are never
 * touched, and loading twice never duplicates.
 */
export async function loadRegionReference(deps: Pick<Deps, 'db' | 'clock'>): Promise<RegionLoadReport> {
  const { db, clock } = deps;
  const version = seedVersion();
  if ((await getSetting(db.kysely, REGIONS_SEED_SETTING)) === version) {
    return { loaded: false, version, divisions: await repo.countDivisions(db.kysely), designationsInserted: 0 };
  }
  const divisions = readDivisionSeed().map((d) => ({
    code: d.code,
    name: d.name,
    level: d.level,
    parent_code: d.parent,
    pinyin: d.pinyin,
    initials: d.initials,
  }));
  const at = isoInstant(clock.now());
  const designations = readDesignationSeed().map((d) => ({
    id: d.id,
    kind: d.kind,
    code: d.code,
    name: d.name,
    valid_from: d.validFrom,
    valid_to: null,
    source: d.source,
    created_at: at,
    created_by: null,
    closed_at: null,
    closed_by: null,
    close_reason: null,
  }));
  return db.kysely.transaction().execute(async (trx) => {
    await repo.lockDivisionsForReload(trx, db.dialect);
    // Another process may have loaded the same version while this one waited for the lock.
    if ((await getSetting(trx, REGIONS_SEED_SETTING)) === version) {
      return { loaded: false, version, divisions: divisions.length, designationsInserted: 0 };
    }
    await repo.replaceDivisions(trx, divisions);
    const designationsInserted = await repo.insertMissingDesignations(trx, designations);
    await putSetting(trx, REGIONS_SEED_SETTING, version, at);
    return { loaded: true, version, divisions: divisions.length, designationsInserted };
  });
}
