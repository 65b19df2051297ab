/**
 * Masked, audited .xlsx exports of every staff list with the list endpoints' filters (decisions 064,
 * 173): people, enterprises, claims, the payment ledger, bank batches, the audit log and accounts.
 * Data comes from each module's own list function (same jurisdiction, same masking), one generic
 * sheet writer streams it (sheet-export.ts), and the export is audited through the unit of work.
 */
import type { Readable } from 'node:stream';
import type { Deps } from '../deps.js';
import type { AuditService } from '../audit/index.js';
import { provinceOf, type Actor } from '../actor.js';
import { can, type UsersService } from '../accounts/index.js';
import type { BenefitsServices } from '../benefits/index.js';
import type { UnitOfWork } from '../kernel/index.js';
import { ok, refuse, type Result } from '../../core/result.js';
import type { PeopleService, PersonSearch } from '../people/index.js';
import type { PersonView } from '../people/index.js';
import type { EnterpriseQuery, EnterprisesService } from '../enterprises/index.js';
import type { EnterpriseView } from '../enterprises/index.js';
import { streamSheet, type SheetColumn } from './sheet-export.js';
import { batchColumns, claimColumns, entryColumns } from './benefits-sheets.js';
import { auditColumns, userColumns } from './admin-sheets.js';

/** The services an export reads through (asked for when an export runs, so they may be built later). */
export interface ExportSources {
  people: PeopleService;
  enterprises: EnterprisesService;
  benefits: BenefitsServices;
  audit: AuditService;
  users: UsersService;
}

/** The audit list's filters, as the audit service takes them. */
export type AuditFilter = Parameters<AuditService['search']>[1];

export interface ClaimExportQuery {
  status?: string | undefined;
  level?: 'township' | 'county' | 'reconsideration' | undefined;
  programId?: string | undefined;
  personId?: string | undefined;
}

export interface EntryExportQuery {
  status?: string | undefined;
  claimId?: string | undefined;
  personId?: string | undefined;
  batchId?: string | undefined;
}

const yesNo = (b: boolean) => (b ? '是' : '否');

const personColumns: SheetColumn<PersonView>[] = [
  { header: '姓名 Name', value: (p) => p.name },
  { header: '身份证号码 ID number', width: 22, value: (p) => p.idNumber },
  { header: '性别 Sex', value: (p) => (p.sex === 'male' ? '男' : '女') },
  { header: '出生日期 Birth date', value: (p) => p.birthDate },
  { header: '手机号码 Phone', value: (p) => p.phone },
  { header: '户籍地 Hukou', value: (p) => p.hukouCode },
  { header: '常住地 Residence', value: (p) => p.residenceCode },
  { header: '就业地 Employment', value: (p) => p.employmentCode },
  { header: '参保地 Insured', value: (p) => p.insuredCode },
  { header: '建档立卡 Poverty-registered', value: (p) => yesNo(p.povertyRegistered) },
  { header: '低保 Dibao', value: (p) => yesNo(p.dibao) },
  { header: '文化程度 Education', value: (p) => p.education },
  { header: '外出意愿 Willing to go out', value: (p) => yesNo(p.willingToGoOut) },
  { header: '技能 Skills', value: (p) => p.skills.join('、') },
];

const enterpriseColumns: SheetColumn<EnterpriseView>[] = [
  { header: '统一社会信用代码 Credit code', width: 22, value: (e) => e.creditCode },
  { header: '单位名称 Name', width: 30, value: (e) => e.name },
  { header: '行业 Industry', value: (e) => (e.industryName ? `${e.industryCode} ${e.industryName}` : e.industryCode) },
  { header: '所在地 Location', value: (e) => (e.addressName ? `${e.addressCode} ${e.addressName}` : e.addressCode) },
  { header: '详细地址 Address', width: 30, value: (e) => e.address },
  { header: '规模 Size', value: (e) => e.size },
  { header: '联系人 Contact', value: (e) => e.contactName },
  { header: '联系电话 Phone', value: (e) => e.contactPhone },
];

