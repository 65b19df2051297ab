/**
 * Postings read by id for other modules (a job fair's employers bring some of their postings): the
 * same views as the jobs routes give, with the employer's name, and no access check of their own —
 * the calling module decides who may see what it lists.
 */
import type { Deps } from '../deps.js';
import type { JobsPorts } from './ports.js';
import { toPostingView, type PostingView } from './posting.view.js';
import * as repo from './posting.repository.js';

export function createPostingReader(deps: Deps, ports: JobsPorts) {
  return {
    async byIds(ids: readonly string[]): Promise<PostingView[]> {
      if (ids.length === 0) return [];
      const rows = await repo.postingsByIds(deps.db.kysely, [...new Set(ids)]);
      const names = new Map<string, string | null>();
      for (const id of new Set(rows.map((r) => r.enterprise_id))) names.set(id, (await ports.enterprise(id))?.name ?? null);
      return rows.map((r) => toPostingView(r, names.get(r.enterprise_id) ?? null));
    },
  };
}

export type PostingReader = ReturnType<typeof createPostingReader>;
