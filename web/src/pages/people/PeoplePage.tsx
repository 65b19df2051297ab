/** The worker registry: search, filters, paging (masked values), registration and export. */
import { useState } from 'react';
import { Alert, Button, Card, Space, Table, Tag } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { exportPeople, searchPeople, type PersonQuery } from '../../api/people';
import { useApiErrorHandler, pickMessage } from '../../api/errors';
import { ApiError } from '../../api/client';
import type { Person } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { labelOf } from '../../i18n/labels';
import { PeopleFilters } from './PeopleFilters';
import { PlaceName } from '../../components/PlaceName';

export function PeoplePage() {
  const { t, i18n } = useTranslation();
  const { can } = useAuth();
  const navigate = useNavigate();
  const onError = useApiErrorHandler();
  const [query, setQuery] = useState<PersonQuery>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const list = useQuery({ queryKey: ['people', 'list', query, page, pageSize], queryFn: () => searchPeople(query, page, pageSize) });
  const error = list.error instanceof ApiError ? list.error : null;

  return (
    <Card
      extra={
        <Space>
          {can('people.export') && (
            <Button icon={<DownloadOutlined />} onClick={() => void exportPeople(query).catch(onError)}>
              {t('people.export')}
            </Button>
          )}
          {can('people.write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/people/new')}>
              {t('people.create')}
            </Button>
          )}
        </Space>
      }
    >
      <PeopleFilters
        onSearch={(q) => {
          setQuery(q);
          setPage(1);
        }}
      />
      {error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={[
            pickMessage(error.problem.message, i18n.language),
            ...(error.problem.errors ?? []).map((e) => pickMessage(e.message, i18n.language)),
          ].join('：')}
        />
      )}
      {list.data?.totalCapped && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('people.totalCapped', { total: list.data.total })} />
      )}
      <Table<Person>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        data-testid="people-table"
        scroll={{ x: 'max-content' }}
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
          { title: t('people.name'), dataIndex: 'name', render: (n: string, p) => <Link to={`/people/${p.id}`}>{n}</Link> },
          { title: t('people.namePinyin'), dataIndex: 'namePinyin', render: (v: string) => <span translate="no">{v}</span> },
          { title: t('people.idNumber'), dataIndex: 'idNumber', render: (v: string) => <code translate="no">{v}</code> },
          { title: t('people.sex'), dataIndex: 'sex', render: (s: string) => labelOf(t, 'sexes', s) },
          { title: t('people.birthDate'), dataIndex: 'birthDate' },
          { title: t('people.hukouCode'), dataIndex: 'hukouCode', render: (v: string) => <PlaceName code={v} /> },
          { title: t('people.phone'), dataIndex: 'phone', render: (v: string | null) => (v ? <code translate="no">{v}</code> : null) },
          {
            title: t('people.assistance'),
            key: 'flags',
            render: (_v, p) => (
              <Space size={4} wrap>
                {p.povertyRegistered && <Tag color="volcano">{t('people.povertyRegistered')}</Tag>}
                {p.dibao && <Tag color="gold">{t('people.dibao')}</Tag>}
                {p.mergedInto && <Tag>{t('people.merged')}</Tag>}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