/** Filters as recorded in the audit log: a free-text query that is an ID number or phone is not kept. */
function auditFilters(filters: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(filters)) {
    if (v === undefined || k === 'page' || k === 'pageSize') continue;
    out[k] = typeof v === 'string' && /\d{7,}/.test(v) ? '[personal]' : v;
  }
  return out;
}

export function createExportService(_deps: Deps, uow: UnitOfWork, sources: () => ExportSources) {
  const record = (actor: Actor, entityType: string, filters: Record<string, unknown>) => async (rows: number) => {
    const r = await uow.write(actor, async (w) => {
      await w.audit({
        province: provinceOf(actor.jurisdiction),
        region: actor.jurisdiction,
        action: `${entityType}.exported`,
        entityType,
        entityId: null,
        details: { filters: auditFilters(filters), rows },
      });
      return ok(true);
    });
    if (!r.ok) throw new Error(`export audit refused: ${r.reason.code}`);
  };
  return {
    /** People matching the list filters, masked, as a streamed .xlsx. */
    async people(actor: Actor, filters: Omit<PersonSearch, 'page' | 'pageSize'>): Promise<Result<Readable>> {
      if (!can(actor, 'people.export')) return refuse('forbidden');
      return streamSheet(
        '人员 People',
        personColumns,
        (page, pageSize) => sources().people.search(actor, { ...filters, page, pageSize }),
        record(actor, 'person', filters),
      );
    },

    /** Enterprises matching the list filters (contact phone masked) as a streamed .xlsx. */
    async enterprises(actor: Actor, filters: EnterpriseQuery): Promise<Result<Readable>> {
      if (!can(actor, 'enterprises.export')) return refuse('forbidden');
      return streamSheet(
        '用人单位 Enterprises',
        enterpriseColumns,
        (page, pageSize) => sources().enterprises.list(actor, filters, page, pageSize),
        record(actor, 'enterprise', { ...filters }),
      );
    },

    /** Claims of the queue (same filters), with numbers, names and masked ID numbers. */
    async claims(actor: Actor, filters: ClaimExportQuery): Promise<Result<Readable>> {
      return streamSheet(
        '申请',
        claimColumns,
        (page, pageSize) => sources().benefits.claims.list(actor, { ...filters, page, pageSize }),
        record(actor, 'claim', { ...filters }),
      );
    },

    /** The payment ledger (same filters), with numbers, payees' names and masked ID numbers. */
    async payments(actor: Actor, filters: EntryExportQuery): Promise<Result<Readable>> {
      if (!can(actor, 'payments.manage')) return refuse('forbidden');
      return streamSheet(
        '付款台账',
        entryColumns,
        (page, pageSize) => sources().benefits.payments.list(actor, { ...filters, page, pageSize }),
        record(actor, 'payment_entry', { ...filters }),
      );
    },

    /** Bank batches of the jurisdiction. */
    async batches(actor: Actor): Promise<Result<Readable>> {
      return streamSheet(
        '付款批次',
        batchColumns,
        (page, pageSize) => sources().benefits.batches.list(actor, page, pageSize),
        record(actor, 'payment_batch', {}),
      );
    },

    /** The audit log under the reader's jurisdiction (same filters), with officers' names and Beijing time. */
    async audit(actor: Actor, filters: AuditFilter): Promise<Result<Readable>> {
      if (!can(actor, 'audit.read')) return refuse('forbidden');
      const { audit, users } = sources();
      return streamSheet(
        '审计日志',
        auditColumns,
        async (page, pageSize) => {
          const r = await audit.search(actor, filters, page, pageSize);
          const names = await users.displayNames(r.items.flatMap((e) => (e.actorId ? [e.actorId] : [])));
          return ok({ items: r.items.map((e) => ({ ...e, actorName: e.actorId ? (names[e.actorId] ?? e.actorId) : '系统' })) });
        },
        record(actor, 'audit', { ...filters }),
      );
    },

    /** Accounts the actor may administer. */
    async users(actor: Actor): Promise<Result<Readable>> {
      return streamSheet('账号', userColumns, (page, pageSize) => sources().users.list(actor, page, pageSize), record(actor, 'user', {}));
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
