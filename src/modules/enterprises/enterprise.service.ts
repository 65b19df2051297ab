/**
 * Enterprise registry use cases: register, update (optimistic locking), read, search and count,
 * each scoped by the actor (jurisdiction for staff, own enterprise for an employer). Arrears flags,
 * reveal and history are in enterprise.actions.ts; both halves form one service.
 */
import type { Deps } from '../deps.js';
import type { AuditService } from '../audit/index.js';
import { provinceOf, type Actor } from '../actor.js';
import type { UnitOfWork } from '../kernel/index.js';
import { ok, refuse, fieldError, type Result } from '../../core/result.js';
import { isoInstant } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { industryCodesUnder } from '../catalog/index.js';
import * as repo from './enterprise.repository.js';
import { changesOf, dataOf, encodeEnterprise, phoneFromEdit, viewOf } from './enterprise.codec.js';
import { validateEnterprise, type EnterpriseDraft, type EnterpriseRules, type EnterpriseView } from './enterprise.js';
import { normaliseCreditCode } from './credit-code.js';
import { listScope, mayCreate, mayEdit, mayMoveTo, mayRead } from './enterprise.policy.js';
import { createEnterpriseActions } from './enterprise.actions.js';
import { createEmployerPortal, type EmployeeDirectory } from './enterprise.employer.js';

/** The regions index as the enterprise service needs it. */
export interface EnterpriseRegions extends EnterpriseRules {
  divisionName(code: string): string | null;
}

/** An update: absent optional fields keep their value, null or '' clears them. The version is the one read. */
export interface EnterpriseUpdate {
  version: number;
  creditCode?: string | undefined;
  name: string;
  industryCode: string;
  addressCode: string;
  address?: string | null | undefined;
  size?: string | null | undefined;
  contactName?: string | null | undefined;
  /** Absent, or the masked value as read, keeps the phone. */
  contactPhone?: string | null | undefined;
}

export interface EnterpriseQuery {
  name?: string | undefined;
  creditCode?: string | undefined;
  industry?: string | undefined;
  addressPrefix?: string | undefined;
  size?: string | undefined;
  arrears?: boolean | undefined;
}

/** Combines the actor's prefix with a requested address prefix; null when they cannot overlap. */
function narrowPrefix(scope: string, requested: string | undefined): string | null {
  if (!requested) return scope;
  if (requested.startsWith(scope)) return requested;
  return scope.startsWith(requested) ? scope : null;
}

/** The kernel's unit of work (every write) and the people employed at an enterprise (employer portal). */
export interface EnterprisePorts {
  uow: UnitOfWork;
  employees: EmployeeDirectory;
}

