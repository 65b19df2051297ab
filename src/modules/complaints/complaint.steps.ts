/**
 * The steps of a complaint, each one workflow transition with its history line in one unit of work:
 * accept (the conclusion deadline starts), reject, investigate, mediate, transfer to labour
 * inspection, resolve with the amounts recovered per worker, close; and flagging the employer on the
 * enterprises module's malicious-arrears list (decision 148).
 */
import type { Actor } from '../actor.js';
import type { Work } from '../kernel/index.js';
import { isoInstant } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { fieldError, ok, refuse, type Result } from '../../core/result.js';
import * as repo from './complaint.repository.js';
import { complaintWorkflow, deadlinePassesAt, type ComplaintEvent, type ComplaintStatus } from './complaint.js';
import { handleRefusal } from './complaint.policy.js';
import { TIMER_ACCEPT, TIMER_CONCLUDE, type ComplaintContext } from './complaint.context.js';
import type { ComplaintRow } from './complaint.table.js';
import type { ComplaintView } from './complaint.view.js';

type Patch = Partial<Pick<ComplaintRow, 'accepted_on' | 'conclude_due' | 'escalation' | 'escalated_at' | 'outcome' | 'recovered_fen'>>;

export interface RecoveredInput {
  version: number;
  /** Every worker of the complaint with the amount recovered for them (0 when nothing). */
  recovered: Array<{ personId: string; recoveredFen: number }>;
  note?: string | undefined;
}

function noteOf(note: string | undefined, path: string, required: boolean): Result<string | null> {
  const n = (note ?? '').trim();
  if ((required && n.length === 0) || n.length > 1000)
    return refuse('validation_failed', {
      errors: [fieldError(path, 'validation_failed', { zh: '请填写说明（不超过1000字）', en: 'Give a note (at most 1000 characters)' })],
    });
  return ok(n.length === 0 ? null : n);
}

