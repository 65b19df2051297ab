/** What the policy engine finds the person may claim, with its reasons (the same answer the worker sees). */
import { Card, List, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { caseBenefits, type CaseBenefits as Benefits } from '../../api/assistance';
import { QueryError } from '../../components/QueryError';
import { formatYuan } from '../../format';

type Item = Benefits['items'][number];
const colour: Record<Item['status'], string> = { eligible: 'green', not_eligible: 'default', needs_facts: 'gold' };

export function CaseBenefits({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const q = useQuery({ queryKey: ['assistance', 'benefits', id], queryFn: () => caseBenefits(id) });
  if (q.error && !q.data) return <QueryError error={q.error} />;
  // Eligible first, then those needing facts; programs the person cannot claim are left out.
  const items = (q.data?.items ?? [])
    .filter((e) => e.status !== 'not_eligible')
    .sort((a, b) => (a.status === b.status ? 0 : a.status === 'eligible' ? -1 : 1));
  return (
    <Card title={t('assistance.benefits')} loading={q.isLoading}>
      {q.data && <Typography.Paragraph type="secondary">{t('assistance.benefitsAsOf', { date: q.data.asOf })}</Typography.Paragraph>}
      <List
        dataSource={items}
        locale={{ emptyText: t('assistance.noBenefits') }}
        renderItem={(e) => (
          <List.Item key={e.programId}>
            <List.Item.Meta
              title={
                <span>
                  {e.programName[lang]} <Tag color={colour[e.status]}>{t(`assistance.benefitStatuses.${e.status}`)}</Tag>
                  {e.status === 'eligible' && e.amountFen > 0 ? formatYuan(e.amountFen) : ''}
                </span>
              }
              description={
                <span>
                  {e.summary[lang]}
                  {e.messages.length > 0 ? ` — ${e.messages.map((m) => m[lang]).join('；')}` : ''}
                  {e.needed.length > 0 ? ` — ${e.needed.map((n) => n.label[lang]).join('、')}` : ''}
                </span>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
