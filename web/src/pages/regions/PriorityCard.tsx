/** Whether the division is a priority area today, and the designations that make it one. */
import { Card, List, Result, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DivisionDetail } from '../../api/types';
import { labelOf } from '../../i18n/labels';

export function PriorityCard({ detail }: { detail: DivisionDetail }) {
  const { t } = useTranslation();
  const { division, priority } = detail;
  return (
    <Card
      title={<span title={division.code}>{division.name}</span>}
      style={{ marginBottom: 16 }}
      extra={
        <Tag color={priority.priority ? 'red' : 'default'} data-testid="region-priority">
          {priority.priority ? t('regions.isPriority', { date: priority.date }) : t('regions.notPriority', { date: priority.date })}
        </Tag>
      }
    >
      {priority.reasons.length === 0 ? (
        <Result status="info" title={t('regions.notPriority', { date: priority.date })} style={{ padding: 8 }} />
      ) : (
        <List
          dataSource={priority.reasons}
          renderItem={(r) => (
            <List.Item>
              <List.Item.Meta
                title={
                  <>
                    <Tag color="volcano">{labelOf(t, 'designationKinds', r.kind)}</Tag>
                    {r.name}
                  </>
                }
                description={
                  <>
                    <Typography.Text type="secondary">
                      {t('regions.validFrom')} {r.validFrom}
                      {r.validTo ? ` · ${t('regions.validTo')} ${r.validTo}` : ''}
                    </Typography.Text>
                    <br />
                    <Typography.Text type="secondary">
                      {t('regions.source')}：<span translate="no">{r.source}</span>
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
