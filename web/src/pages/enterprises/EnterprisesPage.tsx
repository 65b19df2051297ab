/** Employers in the user's jurisdiction: filters, paging, link to detail and to registration. */
import { useClearable } from '../../components/clearable';
import { useState } from 'react';
import { Button, Card, Form, Input, Select, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { listEnterprises, type EnterpriseQuery } from '../../api/enterprises';
import { enterpriseSizes, type Enterprise } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ExportButton } from '../benefits/shared';
import { DivisionSelect } from '../../components/DivisionSelect';
import { labelOf, optionsOf } from '../../i18n/labels';
import { PlaceName } from '../../components/PlaceName';

interface FilterForm extends Omit<EnterpriseQuery, 'arrears'> {
  arrears?: 'yes' | 'no';
}

export function EnterprisesPage() {
  const { t } = useTranslation();
  const clear = useClearable();
  const { can } = useAuth();
  const navigate = useNavigate();
  const [query, setQuery] = useState<EnterpriseQuery>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const list = useQuery({
    queryKey: ['enterprises', 'list', query, page, pageSize],
    queryFn: () => listEnterprises(query, page, pageSize),
  });

  const apply = (f: FilterForm) => {
    setQuery({ ...f, arrears: f.arrears === undefined ? undefined : f.arrears === 'yes' });
    setPage(1);
  };

  return (
    <Card
      extra={
        <Space wrap>
          {can('enterprises.export') && (
            <ExportButton
              path="/enterprises/export"
              name="用人单位"
              query={Object.fromEntries(Object.entries(query).map(([k, v]) => [k, v === undefined || v === null ? undefined : String(v)]))}
            />
          )}
          {can('enterprises.write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/enterprises/new')}>
              {t('enterprises.create')}
            </Button>
          )}
        </Space>
      }
    >
      <Form<FilterForm> layout="inline" onFinish={apply} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="name">
          <Input allowClear={clear} aria-label={t('enterprises.filterName')} placeholder={t('enterprises.filterName')} />
        </Form.Item>
        <Form.Item name="creditCode">
          <Input allowClear={clear} aria-label={t('enterprises.creditCode')} placeholder={t('enterprises.creditCode')} />
        </Form.Item>
        <Form.Item name="industry">
          <Input
            allowClear={clear}
            aria-label={t('enterprises.filterIndustry')}
            placeholder={t('enterprises.filterIndustry')}
            style={{ width: 120 }}
          />
        </Form.Item>
        <Form.Item name="addressPrefix">
          <DivisionSelect style={{ width: 220 }} aria-label={t('enterprises.addressCode')} />
        </Form.Item>
        <Form.Item name="size">
          <Select
            allowClear={clear}
            aria-label={t('enterprises.size')}
            placeholder={t('enterprises.size')}
            style={{ width: 110 }}
            options={optionsOf(t, 'enterpriseSizes', enterpriseSizes)}
          />
        </Form.Item>
        <Form.Item name="arrears">
          <Select
            allowClear={clear}
            aria-label={t('enterprises.filterArrears')}
            placeholder={t('enterprises.filterArrears')}
            style={{ width: 150 }}
            options={[
              { value: 'yes', label: t('enterprises.flagged') },
              { value: 'no', label: t('enterprises.notFlagged') },
            ]}
          />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            {t('common.search')}
          </Button>
        </Space>
      </Form>
      <Table<Enterprise>
        rowKey="id"
        loading={list.isPending}
        scroll={{ x: 'max-content' }}
        dataSource={list.data?.items ?? []}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showTotal: (total) => t('common.total', { total }),
          onChange: (p, s) => {
            setPage(p);
            setPageSize(s);
          },
        }}
        columns={[
          { title: t('enterprises.name'), dataIndex: 'name', render: (n: string, e) => <Link to={`/enterprises/${e.id}`}>{n}</Link> },
          { title: t('enterprises.creditCode'), dataIndex: 'creditCode', render: (v: string) => <code translate="no">{v}</code> },
          {
            title: t('enterprises.industry'),
            key: 'industry',
            render: (_v, e) => <span title={e.industryCode ?? undefined}>{e.industryName ?? e.industryCode}</span>,
          },
          {
            title: t('enterprises.addressCode'),
            key: 'addr',
            render: (_v, e) => <PlaceName code={e.addressCode} fallback={e.addressName ?? ''} />,
          },
          { title: t('enterprises.size'), dataIndex: 'size', render: (s: string | null) => labelOf(t, 'enterpriseSizes', s) },
          {
            title: t('enterprises.arrears'),
            key: 'arrears',
            render: (_v, e) => (e.arrears.flagged ? <Tag color="red">{t('enterprises.flagged')}</Tag> : null),
          },
        ]}
      />
    </Card>
  );
}
