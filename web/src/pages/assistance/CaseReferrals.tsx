/** Jobs the matching engine recommends for the person, with reasons; a referral counts toward the plan. */
import { App, Button, Card, Table } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { caseRecommendations, referFromCase, type AssistanceCase, type CaseRecommendation } from '../../api/assistance';
import { useApiErrorHandler } from '../../api/errors';
import { QueryError } from '../../components/QueryError';
import { PlaceName } from '../../components/PlaceName';
import { formatYuan } from '../../format';

export function CaseReferrals({ c }: { c: AssistanceCase }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const recs = useQuery({ queryKey: ['assistance', 'recommendations', c.id], queryFn: () => caseRecommendations(c.id) });
  const referred = new Set(c.steps.map((s) => s.postingTitle).filter((x): x is string => x !== null));
  const refer = useMutation({
    mutationFn: (postingId: string) => referFromCase(c.id, postingId),
    onSuccess: (r) => {
      client.setQueryData(['assistance', 'case', c.id], r);
      void client.invalidateQueries({ queryKey: ['assistance'] });
      void message.success(t('assistance.referred'));
    },
    onError: (e) => onError(e),
  });
  if (recs.error && !recs.data) return <QueryError error={recs.error} />;
  return (
    <Card title={t('assistance.recommendations')}>
      <div style={{ overflowX: 'auto' }}>
        <Table<CaseRecommendation>
          rowKey="postingId"
          size="small"
          loading={recs.isLoading}
          pagination={false}
          dataSource={recs.data?.items ?? []}
          locale={{ emptyText: t('assistance.noRecommendations') }}
          columns={[
            {
              title: t('assistance.posting'),
              render: (_v, r) => (r.posting.enterpriseName ? `${r.posting.title}（${r.posting.enterpriseName}）` : r.posting.title),
            },
            { title: t('assistance.workPlace'), render: (_v, r) => <PlaceName code={r.posting.workCode} /> },
            {
              title: t('assistance.pay'),
              render: (_v, r) => `${formatYuan(r.posting.payMinFen, { unit: false })}–${formatYuan(r.posting.payMaxFen)}`,
            },
            { title: t('assistance.score'), dataIndex: 'boosted' },
            { title: t('assistance.reasons'), render: (_v, r) => r.reasons.map((x) => x[lang]).join('；') },
            {
              title: '',
              render: (_v, r) => (
                <Button
                  size="small"
                  type="primary"
                  disabled={referred.has(r.posting.title)}
                  loading={refer.isPending && refer.variables === r.postingId}
                  onClick={() => refer.mutate(r.postingId)}
                  data-testid={`refer-${r.postingId}`}
                >
                  {t('assistance.refer')}
                </Button>
              ),
            },
          ]}
        />
      </div>
    </Card>
  );
}
