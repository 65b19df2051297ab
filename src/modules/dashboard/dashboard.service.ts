/**
 * The home page: counts and charts of the actor's jurisdiction and the work waiting at their level.
 * People, claims and payments are answered by aggregate SQL in the read model
 * (dashboard.repository.ts, decision 210): exact at any size, never by paging a registry. Enterprise
 * counts and recent imports come from the owning modules' services (`DashboardSources`).
 */
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { can } from '../accounts/index.js';
import { levelsOfRole, statusForLevel, type ReviewLevel } from '../benefits/index.js';
import { divisionName } from '../regions/index.js';
import { programById } from '../../policy/index.js';
import { beijingMidnightUtc, businessDate, isoInstant } from '../../core/clock.js';
import { ok, refuse, type Result } from '../../core/result.js';
import * as repo from './dashboard.repository.js';
import { lastMonths } from './dashboard.months.js';

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

export interface Bilingual {
  zh: string;
  en: string;
}

/** What waits for the actor; a part is null when the role cannot act on it. */
export interface WorkWaiting {
  /** Claims waiting for a review at each level the role reviews at, and how many are overdue. */
  claims: Array<{ level: ReviewLevel; waiting: number; overdue: number }> | null;
  /** The review deadline in working days, and the Beijing date before which a claim is overdue. */
  overdueAfterWorkingDays: number;
  overdueBefore: string;
  /** Bank batches sent and not yet reconciled; approved payments not yet in a batch. */
  reconcile: { batches: number; entries: number; totalFen: number; unbatched: number } | null;
  bindingRequests: number | null;
  /** Kernel timers past due (administrators only: timers carry no jurisdiction). */
  timersOverdue: number | null;
}

/** The registry's counts beside the people: employers, those flagged for arrears, the latest imports. */
export interface RegistryCounts {
  enterprises: number;
  arrearsFlagged: number;
  /** Empty for a role that does not import. */
  recentImports: RecentImport[];
}

export interface HomeOverview {
  jurisdiction: string;
  jurisdictionName: string | null;
  work: WorkWaiting;
  registry: RegistryCounts;
  people: {
    total: number;
    povertyRegistered: number;
    /** The level the areas are at: the next below the jurisdiction (nationwide → provinces). */
    areaLength: number;
    byArea: Array<{ code: string; name: string | null; people: number; poverty: number }>;
    /** People in scope through residence, work or insurance whose household registration lies outside. */
    registeredElsewhere: number;
  };
  months: string[];
  claimsByMonth: Array<{ programId: string; programName: Bilingual; month: string; claims: number }>;
  paidByMonth: Array<{ programId: string; programName: Bilingual; month: string; paidFen: number; payments: number }>;
}

/** The count functions of the owning modules, each scoped to the actor's jurisdiction. */
export interface DashboardSources {
  countEnterprises(actor: Actor, filter: { arrears?: boolean }): Promise<number>;
  recentImports(actor: Actor, limit: number): Promise<RecentImport[]>;
}

/** The working-day calendar (kernel), for the review deadline. */
export interface DashboardCalendar {
  addWorkingDays(date: string, n: number): Promise<string>;
}

const RECENT_IMPORTS = 5;
/** A claim waiting longer than this many working days at one level is overdue (decision 211). */
export const REVIEW_WORKING_DAYS = 20;
const CHART_MONTHS = 12;

/** The division length one level below a jurisdiction prefix: '' → 2, 2 → 4, 4 → 6, 6 → 9, 9+ → 12. */
export function areaLengthBelow(jurisdiction: string): number {
  const n = jurisdiction.length;
  return n === 0 ? 2 : n < 6 ? n + 2 : n < 9 ? 9 : 12;
}

function programName(id: string): Bilingual {
  const p = programById(id);
  return p ? { zh: p.name.zh, en: p.name.en } : { zh: id, en: id };
}

