/**
 * Catalogue look-ups for every signed-in user: industries (GB/T 4754-2017) and occupations
 * (职业分类大典 2022), searched by code prefix or name substring, paged.
 */
import type { Deps } from '../deps.js';
import type { Actor } from '../actor.js';
import { ok, refuse, type Result } from '../../core/result.js';
import { fromFlag } from '../../db/dialect.js';
import * as repo from './catalog.repository.js';
import { isIndustryLevel, isOccupationLevel, type Industry, type Occupation } from './catalog.js';
import type { IndustryRow, OccupationRow } from './catalog.table.js';

export interface CatalogSearch {
  q?: string | undefined;
  level?: string | undefined;
  page: number;
  pageSize: number;
}

function industryOf(r: IndustryRow): Industry | null {
  if (!isIndustryLevel(r.level)) return null;
  return { code: r.code, level: r.level, parent: r.parent, name: r.name, prioritySector: fromFlag(r.priority_sector) };
}

function occupationOf(r: OccupationRow): Occupation | null {
  if (!isOccupationLevel(r.level)) return null;
  return { code: r.code, level: r.level, parent: r.parent, name: r.name, isDigital: fromFlag(r.is_digital), isGreen: fromFlag(r.is_green) };
}

export function createCatalogService(deps: Deps) {
  const { db } = deps;
  return {
    async industries(_actor: Actor, s: CatalogSearch): Promise<Result<{ items: Industry[]; total: number }>> {
      if (s.level !== undefined && !isIndustryLevel(s.level)) return refuse('validation_failed');
      const { rows, total } = await repo.searchIndustries(db.kysely, {
        q: s.q,
        level: s.level,
        limit: s.pageSize,
        offset: (s.page - 1) * s.pageSize,
      });
      return ok({ items: rows.flatMap((r) => industryOf(r) ?? []), total });
    },

    async occupations(_actor: Actor, s: CatalogSearch): Promise<Result<{ items: Occupation[]; total: number }>> {
      if (s.level !== undefined && !isOccupationLevel(s.level)) return refuse('validation_failed');
      const { rows, total } = await repo.searchOccupations(db.kysely, {
        q: s.q,
        level: s.level,
        limit: s.pageSize,
        offset: (s.page - 1) * s.pageSize,
      });
      return ok({ items: rows.flatMap((r) => occupationOf(r) ?? []), total });
    },

    /** Row counts, for health pages and tests. */
    counts: () => repo.countCatalogue(db.kysely),
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;
