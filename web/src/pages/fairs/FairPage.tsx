/**
 * One job fair: when, where and for whom; its employers with booths and postings; for the organising
 * office also the counts (with a bar chart), the registrations, the check-in box and door registration.
 */
import { App, Button, Card, Descriptions, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../../api/errors';
import { usePageTitle } from '../../layout/pageTitle';
import { PlaceName } from '../../components/PlaceName';
import { QueryError } from '../../components/QueryError';
import { EnterprisePicker } from '../benefits/pickers';
import { payText } from '../../api/jobs';
import { fairsApi, type FairDetail, type FairEmployer } from './api';
import { phaseColour } from './FairsPage';
import { FairCountsCard, FairRegistrationsCard } from './FairManage';

function EmployersCard({ fair }: { fair: FairDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<{ enterpriseId: string; booth?: string }>();
  const done = () => void client.invalidateQueries({ queryKey: ['fairs'] });
  const invite = useMutation({
    mutationFn: (v: { enterpriseId: string; booth?: string }) => fairsApi.invite(fair.id, v.enterpriseId, v.booth || null),
    onSuccess: () => {
      form.resetFields();
      done();
    },
    onError: (e) => onError(e, form),
  });
  const approve = useMutation({
    mutationFn: (e: FairEmployer) => fairsApi.approve(fair.id, e.enterpriseId, e.booth),
    onSuccess: () => {
      void message.success(t('fairs.participation.joined'));
      done();
    },
    onError: (e) => onError(e),
  });
  return (
    <Card title={t('fairs.employers')}>
      {fair.manageable && (
        <Form form={form} layout="inline" onFinish={(v) => invite.mutate(v)} style={{ marginBottom: 12, rowGap: 8 }}>
          <Form.Item name="enterpriseId" label={t('fairs.enterprise')} rules={[{ required: true }]}>
            <EnterprisePicker />
          </Form.Item>
          <Form.Item name="booth" label={t('fairs.booth')}>
            <Input maxLength={20} style={{ width: 100 }} />
          </Form.Item>
          <Button htmlType="submit" loading={invite.isPending} data-testid="fair-invite">
            {t('fairs.invite')}
          </Button>
        </Form>
      )}
      <div style={{ overflowX: 'auto' }}>
        <Table<FairEmployer>
          rowKey="enterpriseId"
          dataSource={fair.employers}
          pagination={false}
          locale={{ emptyText: t('fairs.noEmployers') }}
          columns={[
            { title: t('fairs.enterprise'), dataIndex: 'name' },
            { title: t('fairs.booth'), dataIndex: 'booth', render: (b: string | null) => b ?? '' },
            {
              title: t('fairs.postings'),
              render: (_v, e) =>
                e.postings.length === 0 ? (
                  <Typography.Text type="secondary">{t('fairs.noPostings')}</Typography.Text>
                ) : (
                  <ul style={{ margin: 0, paddingLeft: 16 }} data-testid="fair-postings">
                    {e.postings.map((p) => (
                      <li key={p.id}>
                        {p.title} · {payText(p, lang)} · {t('fairs.headcount')} {p.headcount}
                        {p.open ? '' : ` · ${t('fairs.notOpen')}`}
                      </li>
                    ))}
                  </ul>
                ),
            },
            {
              title: t('fairs.phase'),
              render: (_v, e) =>
                e.status === 'applied' && fair.manageable ? (
                  <Button size="small" onClick={() => approve.mutate(e)} loading={approve.isPending}>
                    {t('fairs.approve')}
                  </Button>
                ) : (
                  <Tag color={e.status === 'joined' ? 'green' : 'gold'}>{t(`fairs.participation.${e.status}`)}</Tag>
                ),
            },
          ]}
        />
      </div>
    </Card>
  );
}

export function FairPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fair = useQuery({ queryKey: ['fairs', id], queryFn: () => fairsApi.get(id) });
  usePageTitle(fair.data?.name);
  if (fair.error && !fair.data) return <QueryError error={fair.error} />;
  const f = fair.data;
  if (!f) return <Card loading />;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Link to="/fairs">{t('fairs.back')}</Link>
      <Card>
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          <Descriptions.Item label={t('fairs.kind')}>{t(`fairs.kinds.${f.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('fairs.phase')}>
            <Tag color={phaseColour[f.phase]}>{t(`fairs.phases.${f.phase}`)}</Tag>
            {f.manageable ? <Tag color="purple">{t('fairs.manageable')}</Tag> : <Tag>{t('fairs.publicEvent')}</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label={t('fairs.dates')}>
            {f.startsOn === f.endsOn ? f.startsOn : `${f.startsOn} – ${f.endsOn}`} {f.hours}
          </Descriptions.Item>
          <Descriptions.Item label={t('fairs.organiser')}>
            <PlaceName code={f.region} />
          </Descriptions.Item>
          {f.venueCode ? (
            <Descriptions.Item label={t('fairs.venue')}>
              <PlaceName code={f.venueCode} /> {f.venueAddress ?? ''}
            </Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('fairs.targetGroups')}>
            {f.targetGroups.map((g) => t(`fairs.groups.${g}`)).join('、')}
          </Descriptions.Item>
          <Descriptions.Item label={t('fairs.registered')}>
            {f.registered} / {f.capacity}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {f.manageable && <FairCountsCard fairId={f.id} />}
      <EmployersCard fair={f} />
      {f.manageable && <FairRegistrationsCard fair={f} />}
    </Space>
  );
}
