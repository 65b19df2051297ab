/**
 * Reference data every database needs in any mode (divisions, priority areas, industries,
 * occupations). Each loader is idempotent and cheap when its data is already current (it keeps a
 * version stamp in settings), and runs at every start before bootstrap.
 */
import type { Runtime } from './runtime.js';
import { loadCatalogues } from './modules/catalog/index.js';

async function loadRegions(rt: Runtime): Promise<void> {
  await rt.services.regions.loadReference();
}

async function loadCalendar(rt: Runtime): Promise<void> {
  await rt.services.calendar.loadReference();
}

export type ReferenceLoader = (rt: Runtime) => Promise<void>;

export const referenceLoaders: ReferenceLoader[] = [loadRegions, loadCatalogues, loadCalendar];

export async function loadReferenceData(rt: Runtime): Promise<void> {
  for (const load of referenceLoaders) await load(rt);
}
