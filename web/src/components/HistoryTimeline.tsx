/** A record's history from the audit log: who did what, when, and which fields changed. */
import { Empty, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../api/types';
import { labelOf } from '../i18n/labels';

function detailText(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([k, v]) => `${k}: ${typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v)}`)
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
            <Typography.Text strong>{e.action}</Typography.Text> <Tag>{labelOf(t, 'roles', e.actorRole) || 'system'}</Tag>
            <br />
            <Typography.Text type="secondary">{e.at}</Typography.Text>
            {Object.keys(e.details).length > 0 && (
              <>
                <br />
                <Typography.Text style={{ fontSize: 12 }}>{detailText(e.details)}</Typography.Text>
              </>
            )}
          </>
        ),
      }))}
    />
  );
}
