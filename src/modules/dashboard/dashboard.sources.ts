/**
 * Adapts the owning modules' services to the dashboard's count functions. Counting goes through
 * each module's own scoped service call, so jurisdiction rules stay in one place per module.
 */
import type { Actor } from '../actor.js';
import type { PeopleService } from '../people/index.js';
import type { EnterprisesService } from '../enterprises/index.js';
import type { ImportService } from '../imports/index.js';
import type { DashboardSources } from './dashboard.service.js';

export interface DashboardModules {
  people: Pick<PeopleService, 'search'>;
  enterprises: Pick<EnterprisesService, 'count'>;
  imports: Pick<ImportService, 'list'>;
}

/** Count functions over the modules; a refusal (e.g. no permission) counts as zero. */
export function dashboardSources(m: DashboardModules): DashboardSources {
  return {
    async countPeople(actor: Actor, filter) {
      // The people search counts exactly up to its cap (10,000); a dedicated count would lift it.
      const r = await m.people.search(actor, { ...filter, page: 1, pageSize: 1 });
      return r.ok ? r.value.total : 0;
    },
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
