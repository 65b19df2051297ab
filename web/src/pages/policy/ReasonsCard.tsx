/** The reasons of a decision with the values that decided them, as the worker pages show them: a sentence, then each value. */
import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../api/policy';
import { useBilingual } from './bilingual';
import { ClauseTag } from './ClauseTag';
import { WORDS } from './words';

export function ReasonsCard({ d }: { d: Decision }) {
  const { t } = useTranslation();
  const bi = useBilingual();
  if (!d.reasons?.length) return null;
  return (
    <Card size="small" title={bi(WORDS.reasons)} data-testid="policy-reasons">
      <Space direction="vertical" style={{ width: '100%' }}>
        {d.reasons.map((r) => (
          <div key={r.criterion} data-criterion={r.criterion}>
            <Space wrap size={4}>
              <Tag color={r.passed ? 'green' : 'red'}>{r.passed ? t('policy.passed') : t('policy.failed')}</Tag>
              <Typography.Text strong>{bi(r.message)}</Typography.Text>
              <ClauseTag id={r.clause} />
            </Space>
            {r.detail && <Typography.Paragraph style={{ margin: '4px 0 4px 8px' }}>{bi(r.detail)}</Typography.Paragraph>}
            {r.values.length > 0 && (
              <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }} style={{ marginLeft: 8 }}>
                {r.values.map((v) => (
                  <Descriptions.Item key={v.name} label={bi(v.label)}>
                    <span data-value={v.value === null ? '' : String(v.value)}>{bi(v.text)}</span>
                  </Descriptions.Item>
                ))}
              </Descriptions>
            )}
          </div>
        ))}
      </Space>
    </Card>
  );
}
