/** The justice department's legal-aid referrals of its jurisdiction (decision 149): accept, decline, conclude. */
import { useState } from 'react';
import { App, Button, Card, Form, Input, Modal, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { actOnReferral, listReferrals, referralStatuses, type Referral, type ReferralStatus } from '../../api/complaints';
import { useApiErrorHandler } from '../../api/errors';
import { useAuth } from '../../auth/AuthContext';
import { Instant } from '../../components/Instant';
import { QueryError } from '../../components/QueryError';

type Act = 'accept' | 'decline' | 'conclude';
const colour: Record<ReferralStatus, string> = { referred: 'blue', accepted: 'geekblue', concluded: 'green', declined: 'default' };

export function LegalAidPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const [status, setStatus] = useState<ReferralStatus>('referred');
  const [page, setPage] = useState(1);
  const [asking, setAsking] = useState<{ act: Act; r: Referral } | null>(null);
  const [form] = Form.useForm<{ note?: string }>();
  const list = useQuery({ queryKey: ['legal-aid', status, page], queryFn: () => listReferrals({ status, page, pageSize: 20 }) });
  const act = useMutation({
    mutationFn: (a: { act: Act; r: Referral }) =>
      actOnReferral(a.r.id, a.act, a.r.version, form.getFieldValue('note') as string | undefined),
    onSuccess: () => {
      setAsking(null);
      form.resetFields();
      void client.invalidateQueries({ queryKey: ['legal-aid'] });
      void message.success(t('complaints.done'));
    },
    onError: (e) => onError(e, form),
  });
  const justice = me?.user.role === 'department' && me.user.department === 'justice';
  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('complaints.legalAid.hint')}</Typography.Paragraph>
      <Tabs
        activeKey={status}
        onChange={(k) => {
          setStatus(k as ReferralStatus);
          setPage(1);
        }}
        items={referralStatuses.map((k) => ({ key: k, label: t(`complaints.legalAid.statuses.${k}`) }))}
      />
      {list.error ? (
        <QueryError error={list.error} />
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <Table<Referral>
            rowKey="id"
            loading={list.isLoading}
            dataSource={list.data?.items ?? []}
            locale={{ emptyText: t('complaints.legalAid.empty') }}
            pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
            columns={[
              { title: t('complaints.legalAid.complaint'), dataIndex: 'number' },
              { title: t('complaints.employer'), dataIndex: 'employerName' },
              {
                title: t('complaints.legalAid.workers'),
                render: (_v, r) => r.workers.map((w) => `${w.name}（${w.idNumberMasked}）`).join('、'),
              },
              { title: t('complaints.legalAid.note'), dataIndex: 'note' },
              { title: t('complaints.legalAid.referredOn'), render: (_v, r) => <Instant value={r.createdAt} /> },
              {
                title: t('complaints.status'),
                render: (_v, r) => <Tag color={colour[r.status]}>{t(`complaints.legalAid.statuses.${r.status}`)}</Tag>,
              },
              { title: t('complaints.legalAid.outcome'), render: (_v, r) => r.outcome ?? '' },
              {
                title: '',
                render: (_v, r) =>
                  justice && (
                    <Space wrap>
                      {(r.status === 'referred'
                        ? (['accept', 'decline'] as const)
                        : r.status === 'accepted'
                          ? (['conclude'] as const)
                          : []
                      ).map((a) => (
                        <Button
                          key={a}
                          size="small"
                          onClick={() => (a === 'accept' ? act.mutate({ act: a, r }) : setAsking({ act: a, r }))}
                        >
                          {t(`complaints.legalAid.actions.${a}`)}
                        </Button>
                      ))}
                    </Space>
                  ),
              },
            ]}
          />
        </div>
      )}
      <Modal
        open={asking !== null}
        title={asking ? t(`complaints.legalAid.actions.${asking.act}`) : ''}
        onCancel={() => setAsking(null)}
        onOk={() => void form.validateFields().then(() => asking && act.mutate(asking))}
        confirmLoading={act.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item name="note" label={t('complaints.legalAid.outcome')} rules={[{ required: true }]}>
            <Input.TextArea maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