export function createComplaintSteps(ctx: ComplaintContext) {
  const { db, clock } = ctx.deps;
  const { uow, workflows, timers, calendar } = ctx.kernel;

  async function forStep(actor: Actor, id: string): Promise<Result<ComplaintRow>> {
    const row = await repo.findComplaint(db.kysely, id);
    if (!row) return refuse('out_of_jurisdiction');
    const refused = handleRefusal(actor, row);
    return refused ? { ok: false, reason: refused } : ok(row);
  }

  async function fresh(actor: Actor, id: string): Promise<Result<ComplaintView>> {
    const row = await repo.findComplaint(db.kysely, id);
    if (!row) return refuse('not_found');
    const [view] = await ctx.views(actor, [row], true);
    return view ? ok(view) : refuse('not_found');
  }

  /** One transition with its history line; `more` runs in the same unit of work. */
  async function step(
    actor: Actor,
    id: string,
    s: { event: Exclude<ComplaintEvent, 'escalate'>; version: number; kind: string; note: string | null; amountFen?: number | null },
    patch: (row: ComplaintRow) => Promise<Patch> | Patch,
    more?: (w: Work, row: ComplaintRow) => Promise<Result<unknown>>,
  ): Promise<Result<ComplaintView>> {
    const found = await forStep(actor, id);
    if (!found.ok) return found;
    const row = found.value;
    const p = await patch(row);
    const done = await uow.write(actor, async (w) => {
      const moved = await workflows.transition(w, complaintWorkflow, {
        id,
        from: row.status as ComplaintStatus,
        event: s.event,
        expectedVersion: s.version,
        province: row.province,
        region: row.region,
        patch: p,
        details: { number: row.number, ...(s.amountFen != null ? { amountFen: s.amountFen } : {}) },
      });
      if (!moved.ok) return moved;
      if (more) {
        const extra = await more(w, row);
        if (!extra.ok) return extra;
      }
      await repo.insertEvent(w.trx, {
        id: newId(),
        complaint_id: id,
        kind: s.kind,
        note: s.note,
        amount_fen: s.amountFen ?? null,
        at: isoInstant(clock.now()),
        by_user: actor.userId,
      });
      return ok(id);
    });
    return done.ok ? fresh(actor, id) : done;
  }

  return {
    async accept(actor: Actor, id: string, input: { version: number }): Promise<Result<ComplaintView>> {
      const today = ctx.today();
      let due = '';
      return step(
        actor,
        id,
        { event: 'accept', version: input.version, kind: 'accepted', note: null },
        async () => {
          due = await calendar.addWorkingDays(today, (await ctx.deadlines()).concludeWorkingDays);
          // Acceptance ends a late acceptance: the escalation stays in the history, not on the row.
          return { accepted_on: today, conclude_due: due, escalation: null, escalated_at: null };
        },
        async (w) => {
          await timers.cancel(w.trx, id, TIMER_ACCEPT);
          await timers.schedule(w.trx, TIMER_CONCLUDE, id, deadlinePassesAt(due), { deadline: 'conclude' });
          return ok(true);
        },
      );
    },

    async reject(actor: Actor, id: string, input: { version: number; reason: string }): Promise<Result<ComplaintView>> {
      const note = noteOf(input.reason, '/reason', true);
      if (!note.ok) return note;
      return step(
        actor,
        id,
        { event: 'reject', version: input.version, kind: 'rejected', note: note.value },
        () => ({ outcome: note.value, escalation: null }),
        async (w) => {
          await timers.cancel(w.trx, id);
          return ok(true);
        },
      );
    },

    /** investigate · mediate · transfer (to labour inspection, a note required) · close. */
    async simple(
      actor: Actor,
      id: string,
      event: 'investigate' | 'mediate' | 'transfer' | 'close',
      input: { version: number; note?: string | undefined },
    ): Promise<Result<ComplaintView>> {
      const note = noteOf(input.note, '/note', event === 'transfer');
      if (!note.ok) return note;
      const kind = { investigate: 'investigating', mediate: 'mediated', transfer: 'transferred', close: 'closed' }[event];
      return step(actor, id, { event, version: input.version, kind, note: note.value }, () =>
        event === 'transfer' ? { outcome: note.value } : {},
      );
    },

    /** Resolves with the amount recovered for each worker (each at most what was owed; partial is allowed). */
    async resolve(actor: Actor, id: string, input: RecoveredInput): Promise<Result<ComplaintView>> {
      const note = noteOf(input.note, '/note', false);
      if (!note.ok) return note;
      const found = await forStep(actor, id);
      if (!found.ok) return found;
      const workers = await repo.workersOf(db.kysely, [id]);
      const given = new Map(input.recovered.map((r) => [r.personId, r.recoveredFen]));
      const valid =
        given.size === input.recovered.length &&
        given.size === workers.length &&
        workers.every((w) => {
          const r = given.get(w.person_id);
          return r !== undefined && Number.isInteger(r) && r >= 0 && r <= Number(w.owed_fen);
        });
      if (!valid) return refuse('complaint_recovered_invalid');
      const total = input.recovered.reduce((s, r) => s + r.recoveredFen, 0);
      return step(
        actor,
        id,
        { event: 'resolve', version: input.version, kind: 'resolved', note: note.value, amountFen: total },
        () => ({ recovered_fen: total, outcome: note.value, escalation: null }),
        async (w) => {
          for (const r of input.recovered) await repo.setRecovered(w.trx, id, r.personId, r.recoveredFen);
          await timers.cancel(w.trx, id);
          return ok(true);
        },
      );
    },

    /**
     * Puts the complaint's registered employer on the malicious-arrears list through the enterprises
     * module (its own policy and audit; decision 148) and records the step in the complaint's history,
     * in one unit of work: a refusal of either half leaves nothing of the other (decision 177).
     */
    async flagEmployer(actor: Actor, id: string, input: { reason: string; date: string }): Promise<Result<ComplaintView>> {
      const found = await forStep(actor, id);
      if (!found.ok) return found;
      const row = found.value;
      if (row.employer_id === null) return refuse('complaint_employer_unregistered');
      const employerId = row.employer_id;
      const noted = await uow.write(actor, async (w) => {
        const flagged = await ctx.ports.enterprises.flagArrears(w, actor, employerId, {
          reason: `${row.number}：${input.reason.trim()}`,
          date: input.date,
        });
        if (!flagged.ok) return flagged.reason.code === 'out_of_jurisdiction' ? refuse('complaint_employer_elsewhere') : flagged;
        await repo.insertEvent(w.trx, {
          id: newId(),
          complaint_id: id,
          kind: 'employer_flagged',
          note: input.reason.trim(),
          amount_fen: null,
          at: isoInstant(clock.now()),
          by_user: actor.userId,
        });
        await w.audit({
          province: row.province,
          region: row.region,
          action: 'complaint.employer_flagged',
          entityType: 'complaint',
          entityId: id,
          details: { number: row.number, employerId: row.employer_id, date: input.date },
        });
        return ok(true);
      });
      return noted.ok ? fresh(actor, id) : noted;
    },
  };
}