export function createEnterprisesService(deps: Deps, audit: AuditService, regions: EnterpriseRegions, ports: EnterprisePorts) {
  const { uow } = ports;
  const { db, clock, pii } = deps;
  const now = () => isoInstant(clock.now());
  const view = (row: repo.Enterprise) => viewOf(pii, row, (c) => regions.divisionName(c));

  /** The filter of a list or count, or null when the actor may not list or nothing can match. */
  function filterFor(actor: Actor, query: EnterpriseQuery): Result<repo.EnterpriseFilter | null> {
    const scope = listScope(actor);
    if (!scope) return refuse('forbidden');
    const prefix = narrowPrefix(scope.kind === 'prefix' ? scope.prefix : '', query.addressPrefix);
    if (prefix === null) return ok(null);
    return ok({
      prefix,
      onlyId: scope.kind === 'own' ? scope.enterpriseId : undefined,
      name: query.name?.trim() || undefined,
      creditCode: query.creditCode ? normaliseCreditCode(query.creditCode) : undefined,
      industryCodes: query.industry ? industryCodesUnder(query.industry.trim().toUpperCase()) : undefined,
      size: query.size,
      arrears: query.arrears,
    });
  }

  const core = {
    /** Registers an enterprise; its credit code must be new nationally. */
    async create(actor: Actor, draft: EnterpriseDraft): Promise<Result<EnterpriseView>> {
      const v = validateEnterprise(draft, regions);
      if (!v.ok) return refuse('validation_failed', { errors: v.errors });
      const d = v.value;
      const may = mayCreate(actor, d.addressCode);
      if (!may.ok) return refuse(may.code);
      const id = newId();
      const t = now();
      const cols = encodeEnterprise(pii, d);
      const written = await uow.write(
        actor,
        async (w) => {
          const claimed = await repo.claimCreditCodes(w.trx, [
            { credit_code: d.creditCode, enterprise_id: id, province: cols.province, created_at: t },
          ]);
          if (!claimed.has(d.creditCode)) return refuse('duplicate_enterprise');
          await repo.insertEnterprises(w.trx, [
            {
              id,
              ...cols,
              arrears_flag: 0,
              arrears_reason: null,
              arrears_date: null,
              arrears_by: null,
              arrears_at: null,
              version: 1,
              created_at: t,
              updated_at: t,
            },
          ]);
          await w.audit({
            province: cols.province,
            region: d.addressCode,
            action: 'enterprise.created',
            entityType: 'enterprise',
            entityId: id,
            details: {
              creditCode: d.creditCode,
              name: d.name,
              industryCode: d.industryCode,
              addressCode: d.addressCode,
              size: d.size,
              contactName: d.contactName === null ? null : '[changed]',
              contactPhone: d.contactPhone === null ? null : '[changed]',
            },
          });
          return ok(null);
        },
        { uniques: { '*': refuse('duplicate_enterprise').reason } },
      );
      if (!written.ok) return written;
      const row = await repo.findById(db.kysely, id);
      return row ? ok(view(row)) : refuse('internal');
    },

    /** Replaces an enterprise's data when `version` is still current; the credit code cannot change. */
    async update(actor: Actor, id: string, input: EnterpriseUpdate): Promise<Result<EnterpriseView>> {
      const row = await repo.findById(db.kysely, id);
      if (!row) return refuse('out_of_jurisdiction');
      const may = mayEdit(actor, { id, addressCode: row.address_code });
      if (!may.ok) return refuse(may.code);
      const current = dataOf(pii, row);
      if (input.creditCode !== undefined && normaliseCreditCode(input.creditCode) !== row.credit_code) {
        return refuse('validation_failed', {
          errors: [
            fieldError('creditCode', 'validation_failed', { zh: '统一社会信用代码不能修改', en: 'The credit code cannot be changed' }),
          ],
        });
      }
      const v = validateEnterprise(
        {
          creditCode: row.credit_code,
          name: input.name,
          industryCode: input.industryCode,
          addressCode: input.addressCode,
          address: input.address === undefined ? current.address : input.address,
          size: input.size === undefined ? current.size : input.size,
          contactName: input.contactName === undefined ? current.contactName : input.contactName,
          contactPhone: phoneFromEdit(current.contactPhone, input.contactPhone),
        },
        regions,
      );
      if (!v.ok) return refuse('validation_failed', { errors: v.errors });
      const d = v.value;
      const move = mayMoveTo(actor, d.addressCode);
      if (!move.ok) return refuse(move.code);
      if (provinceOf(d.addressCode) !== row.province) {
        return refuse('validation_failed', {
          errors: [
            fieldError('addressCode', 'validation_failed', {
              zh: '不能把单位迁到其他省份，请在新省份重新登记',
              en: 'An enterprise cannot move to another province; register it there',
            }),
          ],
        });
      }
      if (input.version !== row.version) return refuse('version_conflict');
      const { previous, changed } = changesOf(pii, row, d);
      if (Object.keys(changed).length === 0) return ok(view(row));
      const written = await uow.write(actor, async (w) => {
        const cols = encodeEnterprise(pii, d);
        // An unchanged phone keeps its ciphertext, so the row does not churn.
        const phone = row.contact_phone_index === cols.contact_phone_index ? { contact_phone_enc: row.contact_phone_enc } : {};
        const done = await repo.updateVersioned(w.trx, id, input.version, { ...cols, ...phone, updated_at: now() });
        if (!done) return refuse('version_conflict');
        await w.audit({
          province: row.province,
          region: d.addressCode,
          action: 'enterprise.updated',
          entityType: 'enterprise',
          entityId: id,
          details: { previous, changed, version: input.version + 1 },
        });
        return ok(null);
      });
      if (!written.ok) return written;
      const fresh = await repo.findById(db.kysely, id);
      return fresh ? ok(view(fresh)) : refuse('internal');
    },

    async get(actor: Actor, id: string): Promise<Result<EnterpriseView>> {
      const row = await repo.findById(db.kysely, id);
      if (!row) return refuse('out_of_jurisdiction');
      const may = mayRead(actor, { id, addressCode: row.address_code });
      return may.ok ? ok(view(row)) : refuse(may.code);
    },

    /** Searches within the actor's scope: name substring, exact credit code, industry, address prefix, size, arrears flag. */
    async list(
      actor: Actor,
      query: EnterpriseQuery,
      page: number,
      pageSize: number,
    ): Promise<Result<{ items: EnterpriseView[]; total: number }>> {
      const f = filterFor(actor, query);
      if (!f.ok) return f;
      if (f.value === null) return ok({ items: [], total: 0 });
      const { rows, total } = await repo.list(db.kysely, f.value, pageSize, (page - 1) * pageSize);
      return ok({ items: rows.map(view), total });
    },

    /** How many enterprises in the actor's scope match (dashboards). */
    async count(actor: Actor, query: EnterpriseQuery = {}): Promise<Result<number>> {
      const f = filterFor(actor, query);
      if (!f.ok) return f;
      return ok(f.value === null ? 0 : await repo.count(db.kysely, f.value));
    },
  };
  return {
    ...core,
    ...createEnterpriseActions(deps, audit, uow, view),
    employer: createEmployerPortal(deps, uow, regions, ports.employees, view),
  };
}

export type EnterprisesService = ReturnType<typeof createEnterprisesService>;
