/**
 * An audit entry's details as a sentence in the reader's language, instead of raw JSON:
 *   { changed: { expectedWageFen: '[changed]' } }       → 修改了期望月工资
 *   { field: 'contactPhone' }                            → 查看了联系电话的明文
 *   { reason: '拖欠工资', date: '2026-11-01' }            → 原因：拖欠工资；认定日期：2026-11-01
 * Field names come from the shared label map (fieldNames); amounts in fen are shown in yuan and
 * instants in Beijing time. Values never carry personal data (the log does not hold any).
 */
import type { TFunction } from 'i18next';
import { fieldLabel } from '../../i18n/labels';
import { formatInstant, formatYuan } from '../../format';

const SKIP = new Set(['changed', 'previous', 'field', 'version']);
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function fieldsOf(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  if (v && typeof v === 'object') return Object.keys(v);
  return [];
}

function valueText(t: TFunction, key: string, v: unknown): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'boolean') return v ? t('portal.audit.yes') : t('portal.audit.no');
  if (typeof v === 'number') return /Fen$/.test(key) ? formatYuan(v) : String(v);
  if (typeof v === 'string') return INSTANT.test(v) ? formatInstant(v) : v;
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? fieldLabel(t, x) : JSON.stringify(x))).join(t('portal.audit.listSep'));
  if (typeof v === 'object') {
    const parts = Object.entries(v as Record<string, unknown>).flatMap(([k, x]) => {
      const text = valueText(t, k, x);
      return text === null ? [] : [t('portal.audit.kv', { key: fieldLabel(t, k), value: text })];
    });
    return parts.length ? parts.join(t('portal.audit.listSep')) : null;
  }
  return null;
}

export function auditSentence(t: TFunction, details: Record<string, unknown>): string {
  const parts: string[] = [];
  const changed = fieldsOf(details.changed);
  if (changed.length > 0)
    parts.push(t('portal.audit.changedFields', { fields: changed.map((f) => fieldLabel(t, f)).join(t('portal.audit.listSep')) }));
  if (typeof details.field === 'string') parts.push(t('portal.audit.revealed', { field: fieldLabel(t, details.field) }));
  for (const [key, v] of Object.entries(details)) {
    if (SKIP.has(key)) continue;
    const text = valueText(t, key, v);
    if (text !== null) parts.push(t('portal.audit.kv', { key: fieldLabel(t, key), value: text }));
  }
  return parts.join(t('portal.audit.sep'));
}
