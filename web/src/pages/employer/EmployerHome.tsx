/**
 * The employer portal's home: the account's own enterprise (contacts editable, audited), the
 * people employed there today (each with a link to claim for them), and the enterprise's claims.
 */
import { useClearable } from '../../components/clearable';
import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Form, Input, Space, Table, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { listClaims } from '../../api/benefits';
import { listPrograms } from '../../api/policy';
import { useApiErrorHandler } from '../../api/errors';
import { QueryError } from '../../components/QueryError';
import { Instant } from '../../components/Instant';
import { PlaceName } from '../../components/PlaceName';
import { useAuth } from '../../auth/AuthContext';
import { useBilingual } from '../policy/bilingual';
import { ClaimStatusTag } from '../benefits/shared';
import { getMyEnterprise, listEmployees, updateContacts, type MyEnterprise } from './api';

function ContactsForm({ enterprise }: { enterprise: MyEnterprise }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<{ contactName: string; contactPhone: string }>();
  const save = useMutation({
    mutationFn: (v: { contactName: string; contactPhone: string }) =>
      updateContacts({ version: enterprise.version, contactName: v.contactName || null, contactPhone: v.contactPhone || null }),
    onSuccess: (fresh) => {
      void message.success(t('portal.employer.saved'));
      client.setQueryData(['employer', 'enterprise'], fresh);
    },
    onError: (e) => onError(e, form),
  });
  return (
    <Form
      form={form}
      layout="inline"
      initialValues={{ contactName: enterprise.contactName ?? '', contactPhone: enterprise.contactPhone ?? '' }}
      onFinish={(v) => save.mutate(v)}
      style={{ rowGap: 8 }}
    >
      <Form.Item name="contactName" label={t('portal.employer.contactName')}>
        <Input maxLength={50} data-testid="employer-contact-name" />
      </Form.Item>
      <Form.Item name="contactPhone" label={t('portal.employer.contactPhone')} tooltip={t('portal.employer.contactPhoneHint')}>
        <Input maxLength={30} data-testid="employer-contact-phone" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="employer-contact-save">
        {t('portal.employer.saveContacts')}
      </Button>
    </Form>
  );
}

export function EmployerHome() {
  const { t } = useTranslation();
  const clear = useClearable();
  const bi = useBilingual();
  const { me } = useAuth();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const enterprise = useQuery({ queryKey: ['employer', 'enterprise'], queryFn: getMyEnterprise });
  const people = useQuery({ queryKey: ['employer', 'people', q, page], queryFn: () => listEmployees(q, page, 10) });
  const claims = useQuery({ queryKey: ['claims', 'employer'], queryFn: () => listClaims({}, 1, 50) });
  const programs = useQuery({ queryKey: ['policy', 'programs'], queryFn: listPrograms, staleTime: 300_000 });
  const programName = (id: string) => bi(programs.data?.items.find((p) => p.id === id)?.name) || id;
  const e = enterprise.data;
  return (
    <>
      <Typography.Title level={2}>{t('home.welcome', { name: me?.user.displayName ?? '' })}</Typography.Title>
      {enterprise.error && <Alert type="warning" showIcon message={t('portal.employer.noEnterprise')} />}
      {e && (
        <Card title={`${t('portal.employer.enterprise')}：${e.name}`} data-testid="employer-enterprise">
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={t('portal.employer.creditCode')}>{e.creditCode}</Descriptions.Item>
            <Descriptions.Item label={t('portal.employer.address')}>
              <PlaceName code={e.addressCode} /> {e.address}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={3} style={{ fontSize: 16, marginTop: 8 }}>
            {t('portal.employer.contacts')}
          </Typography.Title>
          <ContactsForm key={e.version} enterprise={e} />
        </Card>
      )}
      <Card
        title={t('portal.employer.people')}
        style={{ marginTop: 16 }}
        extra={
          <Space>
            <Link to="/layoffs">
              <Button data-testid="employer-report-layoff">{t('rapidResponse.layoffs.report')}</Button>
            </Link>
            <Link to="/claims/new">
              <Button type="primary">{t('portal.employer.newClaim')}</Button>
            </Link>
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">{t('portal.employer.peopleHint')}</Typography.Paragraph>
        <Space style={{ marginBottom: 12 }}>
          <Input.Search
            allowClear={clear}
            aria-label={t('portal.employer.searchName')}
            placeholder={t('portal.employer.searchName')}
            onSearch={(v) => {
              setQ(v.trim());
              setPage(1);
            }}
            data-testid="employer-people-search"
          />
        </Space>
        {people.error && <QueryError error={people.error} />}
        <Table
          rowKey="id"
          size="small"
          scroll={{ x: 'max-content' }}
          loading={people.isPending}
          dataSource={people.data?.items ?? []}
          data-testid="employer-people"
          pagination={{
            current: page,
            pageSize: 10,
            total: people.data?.total ?? 0,
            onChange: setPage,
            showTotal: (n) => t('common.total', { total: n }),
          }}
          columns={[
            { title: t('portal.employer.name'), dataIndex: 'name' },
            { title: t('portal.employer.idNumber'), dataIndex: 'idNumberMasked' },
            { title: t('portal.employer.hukou'), dataIndex: 'hukouCode', render: (c: string) => <PlaceName code={c} /> },
            {
              title: '',
              key: 'claim',
              render: (_v, p) => (
                <Link to={`/claims/new?person=${encodeURIComponent(p.id)}`}>{t('portal.employer.claimFor', { name: p.name })}</Link>
              ),
            },
          ]}
        />
      </Card>
      <Card title={t('portal.employer.claims')} style={{ marginTop: 16 }}>
        {claims.error && <QueryError error={claims.error} />}
        <Table
          rowKey="id"
          size="small"
          scroll={{ x: 'max-content' }}
          loading={claims.isPending}
          dataSource={claims.data?.items ?? []}
          data-testid="employer-claims"
          locale={{ emptyText: t('portal.employer.none') }}
          pagination={false}
          columns={[
            { title: t('benefits.claimId'), dataIndex: 'number', render: (n: string, c) => <Link to={`/claims/${c.id}`}>{n}</Link> },
            { title: t('portal.employer.name'), key: 'person', render: (_v, c) => c.person?.name ?? '' },
            { title: t('portal.employer.program'), dataIndex: 'programId', render: (id: string) => programName(id) },
            { title: t('portal.employer.status'), key: 'status', render: (_v, c) => <ClaimStatusTag status={c.status} /> },
            { title: t('portal.employer.lodgedAt'), dataIndex: 'createdAt', render: (v: string) => <Instant value={v} /> },
          ]}
        />
      </Card>
    </>
  );
}
