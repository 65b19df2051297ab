/**
 * Officer actions on one enterprise: flag and unflag malicious wage arrears (恶意欠薪, every change
 * audited with the previous values), reveal the contact phone (audited) and read its audit history.
 */
import type { Deps } from '../deps.js';
import type { AuditEntry, AuditService } from '../audit/index.js';
import type { Actor } from '../actor.js';
import type { UnitOfWork, Work } from '../kernel/index.js';
import { ok, refuse, fieldError, type FieldError, type Result } from '../../core/result.js';
import { businessDate, isoInstant } from '../../core/clock.js';
import { isIsoDate } from '../../core/dates.js';
import { fromFlag } from '../../db/dialect.js';
import * as repo from './enterprise.repository.js';
import { contactPhoneOf } from './enterprise.codec.js';
import type { EnterpriseView } from './enterprise.js';
import { mayFlagArrears, mayReadHistory, mayReveal, type Decision } from './enterprise.policy.js';

export interface ArrearsFlagInput {
  reason: string;
  /** Date of the determination (认定日期), YYYY-MM-DD, not in the future. */
  date: string;
}

function reasonErrors(reason: string): FieldError[] {
  const r = reason.trim();
  return r.length === 0 || r.length > 500
    ? [fieldError('reason', 'validation_failed', { zh: '请填写原因（不超过500字）', en: 'Give a reason (at most 500 characters)' })]
    : [];
}