export function createDashboardService(deps: Pick<Deps, 'db' | 'clock'>, sources: DashboardSources, calendar: DashboardCalendar) {
  const q = deps.db.kysely;

  async function work(actor: Actor): Promise<WorkWaiting> {
    const scope = actor.jurisdiction;
    const today = businessDate(deps.clock.now());
    const overdueBefore = await calendar.addWorkingDays(today, -REVIEW_WORKING_DAYS);
    const levels = can(actor, 'claims.review') ? levelsOfRole(actor.role) : [];
    const statusOf = new Map<string, ReviewLevel>(levels.map((l) => [statusForLevel(l), l]));
    const [waiting, batches, unbatched, bindings, timers] = await Promise.all([
      repo.claimsWaiting(q, scope, [...statusOf.keys()], beijingMidnightUtc(overdueBefore)),
      can(actor, 'payments.manage') ? repo.batchesToReconcile(q, scope) : null,
      can(actor, 'payments.manage') ? repo.paymentsToBatch(q, scope) : 0,
      can(actor, 'people.write') ? repo.bindingRequestsPending(q, scope) : null,
      actor.role === 'admin' ? repo.timersOverdue(q, isoInstant(deps.clock.now())) : null,
    ]);
    return {
      claims:
        levels.length === 0
          ? null
          : levels.map((level) => {
              const row = waiting.find((w) => statusOf.get(w.status) === level);
              return { level, waiting: row?.waiting ?? 0, overdue: row?.overdue ?? 0 };
            }),
      overdueAfterWorkingDays: REVIEW_WORKING_DAYS,
      overdueBefore,
      reconcile: batches === null ? null : { ...batches, unbatched },
      bindingRequests: bindings,
      timersOverdue: timers,
    };
  }

  async function registryCounts(actor: Actor): Promise<RegistryCounts> {
    const [enterprises, arrearsFlagged, recentImports] = await Promise.all([
      sources.countEnterprises(actor, {}),
      sources.countEnterprises(actor, { arrears: true }),
      can(actor, 'imports.run') ? sources.recentImports(actor, RECENT_IMPORTS) : Promise.resolve([]),
    ]);
    return { enterprises, arrearsFlagged, recentImports };
  }

  return {
    /** The jurisdiction's counts (for API clients; the home page reads them from `home`). Exact at any size. */
    async summary(actor: Actor): Promise<Result<DashboardSummary>> {
      if (!can(actor, 'dashboard.read')) return refuse('forbidden');
      const [people, registry] = await Promise.all([repo.peopleTotals(q, actor.jurisdiction), registryCounts(actor)]);
      return ok({ jurisdiction: actor.jurisdiction, people: people.people, povertyRegistered: people.poverty, ...registry });
    },

    /** The role's home: the counts, work waiting at the actor's level and the charts of their area (one request). */
    async home(actor: Actor): Promise<Result<HomeOverview>> {
      if (!can(actor, 'dashboard.read')) return refuse('forbidden');
      const scope = actor.jurisdiction;
      const months = lastMonths(businessDate(deps.clock.now()), CHART_MONTHS);
      const areaLength = areaLengthBelow(scope);
      const [waiting, registry, totals, areas, claims, paid] = await Promise.all([
        work(actor),
        registryCounts(actor),
        repo.peopleTotals(q, scope),
        repo.peopleByArea(q, scope, areaLength),
        repo.claimsByProgramMonth(q, scope, months),
        repo.paidByProgramMonth(q, scope, months),
      ]);
      const inArea = areas.reduce((n, a) => n + a.people, 0);
      return ok({
        jurisdiction: scope,
        jurisdictionName: scope === '' ? null : (divisionName(scope) ?? null),
        work: waiting,
        registry,
        people: {
          total: totals.people,
          povertyRegistered: totals.poverty,
          areaLength,
          byArea: areas.map((a) => ({ ...a, name: divisionName(a.code) ?? null })),
          registeredElsewhere: totals.people - inArea,
        },
        months: months.map((m) => m.month),
        claimsByMonth: claims.map((c) => ({ ...c, programName: programName(c.programId) })),
        paidByMonth: paid.map((p) => ({ ...p, programName: programName(p.programId) })),
      });
    },
  };
}

export type DashboardService = ReturnType<typeof createDashboardService>;
