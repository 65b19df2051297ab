/**
 * Legal-aid referrals (法律援助, O61-3.5): an officer refers a complaint's worker(s) to legal aid; the
 * justice department's users of the jurisdiction see the referrals and accept, decline or conclude
 * them (decision 149). Each step a workflow transition, audited, with a line in the complaint's history.
 */
import type { Actor } from '../actor.js';
import { can } from '../accounts/index.js';
import { isoInstant } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { fieldError, ok, refuse, type Result } from '../../core/result.js';
import * as repo from './complaint.repository.js';
import { referralWorkflow, type ReferralStatus } from './complaint.js';
import { handleRefusal, isJustice, referralActRefusal, referralReadRefusal } from './complaint.policy.js';
import type { ComplaintContext } from './complaint.context.js';
import type { ReferralView } from './complaint.view.js';

const textError = (path: string) =>
  refuse('validation_failed', {
    errors: [fieldError(path, 'validation_failed', { zh: '请填写说明（不超过1000字）', en: 'Give a note (at most 1000 characters)' })],
  });

export function createLegalAidService(ctx: ComplaintContext) {
  const { db, clock } = ctx.deps;
  const { uow, workflows } = ctx.kernel;

  async function viewOf(id: string): Promise<Result<ReferralView>> {
    const row = await repo.findReferral(db.kysely, id);
    return row ? ok(await ctx.referralView(row)) : refuse('not_found');
  }

  return {
    /** Refers workers of the complaint (all when none named) to legal aid. */
    async refer(
      actor: Actor,
      complaintId: string,
      input: { personIds?: string[] | undefined; note: string },
    ): Promise<Result<ReferralView>> {
      const row = await repo.findComplaint(db.kysely, complaintId);
      if (!row) return refuse('out_of_jurisdiction');
      const refused = handleRefusal(actor, row);
      if (refused) return { ok: false, reason: refused };
      const parties = (await repo.workersOf(db.kysely, [complaintId])).map((w) => w.person_id);
      const chosen = input.personIds && input.personIds.length > 0 ? [...new Set(input.personIds)] : parties;
      if (!chosen.every((p) => parties.includes(p))) return refuse('complaint_workers_invalid');
      const note = input.note.trim();
      if (note.length === 0 || note.length > 1000) return textError('/note');
      if (['rejected', 'closed'].includes(row.status))
        return refuse('workflow_invalid_transition', {
          zh: '该投诉已办结，不能再转介',
          en: 'The complaint is finished; it cannot be referred',
        });
      const id = newId();
      const at = isoInstant(clock.now());
      const done = await uow.write(actor, async (w) => {
        await repo.insertReferral(w.trx, {
          id,
          complaint_id: complaintId,
          province: row.province,
          region: row.region,
          status: 'referred',
          person_ids: JSON.stringify(chosen),
          note,
          outcome: null,
          version: 1,
          created_at: at,
          created_by: actor.userId,
          updated_at: at,
        });
        await repo.insertEvent(w.trx, {
          id: newId(),
          complaint_id: complaintId,
          kind: 'referred',
          note,
          amount_fen: null,
          at,
          by_user: actor.userId,
        });
        await w.audit({
          province: row.province,
          region: row.region,
          action: 'legal_aid_referral.referred',
          entityType: 'legal_aid_referral',
          entityId: id,
          details: { number: row.number, complaintId, workers: chosen.length },
        });
        return ok(id);
      });
      return done.ok ? viewOf(id) : done;
    },

    /** Referrals of the jurisdiction: the justice department's list (and complaint readers'). */
    async list(
      actor: Actor,
      q: { page: number; pageSize: number; status?: string | undefined },
    ): Promise<Result<{ items: ReferralView[]; total: number }>> {
      // Other departments hold the department role too: their legal-aid list is empty, not an error page.
      if (actor.role === 'department' && !isJustice(actor)) return ok({ items: [], total: 0 });
      if (!isJustice(actor) && !can(actor, 'complaints.read')) return refuse('forbidden');
      const { rows, total } = await repo.referralsInScope(db.kysely, actor.jurisdiction, {
        status: q.status,
        limit: q.pageSize,
        offset: (q.page - 1) * q.pageSize,
      });
      const items: ReferralView[] = [];
      for (const r of rows) items.push(await ctx.referralView(r));
      return ok({ items, total });
    },

    async get(actor: Actor, id: string): Promise<Result<ReferralView>> {
      const row = await repo.findReferral(db.kysely, id);
      if (!row || referralReadRefusal(actor, row)) return refuse('out_of_jurisdiction');
      return ok(await ctx.referralView(row));
    },

    /** The justice department's step: accept, decline (reason required) or conclude (outcome required). */
    async act(
      actor: Actor,
      id: string,
      event: 'accept' | 'decline' | 'conclude',
      input: { version: number; note?: string | undefined },
    ): Promise<Result<ReferralView>> {
      const row = await repo.findReferral(db.kysely, id);
      if (!row) return refuse('out_of_jurisdiction');
      const refused = referralActRefusal(actor, row);
      if (refused) return { ok: false, reason: refused };
      const note = (input.note ?? '').trim();
      if ((event !== 'accept' && note.length === 0) || note.length > 1000) return textError('/note');
      const complaint = await repo.findComplaint(db.kysely, row.complaint_id);
      const at = isoInstant(clock.now());
      const done = await uow.write(actor, async (w) => {
        const moved = await workflows.transition(w, referralWorkflow, {
          id,
          from: row.status as ReferralStatus,
          event,
          expectedVersion: input.version,
          province: row.province,
          region: row.region,
          patch: note.length > 0 ? { outcome: note } : {},
          details: { number: complaint?.number ?? '', complaintId: row.complaint_id },
        });
        if (!moved.ok) return moved;
        await repo.insertEvent(w.trx, {
          id: newId(),
          complaint_id: row.complaint_id,
          kind: `legal_aid_${event === 'accept' ? 'accepted' : event === 'decline' ? 'declined' : 'concluded'}`,
          note: note.length > 0 ? note : null,
          amount_fen: null,
          at,
          by_user: actor.userId,
        });
        return ok(id);
      });
      return done.ok ? viewOf(id) : done;
    },
  };
}
