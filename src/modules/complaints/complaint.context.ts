/**
 * What the parts of the complaints service share: the kernel pieces and ports it is built from, and
 * loading a complaint with its workers' names into a view (one read of the people port per worker).
 */
import type { Deps } from '../deps.js';
import type { Actor } from '../actor.js';
import type { TimersService, UnitOfWork, WorkflowEngine } from '../kernel/index.js';
import { businessDate } from '../../core/clock.js';
import { ok, refuse, type Result } from '../../core/result.js';
import { readSetting } from '../system/index.js';
import * as repo from './complaint.repository.js';
import { DEFAULT_DEADLINES, type ComplaintDeadlines } from './complaint.js';
import { readRefusal, referralReadRefusal } from './complaint.policy.js';
import { referralPeople, toReferralView, toView, type ComplaintView, type PersonName, type ReferralView } from './complaint.view.js';
import type { ComplaintEventRow, ComplaintEvidenceRow, ComplaintRow, LegalAidReferralRow } from './complaint.table.js';
import type { ComplaintPorts } from './complaint.port.js';
import { nameOf } from '../people/index.js';

/** The working-day calendar as the complaints need it. */
export interface ComplaintCalendar {
  addWorkingDays(date: string, n: number): Promise<string>;
}

export interface ComplaintKernel {
  uow: UnitOfWork;
  workflows: WorkflowEngine;
  timers: TimersService;
  calendar: ComplaintCalendar;
}

export const SETTING_KEYS = {
  acceptWorkingDays: 'complaints.accept_working_days',
  concludeWorkingDays: 'complaints.conclude_working_days',
} as const;

export const TIMER_ACCEPT = 'complaints.accept_deadline';
export const TIMER_CONCLUDE = 'complaints.conclude_deadline';

/**
 * What a worker of a group complaint sees of its history and files (decision 146): no referral or
 * legal-aid lines (those name co-workers' cases), no group amounts on the lines, no file names of
 * others' uploads, and only the files they uploaded themselves.
 */
function workerCut(
  actor: Actor,
  events: ComplaintEventRow[],
  evidence: ComplaintEvidenceRow[],
): { events: ComplaintEventRow[]; evidence: ComplaintEvidenceRow[] } {
  const mine = evidence.filter((e) => e.uploaded_by === actor.userId);
  const mineNames = new Set(mine.map((e) => e.file_name));
  return {
    events: events
      .filter((e) => e.kind !== 'referred' && !e.kind.startsWith('legal_aid'))
      .map((e) => ({ ...e, amount_fen: null, note: e.kind === 'evidence_added' && !mineNames.has(e.note ?? '') ? null : e.note })),
    evidence: mine,
  };
}

/** A worker's totals are their own line's: the group's would tell them what the others are owed. */
function ownTotals(view: ComplaintView): ComplaintView {
  const recovered = view.workers.filter((w) => w.recoveredFen !== null);
  return {
    ...view,
    owedFen: view.workers.reduce((n, w) => n + w.owedFen, 0),
    recoveredFen: recovered.length === 0 ? null : recovered.reduce((n, w) => n + (w.recoveredFen ?? 0), 0),
  };
}

export function createComplaintContext(deps: Deps, kernel: ComplaintKernel, ports: ComplaintPorts) {
  const { db, clock } = deps;

  async function names(personIds: readonly string[]): Promise<Map<string, PersonName>> {
    const named = await ports.people.summaries([...new Set(personIds)]);
    return new Map(personIds.map((id): [string, PersonName] => [id, nameOf(named.get(id))]));
  }

  async function referralView(row: LegalAidReferralRow, complaint?: ComplaintRow): Promise<ReferralView> {
    const c = complaint ?? (await repo.findComplaint(db.kysely, row.complaint_id));
    const ids = referralPeople(row);
    const named = await names(ids);
    return toReferralView(
      row,
      { number: c?.number ?? '', employerName: c?.employer_name ?? '' },
      ids.map((id) => ({ personId: id, ...(named.get(id) ?? { name: '', idNumberMasked: '' }) })),
    );
  }

  return {
    deps,
    kernel,
    ports,
    today: () => businessDate(clock.now()),
    names,
    referralView,

    /** The deadlines in force: the stored settings, else the defaults (decision 147). */
    async deadlines(): Promise<ComplaintDeadlines> {
      const out = { ...DEFAULT_DEADLINES };
      for (const key of Object.keys(SETTING_KEYS) as Array<keyof ComplaintDeadlines>) {
        const v = Number(await readSetting(db.kysely, SETTING_KEYS[key]));
        if (Number.isInteger(v) && v > 0) out[key] = v;
      }
      return out;
    },

    /** The complaint with its workers, if the actor may read it (404 otherwise). */
    async readable(actor: Actor, id: string): Promise<Result<{ row: ComplaintRow; parties: string[] }>> {
      const row = await repo.findComplaint(db.kysely, id);
      if (!row) return refuse('out_of_jurisdiction');
      const parties = (await repo.workersOf(db.kysely, [row.id])).map((w) => w.person_id);
      const refused = readRefusal(actor, row, parties);
      return refused ? { ok: false, reason: refused } : ok({ row, parties });
    },

    /**
     * The view of complaints for an actor: a worker sees only their own line of a group complaint
     * (decision 146), staff every worker; `full` adds history, evidence and referrals.
     */
    async views(actor: Actor, rows: ComplaintRow[], full: boolean): Promise<ComplaintView[]> {
      const workers = await repo.workersOf(
        db.kysely,
        rows.map((r) => r.id),
      );
      const own = actor.role === 'worker' ? workers.filter((w) => w.person_id === actor.personId) : workers;
      const named = await names(own.map((w) => w.person_id));
      const out: ComplaintView[] = [];
      for (const row of rows) {
        const employer = row.employer_id ? await ports.enterprises.get(row.employer_id) : null;
        const mine = own
          .filter((w) => w.complaint_id === row.id)
          .map((w) => ({ ...w, ...(named.get(w.person_id) ?? { name: '', idNumberMasked: '' }) }));
        if (!full) {
          out.push(toView(row, mine, employer?.arrearsFlagged ?? false));
          continue;
        }
        const [events, evidence, referrals] = await Promise.all([
          repo.eventsOf(db.kysely, row.id),
          repo.evidenceOf(db.kysely, row.id),
          actor.role === 'worker' ? Promise.resolve([]) : repo.referralsOf(db.kysely, row.id),
        ]);
        const refViews: ReferralView[] = [];
        for (const r of referrals) if (!referralReadRefusal(actor, r)) refViews.push(await referralView(r, row));
        const more = actor.role === 'worker' ? workerCut(actor, events, evidence) : { events, evidence };
        const view = toView(row, mine, employer?.arrearsFlagged ?? false, { ...more, referrals: refViews });
        out.push(actor.role === 'worker' ? ownTotals(view) : view);
      }
      return out;
    },
  };
}

export type ComplaintContext = ReturnType<typeof createComplaintContext>;