export function createEnterpriseActions(deps: Deps, audit: AuditService, uow: UnitOfWork, view: (row: repo.Enterprise) => EnterpriseView) {
  const { db, clock, pii } = deps;

  /** Loads an enterprise and applies a policy decision; absent and out-of-scope look the same. */
  async function load(
    actor: Actor,
    id: string,
    decide: (a: Actor, e: { id: string; addressCode: string }) => Decision,
    q: Parameters<typeof repo.findById>[0] = db.kysely,
  ): Promise<Result<repo.Enterprise>> {
    const row = await repo.findById(q, id);
    if (!row) return refuse('out_of_jurisdiction');
    const may = decide(actor, { id, addressCode: row.address_code });
    return may.ok ? ok(row) : refuse(may.code);
  }

  type Change = { patch: Parameters<typeof repo.updateVersioned>[3]; action: string; details: Record<string, unknown> };

  /** Writes an arrears change with its audit row inside a unit of work; a concurrent change answers version_conflict. */
  async function applyArrears(w: Pick<Work, 'trx' | 'audit'>, row: repo.Enterprise, c: Change): Promise<Result<null>> {
    const done = await repo.updateVersioned(w.trx, row.id, row.version, { ...c.patch, updated_at: isoInstant(clock.now()) });
    if (!done) return refuse('version_conflict');
    await w.audit({
      province: row.province,
      region: row.address_code,
      action: c.action,
      entityType: 'enterprise',
      entityId: row.id,
      details: c.details,
    });
    return ok(null);
  }

  /** Writes an arrears change in its own unit of work and answers the enterprise as it is now. */
  async function writeArrears(actor: Actor, row: repo.Enterprise, c: Change): Promise<Result<EnterpriseView>> {
    const written = await uow.write(actor, (w) => applyArrears(w, row, c));
    if (!written.ok) return written;
    const fresh = await repo.findById(db.kysely, row.id);
    return fresh ? ok(view(fresh)) : refuse('internal');
  }

  /** The flag's checks and change, or its refusal (nothing written); `q` is the caller's transaction when inside one (SQLite has one connection). */
  async function planFlag(
    actor: Actor,
    id: string,
    input: ArrearsFlagInput,
    q: Parameters<typeof repo.findById>[0] = db.kysely,
  ): Promise<Result<{ row: repo.Enterprise; change: Change }>> {
    const errors = reasonErrors(input.reason);
    if (!isIsoDate(input.date) || input.date > businessDate(clock.now())) {
      errors.push(
        fieldError('date', 'validation_failed', {
          zh: '认定日期应为不晚于今天的YYYY-MM-DD日期',
          en: 'The date is YYYY-MM-DD and not in the future',
        }),
      );
    }
    if (errors.length > 0) return refuse('validation_failed', { errors });
    const found = await load(actor, id, mayFlagArrears, q);
    if (!found.ok) return found;
    const row = found.value;
    if (fromFlag(row.arrears_flag))
      return refuse('conflict', { zh: '该单位已被标记为恶意欠薪', en: 'The enterprise is already flagged for malicious arrears' });
    const reason = input.reason.trim();
    const patch = {
      arrears_flag: 1,
      arrears_reason: reason,
      arrears_date: input.date,
      arrears_by: actor.userId,
      arrears_at: isoInstant(clock.now()),
    };
    return ok({
      row,
      change: { patch, action: 'enterprise.arrears_flagged', details: { reason, date: input.date, previous: previousOf(row) } },
    });
  }

  const previousOf = (row: repo.Enterprise) => ({
    flagged: fromFlag(row.arrears_flag),
    reason: row.arrears_reason,
    date: row.arrears_date,
    by: row.arrears_by,
  });

  return {
    /** Puts the enterprise on the malicious-arrears list with a reason and the date of the determination. */
    async flagArrears(actor: Actor, id: string, input: ArrearsFlagInput): Promise<Result<EnterpriseView>> {
      const plan = await planFlag(actor, id, input);
      return plan.ok ? writeArrears(actor, plan.value.row, plan.value.change) : plan;
    },

    /**
     * The same flag inside another module's unit of work (a complaint's step, decision 177): its
     * checks, change and audit entry commit or roll back with the caller's write.
     */
    async flagArrearsIn(w: Pick<Work, 'trx' | 'audit'>, actor: Actor, id: string, input: ArrearsFlagInput): Promise<Result<null>> {
      const plan = await planFlag(actor, id, input, w.trx);
      return plan.ok ? applyArrears(w, plan.value.row, plan.value.change) : plan;
    },

    /** Takes the enterprise off the list; the reason and the previous flag stay in the audit trail. */
    async unflagArrears(actor: Actor, id: string, input: { reason: string }): Promise<Result<EnterpriseView>> {
      const errors = reasonErrors(input.reason);
      if (errors.length > 0) return refuse('validation_failed', { errors });
      const found = await load(actor, id, mayFlagArrears);
      if (!found.ok) return found;
      const row = found.value;
      if (!fromFlag(row.arrears_flag))
        return refuse('conflict', { zh: '该单位未被标记为恶意欠薪', en: 'The enterprise is not flagged for malicious arrears' });
      return writeArrears(actor, row, {
        patch: { arrears_flag: 0, arrears_reason: null, arrears_date: null, arrears_by: null, arrears_at: null },
        action: 'enterprise.arrears_unflagged',
        details: { reason: input.reason.trim(), previous: previousOf(row) },
      });
    },

    /** The contact phone in clear for an officer in jurisdiction; the view is audited. */
    async revealContact(actor: Actor, id: string): Promise<Result<{ contactPhone: string | null }>> {
      const found = await load(actor, id, mayReveal);
      if (!found.ok) return found;
      const row = found.value;
      const recorded = await uow.write(actor, async (w) => {
        await w.audit({
          province: row.province,
          region: row.address_code,
          action: 'enterprise.contact_revealed',
          entityType: 'enterprise',
          entityId: id,
          details: { field: 'contactPhone' },
        });
        return ok(null);
      });
      if (!recorded.ok) return recorded;
      return ok({ contactPhone: contactPhoneOf(pii, row) });
    },

    /** The audit entries of one enterprise, newest first, after the jurisdiction check. */
    async history(actor: Actor, id: string): Promise<Result<AuditEntry[]>> {
      const found = await load(actor, id, mayReadHistory);
      if (!found.ok) return found;
      return ok(await audit.history('enterprise', id));
    },
  };
}
