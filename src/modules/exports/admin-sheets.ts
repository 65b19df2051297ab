/** The columns of the audit log and accounts exports: names instead of ids, Chinese roles, places, Beijing time. */
import type { AuditEntry } from '../audit/index.js';
import type { UserView } from '../accounts/index.js';
import type { SheetColumn } from './sheet-export.js';
import { beijingTime, placeText, roleText } from './labels.js';

/** An audit entry with the display name of who did it (looked up per page). */
export type NamedAuditEntry = AuditEntry & { actorName: string };

/** Details as one line of `key: value` pairs; personal values are never in details (the audit service redacts them). */
function detailsText(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join('；');
}

export const auditColumns: SheetColumn<NamedAuditEntry>[] = [
  { header: '时间（北京时间）', width: 20, value: (e) => beijingTime(e.at) },
  { header: '操作人', value: (e) => e.actorName },
  { header: '角色', value: (e) => (e.actorRole ? roleText(e.actorRole) : '') },
  { header: '操作', width: 28, value: (e) => e.action },
  { header: '对象类型', value: (e) => e.entityType },
  { header: '对象', width: 36, value: (e) => e.entityId ?? '' },
  { header: '地区', width: 36, value: (e) => placeText(e.region) },
  { header: '详情', width: 60, value: (e) => detailsText(e.details) },
];

export const userColumns: SheetColumn<UserView>[] = [
  { header: '用户名', value: (u) => u.username },
  { header: '姓名', value: (u) => u.displayName },
  { header: '角色', value: (u) => roleText(u.role) },
  { header: '管辖范围', width: 36, value: (u) => placeText(u.jurisdiction) },
  { header: '部门', value: (u) => u.department ?? '' },
  { header: '状态', value: (u) => (u.disabled ? '已停用' : u.lockedUntil ? '已锁定' : '正常') },
  { header: '须改密码', value: (u) => (u.mustChangePassword ? '是' : '否') },
  { header: '创建时间（北京时间）', width: 20, value: (u) => beijingTime(u.createdAt) },
];
