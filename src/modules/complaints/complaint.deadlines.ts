/**
 * The complaint deadlines (decision 147): when the accept or conclude deadline passes while the
 * complaint is still open, the timer marks it escalated — a workflow step on the row, audited, with
 * a history line — in the transaction that marks the timer fired, so it happens once across restarts
 * and servers. The working-day counts are settings an administrator may change (later complaints).
 */
import type { Actor } from '../actor.js';
import { can } from '../accounts/index.js';
import { isoInstant } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { ok, refuse, type Result } from '../../core/result.js';
import { writeSetting } from '../system/index.js';
import type { TimerWork } from '../kernel/index.js';
import * as repo from './complaint.repository.js';
import { complaintWorkflow, concludingStates, type ComplaintDeadlines, type ComplaintStatus, type Escalation } from './complaint.js';
import { SETTING_KEYS, TIMER_ACCEPT, TIMER_CONCLUDE, type ComplaintContext } from './complaint.context.js';

/** Longest deadline an administrator may set (about a year of working days). */
const MAX_DEADLINE = 250;

export function createComplaintDeadlines(ctx: ComplaintContext) {
  const { clock } = ctx.deps;
  const { uow, workflows, timers } = ctx.kernel;

  async function escalate(w: TimerWork, id: string, which: Escalation): Promise<void> {
    const row = await repo.findComplaint(w.trx, id);
    if (!row) return;
    const status = row.status as ComplaintStatus;
    // A deadline that no longer applies (accepted in time, concluded, rejected) does nothing.
    if (which === 'accept' ? status !== 'filed' : !concludingStates.includes(status) || row.escalation === 'conclude') return;
    const at = isoInstant(clock.now());
    const moved = await workflows.transition(w, complaintWorkflow, {
      id,
      from: status,
      event: 'escalate',
      expectedVersion: Number(row.version),
      province: row.province,
      region: row.region,
      patch: { escalation: which, escalated_at: at },
      action: 'complaint.escalated',
      details: { number: row.number, deadline: which, due: which === 'accept' ? row.accept_due : row.conclude_due },
    });
    if (!moved.ok) throw new Error(`complaint ${id}: escalation refused (${moved.reason.code})`);
    await repo.insertEvent(w.trx, {
      id: newId(),
      complaint_id: id,
      kind: 'escalated',
      note: which,
      amount_fen: null,
      at,
      by_user: null,
    });
  }

  timers.on(TIMER_ACCEPT, (w, timer) => escalate(w, timer.subjectId, 'accept'));
  timers.on(TIMER_CONCLUDE, (w, timer) => escalate(w, timer.subjectId, 'conclude'));

  return {
    /** The working-day deadlines in force. */
    async settings(actor: Actor): Promise<Result<ComplaintDeadlines>> {
      if (!can(actor, 'complaints.read')) return refuse('forbidden');
      return ok(await ctx.deadlines());
    },

    /** Changes the deadlines (administrators; audited); complaints filed or accepted later use them. */
    async updateSettings(actor: Actor, input: ComplaintDeadlines): Promise<Result<ComplaintDeadlines>> {
      if (!can(actor, 'complaints.settings') || actor.jurisdiction !== '') return refuse('forbidden');
      const fine = (n: number) => Number.isInteger(n) && n >= 1 && n <= MAX_DEADLINE;
      if (!fine(input.acceptWorkingDays) || !fine(input.concludeWorkingDays)) return refuse('complaint_deadline_invalid');
      const at = isoInstant(clock.now());
      const done = await uow.write(actor, async (w) => {
        await writeSetting(w.trx, SETTING_KEYS.acceptWorkingDays, String(input.acceptWorkingDays), at);
        await writeSetting(w.trx, SETTING_KEYS.concludeWorkingDays, String(input.concludeWorkingDays), at);
        await w.audit({
          province: '00',
          action: 'complaints.deadlines_changed',
          entityType: 'settings',
          entityId: null,
          details: { ...input },
        });
        return ok(true);
      });
      return done.ok ? ok(await ctx.deadlines()) : done;
    },
  };
}
