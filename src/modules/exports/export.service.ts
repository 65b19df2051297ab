/**
 * Masked, audited .xlsx exports of people and enterprises with the list endpoints' filters
 * (docs/decisions/064). Data comes from the people and enterprise services, already masked.
 */
import type { Readable } from 'node:stream';
import type { Deps } from '../deps.js';
import type { AuditService } from '../audit/index.js';
import { provinceOf, type Actor } from '../actor.js';
import { can } from '../accounts/index.js';
import { refuse, type Result } from '../../core/result.js';
import type { PeopleService, PersonSearch } from '../people/index.js';
import type { PersonView } from '../people/index.js';
import type { EnterpriseQuery, EnterprisesService } from '../enterprises/index.js';
import type { EnterpriseView } from '../enterprises/index.js';
import { streamSheet, type SheetColumn } from './sheet-export.js';

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

export function createExportService(deps: Deps, audit: AuditService, people: PeopleService, enterprises: EnterprisesService) {
  const { db } = deps;
  const record = (actor: Actor, entityType: string, filters: Record<string, unknown>) => async (rows: number) => {
    await db.kysely.transaction().execute(async (trx) => {
      await audit.record(trx, actor, {
        province: provinceOf(actor.jurisdiction),
        region: actor.jurisdiction,
        action: `${entityType}.exported`,
        entityType,
        entityId: null,
        details: { filters: auditFilters(filters), rows },
      });
    });
  };
  return {
    /** People matching the list filters, masked, as a streamed .xlsx. */
    async people(actor: Actor, filters: Omit<PersonSearch, 'page' | 'pageSize'>): Promise<Result<Readable>> {
      if (!can(actor, 'people.export')) return refuse('forbidden');
      return streamSheet(
        '人员 People',
        personColumns,
        (page, pageSize) => people.search(actor, { ...filters, page, pageSize }),
        record(actor, 'person', filters),
      );
    },

    /** Enterprises matching the list filters (contact phone masked) as a streamed .xlsx. */
    async enterprises(actor: Actor, filters: EnterpriseQuery): Promise<Result<Readable>> {
      if (!can(actor, 'enterprises.export')) return refuse('forbidden');
      return streamSheet(
        '用人单位 Enterprises',
        enterpriseColumns,
        (page, pageSize) => enterprises.list(actor, filters, page, pageSize),
        record(actor, 'enterprise', { ...filters }),
      );
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
