/** What waits at the user's level: claims per review level (and overdue), payments, bindings, timers. */
import { Card, List, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { HomeOverview } from './homeTypes';
import { formatYuan } from '../../format';

interface Item {
  key: string;
  text: string;
  extra?: string | undefined;
  to: string;
}

export function WorkWaiting({ work }: { work: HomeOverview['work'] }) {
  const { t } = useTranslation();
  const items: Item[] = [];
  for (const c of work.claims ?? []) {
    if (c.waiting === 0) continue;
    items.push({
      key: `claims-${c.level}`,
      text: t('portal.waiting', { level: t(`portal.levels.${c.level}`), count: c.waiting }),
      extra:
        c.overdue > 0 ? t('portal.overdue', { days: work.overdueAfterWorkingDays, count: c.overdue, date: work.overdueBefore }) : undefined,
      to: `/claims?level=${c.level}`,
    });
  }
  const r = work.reconcile;
  if (r && r.batches > 0)
    items.push({
      key: 'reconcile',
      text: t('portal.reconcile', { batches: r.batches, entries: r.entries, amount: formatYuan(r.totalFen) }),
      to: '/payments',
    });
  if (r && r.unbatched > 0) items.push({ key: 'unbatched', text: t('portal.unbatched', { count: r.unbatched }), to: '/payments' });
  if (work.bindingRequests) items.push({ key: 'bindings', text: t('portal.bindings', { count: work.bindingRequests }), to: '/bindings' });
  if (work.timersOverdue) items.push({ key: 'timers', text: t('portal.timers', { count: work.timersOverdue }), to: '/audit' });
  return (
    <Card title={t('portal.work')} data-testid="work-waiting" style={{ marginTop: 16 }}>
      <List
        dataSource={items}
        locale={{ emptyText: t('portal.nothing') }}
        renderItem={(item) => (
          <List.Item
            actions={[
              <Link key="go" to={item.to}>
                {t('portal.go')}
              </Link>,
            ]}
            data-testid={`work-${item.key}`}
          >
            <List.Item.Meta title={item.text} description={item.extra && <Typography.Text type="danger">{item.extra}</Typography.Text>} />
          </List.Item>
        )}
      />
    </Card>
  );
}
