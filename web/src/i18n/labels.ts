/**
 * Labels for values the server sends as codes (roles, departments, statuses): looked up in the
 * current language's resource tables, falling back to the code itself for unknown values.
 */
import type { TFunction } from 'i18next';
import type { Messages } from './zh';

type TableName = { [K in keyof Messages]: Messages[K] extends Record<string, string> ? K : never }[keyof Messages];

/** The label of `code` in a flat resource table such as `roles`, or the code when unknown. */
export function labelOf(t: TFunction, table: TableName, code: string | null | undefined): string {
  if (code === null || code === undefined || code === '') return '';
  const entries: unknown = t(table, { returnObjects: true });
  if (typeof entries !== 'object' || entries === null) return code;
  const value: unknown = Object.prototype.hasOwnProperty.call(entries, code) ? Reflect.get(entries, code) : undefined;
  return typeof value === 'string' ? value : code;
}

/** `{ value, label }` options for a select, from a list of codes and a resource table. */
export function optionsOf(t: TFunction, table: TableName, codes: readonly string[]): Array<{ value: string; label: string }> {
  return codes.map((code) => ({ value: code, label: labelOf(t, table, code) }));
}

/**
 * Every audit action in the current language (auditActions in zh.labels.ts / en.labels.ts):
 * `actionLabel(t, 'person.reveal')` → 查看明文. An action not listed shows its entity's name with
 * the code in brackets, so a missing label is visible but never a bare key.
 */
export function actionLabel(t: TFunction, action: string | null | undefined): string {
  if (!action) return '';
  const label = labelOf(t, 'auditActions', action);
  if (label !== action) return label;
  const entity = action.split('.')[0] ?? '';
  const named = labelOf(t, 'entityTypes', entity);
  return named !== entity ? `${named}（${action}）` : action;
}

/** An audit entry's entity type in the current language: `entityLabel(t, 'import_job')` → 导入任务. */
export function entityLabel(t: TFunction, entityType: string | null | undefined): string {
  return labelOf(t, 'entityTypes', entityType);
}

/** A field name from a `changed` list or an entry's details: `fieldLabel(t, 'expectedWageFen')` → 期望月工资. */
export function fieldLabel(t: TFunction, field: string | null | undefined): string {
  return labelOf(t, 'fieldNames', field);
}
