/**
 * Wage-arrears complaints (欠薪投诉, O61-3.5): filing by a worker from the phone or by an officer,
 * alone or as a group, with the worker's employment record as the pre-fill; reading and lists by
 * jurisdiction; the overdue list. The steps are in complaint.steps.ts, evidence in
 * complaint.evidence.ts, legal aid in legal-aid.service.ts, the deadlines in complaint.deadlines.ts.
 */
import type { Actor } from '../actor.js';
import { provinceOf } from '../actor.js';
import { can } from '../accounts/index.js';
import { createNumbering } from '../kernel/index.js';
import { divisionName } from '../regions/index.js';
import { inScope } from '../../db/scope.js';
import { isoInstant } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { ok, refuse, type Result } from '../../core/result.js';
import * as repo from './complaint.repository.js';
import { complaintRegion, deadlinePassesAt, workerOffices } from './complaint.js';
import { checkFiling, type FileInput } from './complaint.input.js';
import { TIMER_ACCEPT, type ComplaintContext } from './complaint.context.js';
import type { ComplaintView } from './complaint.view.js';
import './complaints.errors.js';

export interface ComplaintPrefill {
  employerId: string | null;
  employerName: string;
  employerCode: string | null;
  site: string;
  /** The counties the worker may file at (decision 145), the default first. */
  offices: Array<{ code: string; name: string }>;
}

