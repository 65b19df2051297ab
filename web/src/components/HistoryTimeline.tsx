/**
 * A record's history from the audit log: what was done (in words), by whom, when (Beijing time),
 * and the details as a sentence with labelled field names — never raw keys or English codes.
 */
import { Empty, Tag, Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../api/types';
import { actionLabel, fieldLabel, labelOf } from '../i18n/labels';
import { formatYuan } from '../format/money';
import { Instant } from './Instant';

/** Detail keys whose values are codes with a label table. */
const CODED = { role: 'roles', size: 'enterpriseSizes', sex: 'sexes', education: 'educations' } as const;

function stringText(t: TFunction, key: string, v: string): string {
  // Personal values are recorded as '[changed]' only (audit.service.ts): say so in words.
  if (v === '[changed]') return t('common.changedHidden');
  if (key === 'field') return fieldLabel(t, v);
  return Object.prototype.hasOwnProperty.call(CODED, key) ? labelOf(t, CODED[key as keyof typeof CODED], v) : v;
}

/** One detail value in words: booleans as 是/否, lists of field names labelled, amounts in yuan, codes labelled. */
function valueText(t: TFunction, key: string, v: unknown): string {
  if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
  if (typeof v === 'number') return key.endsWith('Fen') ? formatYuan(v) : String(v);
  if (typeof v === 'string') return stringText(t, key, v);
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? fieldLabel(t, x) : valueText(t, key, x))).join('、');
  if (v === null || v === undefined) return t('common.none');
  if (typeof v === 'object') {
    return Object.entries(v)
      .map(([k, x]) => `${fieldLabel(t, k)} ${valueText(t, k, x)}`)
      .join('，');
  }
  return '';
}

/** An entry's details as one sentence: "修改项：姓名、手机号码；版本：3". */
export function detailSentence(t: TFunction, details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([k, v]) => `${fieldLabel(t, k)}：${valueText(t, k, v)}`)
    .join('；');
}

export function HistoryTimeline({ items }: { items: AuditEntry[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Empty description={t('common.none')} />;
  return (
    <Timeline
      items={items.map((e) => ({
        key: e.id,
        children: (
          <>
            <Typography.Text strong>{actionLabel(t, e.action)}</Typography.Text>{' '}
            <Tag>{labelOf(t, 'roles', e.actorRole) || t('common.system')}</Tag>
            <br />
            <Typography.Text type="secondary">
              <Instant value={e.at} seconds />
            </Typography.Text>
            {Object.keys(e.details).length > 0 && (
              <>
                <br />
                <Typography.Text style={{ fontSize: 12 }}>{detailSentence(t, e.details)}</Typography.Text>
              </>
            )}
          </>
        ),
      }))}
    />
  );
}
