/**
 * Regions: division search and lookup (reference data, readable by every signed-in user), and the
 * dated priority designations that make a place a priority area on a date (52 uncapped counties,
 * 三区三州, relocation sites, hard-hit areas…). Designations are added and closed by
 * administrators, audited, and never deleted.
 */
import type { Deps } from '../deps.js';
import type { UnitOfWork } from '../kernel/index.js';
import type { Actor } from '../actor.js';
import { ok, refuse, type Result } from '../../core/result.js';
import { businessDate } from '../../core/clock.js';
import { isIsoDate } from '../../core/dates.js';
import * as repo from './region.repository.js';
import { ancestorCodes, isDivisionLevel, priorityOf, type Division, type DivisionLevel, type PriorityAnswer } from './region.js';
import { readRefusal } from './region.policy.js';
import { createDesignationService } from './designation.service.js';
import { loadRegionReference, type RegionLoadReport } from './region.loader.js';

export interface DivisionQuery {
  /** Digits: code prefix; Latin letters: full-pinyin or initials prefix; otherwise a name substring. */
  q?: string;
  level?: DivisionLevel;
  parent?: string;
}

export interface DivisionDetail {
  division: Division;
  /** Province first. */
  ancestors: Division[];
  children: Division[];
  priority: PriorityAnswer & { date: string };
}

/** A division's name with its ancestors' (province first, the division last), for labels. */
export interface PlaceNames {
  code: string;
  level: DivisionLevel;
  names: string[];
}

/** The most codes one names request may ask for. */
export const MAX_NAME_CODES = 200;

/** Maps a row to the domain type; a level outside the union is a bug in the seed. */
export function toDivision(r: repo.DivisionRecord): Division {
  if (!isDivisionLevel(r.level)) throw new Error(`division ${r.code} has unknown level ${r.level}`);
  return {
    code: r.code,
    name: r.name,
    level: r.level,
    parentCode: r.parent_code === '' ? null : r.parent_code,
    pinyin: r.pinyin,
    initials: r.initials,
  };
}

/** Turns the free-text query into one filter. */
export function parseQuery(q: string | undefined): repo.DivisionFilter {
  const t = (q ?? '').trim();
  if (t === '') return {};
  if (/^\d+$/.test(t)) return { codePrefix: t };
  const latin = t.replace(/[\s']/g, '');
  if (/^[A-Za-z]+$/.test(latin)) return { pinyinPrefix: latin.toLowerCase().replace(/ü/g, 'v') };
  return { nameContains: t };
}

function dateRefusal(date: string) {
  return refuse('validation_failed', {
    zh: '日期应为YYYY-MM-DD格式的有效日期',
    en: 'A date must be a real date in YYYY-MM-DD form',
    errors: [{ path: '/date', code: 'validation_failed', message: { zh: `无效日期：${date}`, en: `Invalid date: ${date}` } }],
  });
}

export function createRegionService(deps: Deps, uow: UnitOfWork) {
  const { db, clock } = deps;
  const designations = createDesignationService(deps, uow);
  const today = () => businessDate(clock.now());

  /** Priority of any code (even one missing from today's list) on a date; for other modules' hot paths. */
  async function isPriority(code: string, date: string): Promise<PriorityAnswer> {
    return priorityOf(await designations.cached(), code, date);
  }

  return {
    ...designations.api,
    isPriority,

    /** Loads the seed into the database when missing or changed (run at every start). */
    async loadReference(): Promise<RegionLoadReport> {
      const report = await loadRegionReference(deps);
      if (report.loaded) designations.invalidate();
      return report;
    },

    async search(
      actor: Actor,
      query: DivisionQuery,
      page: number,
      pageSize: number,
    ): Promise<Result<{ items: Division[]; total: number }>> {
      const refused = readRefusal(actor);
      if (refused) return refused;
      const filter: repo.DivisionFilter = { ...parseQuery(query.q), level: query.level, parentCode: query.parent };
      const { rows, total } = await repo.searchDivisions(db.kysely, filter, pageSize, (page - 1) * pageSize);
      return ok({ items: rows.map(toDivision), total });
    },

    /**
     * The names of many divisions at once with their ancestors' (one query for all), for the staff
     * app's labels: a page of 20 rows asks once instead of 20 times. Unknown codes are left out.
     */
    async names(actor: Actor, codes: readonly string[]): Promise<Result<{ items: PlaceNames[] }>> {
      const refused = readRefusal(actor);
      if (refused) return refused;
      const wanted = [...new Set(codes)].slice(0, MAX_NAME_CODES);
      const all = new Set(wanted.flatMap((c) => [...ancestorCodes(c), c]));
      const rows = new Map((await repo.findDivisions(db.kysely, [...all])).map((r) => [r.code, toDivision(r)]));
      const items: PlaceNames[] = [];
      for (const code of wanted) {
        const d = rows.get(code);
        if (!d) continue;
        const chain = [...ancestorCodes(code).map((a) => rows.get(a)), d].filter((x): x is Division => x !== undefined);
        items.push({ code, level: d.level, names: chain.map((x) => x.name) });
      }
      return ok({ items });
    },

    /** One division with its ancestors, its children and its priority on a date (default today). */
    async get(actor: Actor, code: string, date?: string): Promise<Result<DivisionDetail>> {
      const refused = readRefusal(actor);
      if (refused) return refused;
      const on = date ?? today();
      if (!isIsoDate(on)) return dateRefusal(on);
      const row = await repo.findDivision(db.kysely, code);
      if (!row) return refuse('not_found', { zh: '行政区划代码不存在', en: 'Unknown division code' });
      const [ancestors, children] = await Promise.all([
        repo.findDivisions(db.kysely, ancestorCodes(code)),
        repo.childDivisions(db.kysely, code),
      ]);
      return ok({
        division: toDivision(row),
        ancestors: ancestors.map(toDivision),
        children: children.map(toDivision),
        priority: { date: on, ...(await isPriority(code, on)) },
      });
    },

    /** Whether a known division is a priority area on a date (default today), with the reasons. */
    async priority(actor: Actor, code: string, date?: string): Promise<Result<PriorityAnswer & { code: string; date: string }>> {
      const refused = readRefusal(actor);
      if (refused) return refused;
      const on = date ?? today();
      if (!isIsoDate(on)) return dateRefusal(on);
      if (!(await repo.findDivision(db.kysely, code)))
        return refuse('not_found', { zh: '行政区划代码不存在', en: 'Unknown division code' });
      return ok({ code, date: on, ...(await isPriority(code, on)) });
    },
  };
}

export type RegionService = ReturnType<typeof createRegionService>;
