/**
 * The home page's summary: counts within the actor's jurisdiction and the latest imports. It owns
 * no tables; every number comes from the owning module's service (people, enterprises, imports),
 * passed in as `DashboardSources` so this module never reads another module's tables.
 */
import type { Actor } from '../actor.js';
import { can } from '../accounts/index.js';
import { ok, refuse, type Result } from '../../core/result.js';

/** A finished or running import as the home page lists it. */
export interface RecentImport {
  id: string;
  entity: string;
  fileName: string;
  status: string;
  createdAt: string;
}

export interface DashboardSummary {
  /** The actor's jurisdiction prefix ('' = nationwide). */
  jurisdiction: string;
  people: number;
  povertyRegistered: number;
  enterprises: number;
  arrearsFlagged: number;
  recentImports: RecentImport[];
}

/** The count functions of the owning modules, each scoped to the actor's jurisdiction. */
export interface DashboardSources {
  countPeople(actor: Actor, filter: { povertyRegistered?: boolean }): Promise<number>;
  countEnterprises(actor: Actor, filter: { arrears?: boolean }): Promise<number>;
  recentImports(actor: Actor, limit: number): Promise<RecentImport[]>;
}

const RECENT_IMPORTS = 5;

export function createDashboardService(sources: DashboardSources) {
  return {
    /** Counts for the home page; only staff holding `dashboard.read`. */
    async summary(actor: Actor): Promise<Result<DashboardSummary>> {
      if (!can(actor, 'dashboard.read')) return refuse('forbidden');
      const [people, povertyRegistered, enterprises, arrearsFlagged, recentImports] = await Promise.all([
        sources.countPeople(actor, {}),
        sources.countPeople(actor, { povertyRegistered: true }),
        sources.countEnterprises(actor, {}),
        sources.countEnterprises(actor, { arrears: true }),
        can(actor, 'imports.run') ? sources.recentImports(actor, RECENT_IMPORTS) : Promise.resolve([]),
      ]);
      return ok({ jurisdiction: actor.jurisdiction, people, povertyRegistered, enterprises, arrearsFlagged, recentImports });
    },
  };
}

export type DashboardService = ReturnType<typeof createDashboardService>;
