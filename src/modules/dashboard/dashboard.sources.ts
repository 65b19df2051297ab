/**
 * Adapts the owning modules' services to the dashboard's enterprise counts and recent imports
 * (people, claims and payments are counted by the read model, dashboard.repository.ts).
 */
import type { Actor } from '../actor.js';
import type { EnterprisesService } from '../enterprises/index.js';
import type { ImportService } from '../imports/index.js';
import type { DashboardSources } from './dashboard.service.js';

export interface DashboardModules {
  enterprises: Pick<EnterprisesService, 'count'>;
  imports: Pick<ImportService, 'list'>;
}

/** Count functions over the modules; a refusal (e.g. no permission) counts as zero. */
export function dashboardSources(m: DashboardModules): DashboardSources {
  return {
    async countEnterprises(actor: Actor, filter) {
      const r = await m.enterprises.count(actor, filter);
      return r.ok ? r.value : 0;
    },
    async recentImports(actor: Actor, limit: number) {
      const r = await m.imports.list(actor, 1, limit);
      return r.ok
        ? r.value.items.map((j) => ({ id: j.id, entity: j.entity, fileName: j.fileName, status: j.status, createdAt: j.createdAt }))
        : [];
    },
  };
}
