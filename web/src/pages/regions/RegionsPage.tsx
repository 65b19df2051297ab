/** Region browser: drill down province → prefecture → county → township, search, priority flags. */
import { useClearable } from '../../components/clearable';
import { useState } from 'react';
import { Breadcrumb, Card, Col, Input, Row, Space, Table, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getDivision, searchDivisions } from '../../api/regions';
import type { Division } from '../../api/types';
import { labelOf } from '../../i18n/labels';
import { PriorityCard } from './PriorityCard';
import { DesignationsCard } from './DesignationsCard';
import { usePageTitle } from '../../layout/pageTitle';

export function RegionsPage() {
  const { t } = useTranslation();
  const clear = useClearable();
  const { code } = useParams();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const detail = useQuery({ queryKey: ['regions', 'detail', code], queryFn: () => getDivision(code ?? ''), enabled: code !== undefined });
  const provinces = useQuery({
    queryKey: ['regions', 'provinces'],
    queryFn: () => searchDivisions({ level: 'province', pageSize: 100 }),
    enabled: code === undefined,
  });
  const found = useQuery({ queryKey: ['regions', 'search', q], queryFn: () => searchDivisions({ q, pageSize: 50 }), enabled: q !== '' });

  const rows: Division[] =
    q !== '' ? (found.data?.items ?? []) : code === undefined ? (provinces.data?.items ?? []) : (detail.data?.children ?? []);
  const loading = q !== '' ? found.isFetching : code === undefined ? provinces.isPending : detail.isPending;
  const trail = [...(detail.data?.ancestors ?? []), ...(detail.data ? [detail.data.division] : [])];
  usePageTitle(detail.data ? `${t('nav.regions')} · ${detail.data.division.name}` : undefined);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Input.Search
            allowClear={clear}
            aria-label={t('regions.search')}
            placeholder={t('regions.search')}
            enterButton={t('common.search')}
            onSearch={(v) => setQ(v.trim())}
            data-testid="region-search"
          />
          <Breadcrumb
            items={[
              {
                key: 'root',
                title: (
                  <Link to="/regions" onClick={() => setQ('')}>
                    {t('regions.root')}
                  </Link>
                ),
              },
              ...trail.map((d) => ({
                key: d.code,
                title: (
                  <Link to={`/regions/${d.code}`} onClick={() => setQ('')}>
                    {d.name}
                  </Link>
                ),
              })),
            ]}
          />
        </Space>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={q !== '' ? t('regions.searchResults') : t('regions.children')}>
            <Table<Division>
              rowKey="code"
              size="small"
              loading={loading}
              dataSource={rows}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              scroll={{ x: 'max-content' }}
              onRow={(d) => ({
                onClick: () => {
                  setQ('');
                  void navigate(`/regions/${d.code}`);
                },
                style: { cursor: 'pointer' },
              })}
              columns={[
                { title: t('regions.code'), dataIndex: 'code', width: 120, render: (c: string) => <span translate="no">{c}</span> },
                {
                  title: t('regions.name'),
                  dataIndex: 'name',
                  render: (n: string, d) => (
                    <Link to={`/regions/${d.code}`} onClick={(e) => (e.stopPropagation(), setQ(''))}>
                      {n}
                    </Link>
                  ),
                },
                {
                  title: t('regions.level'),
                  dataIndex: 'level',
                  width: 90,
                  render: (l: string) => <Tag>{labelOf(t, 'divisionLevels', l)}</Tag>,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          {detail.data && <PriorityCard detail={detail.data} />}
          <DesignationsCard code={code ?? ''} />
        </Col>
      </Row>
    </Space>
  );
}