export function createFilingService(ctx: ComplaintContext) {
  const { db, clock } = ctx.deps;
  const { uow, timers, calendar } = ctx.kernel;
  const numbering = createNumbering({ placeName: divisionName });

  /** The office (division) the complaint is kept under, or the refusal. */
  function officeOf(actor: Actor, input: FileInput, places: ReadonlyArray<string | null>, employerCode: string | null): Result<string> {
    if (actor.role === 'worker') {
      const offices = workerOffices(places, employerCode);
      const chosen = input.officeCode ?? offices[0];
      return chosen !== undefined && offices.includes(chosen) ? ok(chosen) : refuse('complaint_office_refused');
    }
    const office = input.officeCode ?? actor.jurisdiction;
    const region = complaintRegion(office);
    if (region === null || !inScope(actor.jurisdiction, [region])) return refuse('complaint_office_refused');
    return ok(region);
  }

  /** One complaint with its history, evidence and referrals. */
  async function get(actor: Actor, id: string): Promise<Result<ComplaintView>> {
    const found = await ctx.readable(actor, id);
    if (!found.ok) return found;
    const [view] = await ctx.views(actor, [found.value.row], true);
    return view ? ok(view) : refuse('not_found');
  }

  return {
    get,

    /** What the phone form starts from: the worker's latest employment and the offices they may choose. */
    async prefill(actor: Actor): Promise<Result<ComplaintPrefill>> {
      if (actor.role !== 'worker' || actor.personId === null) return refuse('forbidden');
      const person = await ctx.ports.people.summary(actor.personId);
      if (!person) return refuse('out_of_jurisdiction');
      const jobs = await ctx.ports.people.employment(actor.personId);
      const latest = jobs[0];
      const employer = latest?.enterpriseId ? await ctx.ports.enterprises.get(latest.enterpriseId) : null;
      const employerCode = employer?.addressCode ?? latest?.divisionCode ?? null;
      return ok({
        employerId: employer?.id ?? null,
        employerName: employer?.name ?? latest?.enterpriseName ?? '',
        employerCode,
        site: latest ? (divisionName(latest.divisionCode) ?? '') : '',
        offices: workerOffices(person.codes, employerCode).map((code) => ({ code, name: divisionName(code) ?? code })),
      });
    },

    /** Files a complaint; the accept deadline is scheduled in the same unit of work. */
    async file(actor: Actor, input: FileInput): Promise<Result<ComplaintView>> {
      const self = actor.role === 'worker';
      if (self && actor.personId === null) return refuse('forbidden');
      if (!self && !can(actor, 'complaints.handle')) return refuse('forbidden');
      const today = ctx.today();
      const checked = checkFiling(input, self ? actor.personId : null, today);
      if (!checked.ok) return checked;
      const f = checked.value;
      const employer = f.employerId ? await ctx.ports.enterprises.get(f.employerId) : null;
      if (f.employerId && !employer) return refuse('not_found', { zh: '单位库中没有该单位', en: 'The enterprise is not in the registry' });
      const employerCode = employer?.addressCode ?? f.employerCode;
      let placesOfFirst: ReadonlyArray<string | null> = [];
      for (const [i, w] of f.workers.entries()) {
        const p = await ctx.ports.people.summary(w.personId);
        if (!p) return refuse('out_of_jurisdiction');
        if (p.mergedInto !== null) return refuse('person_merged');
        // Staff reach only people with a place in their jurisdiction (no hint about anyone else).
        if (!self && !inScope(actor.jurisdiction, p.codes)) return refuse('out_of_jurisdiction');
        if (i === 0) placesOfFirst = p.codes;
      }
      const office = officeOf(actor, input, placesOfFirst, employerCode);
      if (!office.ok) return office;
      const region = office.value;
      const deadlines = await ctx.deadlines();
      const acceptDue = await calendar.addWorkingDays(f.filedOn, deadlines.acceptWorkingDays);
      const owed = f.workers.reduce((s, w) => s + w.owedFen, 0);
      const at = isoInstant(clock.now());
      const id = newId();
      const done = await uow.write(actor, async (w) => {
        const number = await numbering.allocate(w.trx, { kind: 'complaint', mark: '欠', region, on: f.filedOn });
        await repo.insertComplaint(
          w.trx,
          {
            id,
            number,
            province: provinceOf(region),
            region,
            status: 'filed',
            channel: self ? 'worker' : 'officer',
            employer_id: employer?.id ?? null,
            employer_name: employer?.name ?? f.employerName,
            employer_code: employerCode,
            site: f.site,
            period_from: f.periodFrom,
            period_to: f.periodTo,
            owed_fen: owed,
            recovered_fen: null,
            description: f.description,
            filed_on: f.filedOn,
            accept_due: acceptDue,
            accepted_on: null,
            conclude_due: null,
            escalation: null,
            escalated_at: null,
            outcome: null,
            version: 1,
            created_at: at,
            created_by: actor.userId,
            updated_at: at,
          },
          f.workers.map((x) => ({ id: newId(), complaint_id: id, person_id: x.personId, owed_fen: x.owedFen, recovered_fen: null })),
        );
        await repo.insertEvent(w.trx, {
          id: newId(),
          complaint_id: id,
          kind: 'filed',
          note: null,
          amount_fen: owed,
          at,
          by_user: actor.userId,
        });
        await timers.schedule(w.trx, TIMER_ACCEPT, id, deadlinePassesAt(acceptDue), { deadline: 'accept' });
        await w.audit({
          province: provinceOf(region),
          region,
          action: 'complaint.filed',
          entityType: 'complaint',
          entityId: id,
          details: { number, workers: f.workers.length, owedFen: owed, employerId: employer?.id ?? null, self, acceptDue },
        });
        return ok(id);
      });
      if (!done.ok) return done;
      return get(actor, id);
    },

    /** Complaints of the jurisdiction (staff), by status, employer, or the overdue ones. */
    async list(
      actor: Actor,
      q: { page: number; pageSize: number; status?: string | undefined; overdue?: boolean | undefined; employerId?: string | undefined },
    ): Promise<Result<{ items: ComplaintView[]; total: number }>> {
      if (!can(actor, 'complaints.read')) return refuse('forbidden');
      const { rows, total } = await repo.listInScope(db.kysely, actor.jurisdiction, {
        status: q.status,
        overdue: q.overdue,
        employerId: q.employerId,
        limit: q.pageSize,
        offset: (q.page - 1) * q.pageSize,
      });
      return ok({ items: await ctx.views(actor, rows, false), total });
    },

    /** The complaints the signed-in worker is party to. */
    async mine(actor: Actor): Promise<Result<{ items: ComplaintView[]; total: number }>> {
      if (actor.role !== 'worker' || actor.personId === null) return refuse('forbidden');
      const rows = await repo.complaintsOfPerson(db.kysely, actor.personId);
      return ok({ items: await ctx.views(actor, rows, true), total: rows.length });
    },
  };
}
