/** A list of API tokens with their state, and a revoke button on the live ones (owner and administrator pages). */
import { Button, Popconfirm, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiToken, ApiTokenStatus } from '../../api/tokens';
import { formatInstant } from '../../format/time';
import { PlaceName } from '../../components/PlaceName';

const statusColour: Record<ApiTokenStatus, string> = { active: 'green', expired: 'default', revoked: 'red' };

export function TokensTable({
  items,
  loading,
  revoking,
  onRevoke,
}: {
  items: ApiToken[];
  loading: boolean;
  revoking: boolean;
  onRevoke: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table<ApiToken>
      scroll={{ x: 'max-content' }}
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={items}
      pagination={false}
      locale={{ emptyText: t('tokens.none') }}
      columns={[
        { title: t('tokens.name'), dataIndex: 'name' },
        { title: t('tokens.scope'), dataIndex: 'jurisdiction', render: (j: string) => (j ? <PlaceName code={j} /> : t('nav.nationwide')) },
        { title: t('common.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatInstant(v) },
        {
          title: t('tokens.lastUsed'),
          dataIndex: 'lastUsedAt',
          render: (v: string | null) => (v ? formatInstant(v) : t('tokens.neverUsed')),
        },
        { title: t('tokens.expires'), dataIndex: 'expiresAt', render: (v: string) => formatInstant(v) },
        {
          title: t('common.status'),
          key: 'status',
          render: (_v, tok) => (
            <>
              <Tag color={statusColour[tok.status]} data-testid={`token-status-${tok.name}`}>
                {t(`tokens.statuses.${tok.status}`)}
              </Tag>
              {tok.revokedReason && (
                <Typography.Text type="secondary">{t(`tokens.reasons.${reasonKey(tok.revokedReason)}`)}</Typography.Text>
              )}
            </>
          ),
        },
        {
          title: t('common.actions'),
          key: 'actions',
          render: (_v, tok) =>
            tok.status === 'active' && (
              <Popconfirm title={t('tokens.revokeConfirm')} onConfirm={() => onRevoke(tok.id)} okButtonProps={{ loading: revoking }}>
                <Button size="small" danger data-testid={`revoke-${tok.name}`}>
                  {t('tokens.revoke')}
                </Button>
              </Popconfirm>
            ),
        },
      ]}
    />
  );
}

const reasons = ['owner', 'administrator', 'password_changed', 'password_reset', 'disabled'] as const;
type Reason = (typeof reasons)[number] | 'other';

function reasonKey(reason: string): Reason {
  return reasons.find((r) => r === reason) ?? 'other';
}
