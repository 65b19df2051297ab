/**
 * An account's page for an administrator: who it is, and its API tokens, each revocable. The
 * server answers only for accounts inside the administrator's jurisdiction.
 */
import { App, Button, Card, Descriptions, Space, Tag } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../../api/errors';
import { accountTokens, getAccount, revokeAccountToken } from '../../api/tokens';
import { QueryError } from '../../components/QueryError';
import { labelOf } from '../../i18n/labels';
import { PlaceName } from '../../components/PlaceName';
import { usePageTitle } from '../../layout/pageTitle';
import { TokensTable } from './TokensTable';

export function AccountTokensPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const client = useQueryClient();
  const account = useQuery({ queryKey: ['users', 'one', id], queryFn: () => getAccount(id) });
  const tokens = useQuery({ queryKey: ['tokens', 'of', id], queryFn: () => accountTokens(id) });
  const revoke = useMutation({
    mutationFn: (tokenId: string) => revokeAccountToken(id, tokenId),
    onSuccess: () => {
      void message.success(t('tokens.revoked'));
      void client.invalidateQueries({ queryKey: ['tokens', 'of', id] });
    },
    onError: (err) => onError(err),
  });
  if (account.isError && !account.data) return <QueryError error={account.error} />;
  const u = account.data;

  usePageTitle(u ? `${u.displayName}（${u.username}）` : undefined);
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card
        loading={account.isPending}
        title={u ? `${u.displayName}（${u.username}）` : ''}
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/users')}>
            {t('common.back')}
          </Button>
        }
      >
        {u && (
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={t('users.role')}>{labelOf(t, 'roles', u.role)}</Descriptions.Item>
            <Descriptions.Item label={t('users.jurisdiction')}>
              {u.jurisdiction ? <PlaceName code={u.jurisdiction} /> : t('nav.nationwide')}
            </Descriptions.Item>
            <Descriptions.Item label={t('common.status')}>
              {u.disabled ? <Tag color="red">{t('users.disabled')}</Tag> : <Tag color="green">{t('users.active')}</Tag>}
              {u.lockedUntil && <Tag color="orange">{t('users.locked')}</Tag>}
            </Descriptions.Item>
          </Descriptions>
        )}
      </Card>
      <Card title={t('tokens.ofAccount')}>
        {tokens.isError ? (
          <QueryError error={tokens.error} />
        ) : (
          <TokensTable
            items={tokens.data?.items ?? []}
            loading={tokens.isPending}
            revoking={revoke.isPending}
            onRevoke={(tokenId) => revoke.mutate(tokenId)}
          />
        )}
      </Card>
    </Space>
  );
}
