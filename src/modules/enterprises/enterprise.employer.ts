/**
 * The employer portal's use cases (issue 7, point 5): an employer account reads its own enterprise,
 * the people employed there today, and updates the enterprise's contact person and phone (audited,
 * through the unit of work). Nothing here takes an enterprise id from the caller: the account's own
 * enterprise is the only one it can name (decision 212).
 */
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import type { UnitOfWork } from '../kernel/index.js';
import { ok, refuse, type Result } from '../../core/result.js';
import { businessDate, isoInstant } from '../../core/clock.js';
import * as repo from './enterprise.repository.js';
import { changesOf, dataOf, encodeEnterprise, phoneFromEdit } from './enterprise.codec.js';
import { validateEnterprise, type EnterpriseRules, type EnterpriseView } from './enterprise.js';

/** A person employed at the enterprise, as the employer sees them (ID number masked). */
export interface Employee {
  id: string;
  name: string;
  idNumberMasked: string;
  hukouCode: string;
}

/** Port: the people employed at an enterprise on a date (filled from the people module's reader). */
export interface EmployeeDirectory {
  employeesOf(
    enterpriseId: string,
    onDate: string,
    query: { name?: string | undefined; page: number; pageSize: number },
  ): Promise<{ items: Employee[]; total: number }>;
}

export interface ContactsUpdate {
  version: number;
  contactName: string | null;
  /** The masked value as read keeps the phone; null or '' clears it. */
  contactPhone: string | null;
}

export function createEmployerPortal(
  deps: Deps,
  uow: UnitOfWork,
  rules: EnterpriseRules,
  employees: EmployeeDirectory,
  view: (row: repo.Enterprise) => EnterpriseView,
) {
  const { db, clock, pii } = deps;

  async function own(actor: Actor): Promise<Result<repo.Enterprise>> {
    if (actor.role !== 'employer' || actor.enterpriseId === null) return refuse('forbidden');
    const row = await repo.findById(db.kysely, actor.enterpriseId);
    return row ? ok(row) : refuse('not_found');
  }

  return {
    /**
     * The employer account's own enterprise. It sees that it is flagged for arrears and since when,
     * not the officers' reason or who flagged it: the reason may name a wage complaint and its
     * workers, whom an employer must not learn of (decision 146).
     */
    async mine(actor: Actor): Promise<Result<EnterpriseView>> {
      const row = await own(actor);
      if (!row.ok) return row;
      const v = view(row.value);
      return ok({ ...v, arrears: { ...v.arrears, reason: null, by: null } });
    },

    /** The people employed at the account's enterprise today, by name prefix. */
    async employees(
      actor: Actor,
      query: { name?: string | undefined; page: number; pageSize: number },
    ): Promise<Result<{ items: Employee[]; total: number }>> {
      const row = await own(actor);
      if (!row.ok) return row;
      return ok(await employees.employeesOf(row.value.id, businessDate(clock.now()), query));
    },

    /** Changes the contact person and phone of the account's enterprise; audited without the values. */
    async updateContacts(actor: Actor, input: ContactsUpdate): Promise<Result<EnterpriseView>> {
      const found = await own(actor);
      if (!found.ok) return found;
      const row = found.value;
      const current = dataOf(pii, row);
      const v = validateEnterprise(
        { ...current, contactName: input.contactName, contactPhone: phoneFromEdit(current.contactPhone, input.contactPhone) },
        rules,
      );
      if (!v.ok) return refuse('validation_failed', { errors: v.errors });
      if (input.version !== row.version) return refuse('version_conflict');
      const { previous, changed } = changesOf(pii, row, v.value);
      if (Object.keys(changed).length === 0) return ok(view(row));
      const cols = encodeEnterprise(pii, v.value);
      const written = await uow.write(actor, async (w) => {
        const done = await repo.updateVersioned(w.trx, row.id, input.version, {
          contact_name: cols.contact_name,
          contact_phone_enc: row.contact_phone_index === cols.contact_phone_index ? row.contact_phone_enc : cols.contact_phone_enc,
          contact_phone_index: cols.contact_phone_index,
          updated_at: isoInstant(clock.now()),
        });
        if (!done) return refuse('version_conflict');
        await w.audit({
          province: row.province,
          region: row.address_code,
          action: 'enterprise.contacts_updated',
          entityType: 'enterprise',
          entityId: row.id,
          details: { previous, changed, version: input.version + 1 },
        });
        return ok(null);
      });
      if (!written.ok) return written;
      const fresh = await repo.findById(db.kysely, row.id);
      return fresh ? ok(view(fresh)) : refuse('internal');
    },
  };
}
