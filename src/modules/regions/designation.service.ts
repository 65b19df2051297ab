/**
 * Priority designations: the list (cached per process), and the two audited administrator writes,
 * add and close. A designation is never deleted or edited otherwise: closing sets its last day.
 */
import type { Deps } from '../deps.js';
import type { UnitOfWork } from '../kernel/index.js';
import { provinceOf, type Actor } from '../actor.js';
import { fieldError, ok, refuse, type FieldError, type Result } from '../../core/result.js';
import { isoInstant } from '../../core/clock.js';
import { addDays, isIsoDate } from '../../core/dates.js';
import { newId } from '../../core/ids.js';
import * as repo from './region.repository.js';
import { designationApplies, isDesignationKind, type Designation, type DesignationKind } from './region.js';
import { adminRefusal, readRefusal } from './region.policy.js';

/** How long another process's change may stay unseen by this process's cache. */
const CACHE_MS = 60_000;

export interface NewDesignation {
  kind: DesignationKind;
  code: string;
  name: string;
  validFrom: string;
  source: string;
}

export interface DesignationFilter {
  /** Designations covering this code (its own or an ancestor's) or lying under it. */
  code?: string;
  kind?: DesignationKind;
  /** Only those in force on this date. */
  activeOn?: string;
}

function toDesignation(r: repo.DesignationRecord): Designation {
  return {
    id: r.id,
    kind: isDesignationKind(r.kind) ? r.kind : 'other',
    code: r.code,
    name: r.name,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    source: r.source,
    createdAt: r.created_at,
    createdBy: r.created_by,
    closedAt: r.closed_at,
    closedBy: r.closed_by,
    closeReason: r.close_reason,
  };
}

function invalid(errors: FieldError[]) {
  return refuse('validation_failed', { errors });
}

function badDate(path: string) {
  return fieldError(path, 'validation_failed', {
    zh: '日期应为YYYY-MM-DD格式的有效日期',
    en: 'A date must be a real date in YYYY-MM-DD form',
  });
}

export function createDesignationService(deps: Deps, uow: UnitOfWork) {
  const { db, clock } = deps;
  let cache: { at: number; list: Designation[] } | undefined;

  async function cached(): Promise<Designation[]> {
    const now = clock.now().getTime();
    if (!cache || now - cache.at > CACHE_MS || now < cache.at) {
      cache = { at: now, list: (await repo.allDesignations(db.kysely)).map(toDesignation) };
    }
    return cache.list;
  }

  const invalidate = () => {
    cache = undefined;
  };

  const api = {
    /** Designations by code, kind and date in force; any signed-in user may read them. */
    async listDesignations(
      actor: Actor,
      f: DesignationFilter,
      page: number,
      pageSize: number,
    ): Promise<Result<{ items: Designation[]; total: number }>> {
      const refused = readRefusal(actor);
      if (refused) return refused;
      if (f.activeOn !== undefined && !isIsoDate(f.activeOn)) return invalid([badDate('/activeOn')]);
      const all = (await cached()).filter(
        (d) =>
          (f.code === undefined || f.code.startsWith(d.code) || d.code.startsWith(f.code)) &&
          (f.kind === undefined || d.kind === f.kind) &&
          (f.activeOn === undefined || designationApplies(d, d.code, f.activeOn)),
      );
      return ok({ items: all.slice((page - 1) * pageSize, page * pageSize), total: all.length });
    },

    /** Records a new designation on a known division, in force from validFrom with no end. */
    async addDesignation(actor: Actor, input: NewDesignation): Promise<Result<Designation>> {
      const refused = adminRefusal(actor, input.code);
      if (refused) return refused;
      const errors: FieldError[] = [];
      if (!isIsoDate(input.validFrom)) errors.push(badDate('/validFrom'));
      if (input.name.trim() === '') errors.push(fieldError('/name', 'validation_failed'));
      if (input.source.trim() === '')
        errors.push(
          fieldError('/source', 'validation_failed', { zh: '请注明依据（文件或公告）', en: 'Cite the source (document or notice)' }),
        );
      if (errors.length > 0) return invalid(errors);
      if (!(await repo.findDivision(db.kysely, input.code))) {
        return refuse('division_unknown', { errors: [fieldError('/code', 'division_unknown')] });
      }
      const id = newId();
      const row = {
        id,
        kind: input.kind,
        code: input.code,
        name: input.name.trim(),
        valid_from: input.validFrom,
        valid_to: null,
        source: input.source.trim(),
        created_at: isoInstant(clock.now()),
        created_by: actor.userId,
        closed_at: null,
        closed_by: null,
        close_reason: null,
      };
      const created = await uow.write(actor, async (w) => {
        await repo.insertDesignation(w.trx, row);
        await w.audit({
          province: provinceOf(input.code),
          region: input.code,
          action: 'priority_designation.created',
          entityType: 'priority_designation',
          entityId: id,
          details: { kind: row.kind, code: row.code, name: row.name, validFrom: row.valid_from, source: row.source },
        });
        return ok(toDesignation(row));
      });
      if (created.ok) invalidate();
      return created;
    },

    /** Ends a designation on validTo (inclusive; may be in the past, or the day before validFrom to withdraw it), with a reason. Kept as history. */
    async closeDesignation(actor: Actor, id: string, input: { validTo: string; reason: string }): Promise<Result<Designation>> {
      const found = await repo.findDesignation(db.kysely, id);
      if (!found) return refuse('not_found');
      const refused = adminRefusal(actor, found.code);
      if (refused) return refused;
      if (!isIsoDate(input.validTo)) return invalid([badDate('/validTo')]);
      // validTo = the day before validFrom withdraws a designation entered by mistake (never in force).
      if (input.validTo < addDays(found.valid_from, -1)) {
        return invalid([
          fieldError('/validTo', 'validation_failed', {
            zh: '结束日期最早为开始日期的前一天（表示撤销）',
            en: 'The end date can be at most one day before the start date (a withdrawal)',
          }),
        ]);
      }
      if (input.reason.trim() === '')
        return invalid([fieldError('/reason', 'validation_failed', { zh: '请填写原因', en: 'Give a reason' })]);
      const patch = {
        valid_to: input.validTo,
        closed_at: isoInstant(clock.now()),
        closed_by: actor.userId,
        close_reason: input.reason.trim(),
      };
      const closed = await uow.write(actor, async (w) => {
        const n = await repo.closeDesignation(w.trx, id, patch);
        if (n === 0) return refuse('conflict', { zh: '该认定已结束', en: 'This designation is already closed' });
        await w.audit({
          province: provinceOf(found.code),
          region: found.code,
          action: 'priority_designation.closed',
          entityType: 'priority_designation',
          entityId: id,
          details: { kind: found.kind, code: found.code, validTo: patch.valid_to, reason: patch.close_reason },
        });
        return ok(toDesignation({ ...found, ...patch }));
      });
      if (closed.ok) invalidate();
      return closed;
    },
  };

  return { cached, invalidate, api };
}
