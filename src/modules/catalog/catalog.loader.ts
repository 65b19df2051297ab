/**
 * Reference loader of the catalogues: fills `industries` and `occupations` from the seed files when
 * the version stamp in settings differs from the files' hash, else does nothing (cheap at every start).
 */
import type { Runtime } from '../../runtime.js';
import { isoInstant } from '../../core/clock.js';
import { toFlag } from '../../db/dialect.js';
import { readSetting as getSetting, writeSetting as putSetting } from '../system/index.js';
import { replaceIndustries, replaceOccupations } from './catalog.repository.js';
import { catalogSeed } from './catalog.seed.js';

export const CATALOG_VERSION_KEY = 'reference.catalog.version';

/** Loads the industry and occupation catalogues when they are missing or out of date. Idempotent. */
export async function loadCatalogues(rt: Pick<Runtime, 'db' | 'services'>): Promise<void> {
  const seed = catalogSeed();
  const db = rt.db.kysely;
  if ((await getSetting(db, CATALOG_VERSION_KEY)) === seed.version) return;
  const at = isoInstant(rt.services.deps.clock.now());
  await db.transaction().execute(async (trx) => {
    await replaceIndustries(
      trx,
      seed.industries.map((r) => ({
        code: r.code,
        level: r.level,
        parent: r.parent,
        name: r.name,
        priority_sector: toFlag(r.prioritySector),
      })),
    );
    await replaceOccupations(
      trx,
      seed.occupations.map((r) => ({
        code: r.code,
        level: r.level,
        parent: r.parent,
        name: r.name,
        is_digital: toFlag(r.isDigital),
        is_green: toFlag(r.isGreen),
      })),
    );
    await putSetting(trx, CATALOG_VERSION_KEY, seed.version, at);
  });
}
