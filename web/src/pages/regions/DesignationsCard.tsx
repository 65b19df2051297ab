/** Designations covering or under a code; administrators add and close them. */
import { useState } from 'react';
import { Button, Card, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listDesignations } from '../../api/regions';
import type { Designation } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { labelOf } from '../../i18n/labels';
import { AddDesignationModal, CloseDesignationModal } from './DesignationModals';

export function DesignationsCard({ code }: { code: string }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const admin = can('regions.admin');
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const [closing, setClosing] = useState<Designation | null>(null);
  const list = useQuery({
    queryKey: ['regions', 'designations', code, page],
    queryFn: () => listDesignations({ code: code || undefined, page, pageSize: 10 }),
  });
  return (
    <Card
      title={t('regions.designations')}
      extra={
        admin && (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('regions.add')}
          </Button>
        )
      }
    >
      <Table<Designation>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize: 10, total: list.data?.total ?? 0, onChange: setPage, hideOnSinglePage: true }}
        columns={[
          {
            title: t('regions.name'),
            dataIndex: 'name',
            render: (n: string, d) => (
              <>
                {n}
                <br />
                <Tag>{labelOf(t, 'designationKinds', d.kind)}</Tag>
                <Tag translate="no">{d.code}</Tag>
              </>
            ),
          },
          { title: t('regions.validFrom'), dataIndex: 'validFrom', width: 110 },
          { title: t('regions.validTo'), dataIndex: 'validTo', width: 110, render: (v: string | null) => v ?? '—' },
          {
            title: t('common.status'),
            key: 'status',
            width: 90,
            render: (_v, d) => (d.closedAt ? <Tag>{t('regions.closed')}</Tag> : <Tag color="green">{t('regions.open')}</Tag>),
          },
          ...(admin
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 100,
                  render: (_v: unknown, d: Designation) =>
                    !d.closedAt && d.validTo === null ? (
                      <Button size="small" onClick={() => setClosing(d)}>
                        {t('regions.close')}
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      <AddDesignationModal open={adding} code={code} onClose={() => setAdding(false)} />
      <CloseDesignationModal designation={closing} onClose={() => setClosing(null)} />
    </Card>
  );
}
