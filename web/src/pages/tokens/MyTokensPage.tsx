/** A signed-in user's own API tokens: what exists, when each was used and ends; create and revoke. */
import { useState } from 'react';
import { Alert, App, Button, Card } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../../api/errors';
import { myTokens, revokeMyToken, type MintedToken } from '../../api/tokens';
import { useAuth } from '../../auth/AuthContext';
import { QueryError } from '../../components/QueryError';
import { CreateTokenModal, TokenSecretModal } from './CreateTokenModal';
import { TokensTable } from './TokensTable';

const KEY = ['tokens', 'mine'];

export function MyTokensPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const client = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [minted, setMinted] = useState<MintedToken | null>(null);
  const list = useQuery({ queryKey: KEY, queryFn: myTokens });
  const revoke = useMutation({
    mutationFn: (id: string) => revokeMyToken(id),
    onSuccess: () => {
      void message.success(t('tokens.revoked'));
      void client.invalidateQueries({ queryKey: KEY });
    },
    onError: (err) => onError(err),
  });
  const mayMint = me?.user.role !== 'worker';

  return (
    <Card
      title={t('tokens.mine')}
      extra={
        mayMint && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="token-create">
            {t('tokens.create')}
          </Button>
        )
      }
    >
      <Alert type="info" showIcon message={t('tokens.hint')} style={{ marginBottom: 16 }} />
      {list.isError ? (
        <QueryError error={list.error} />
      ) : (
        <TokensTable
          items={list.data?.items ?? []}
          loading={list.isPending}
          revoking={revoke.isPending}
          onRevoke={(id) => revoke.mutate(id)}
        />
      )}
      <CreateTokenModal
        open={creating}
        jurisdiction={me?.user.jurisdiction ?? ''}
        onClose={() => setCreating(false)}
        onCreated={(r) => {
          setCreating(false);
          setMinted(r);
          void client.invalidateQueries({ queryKey: KEY });
        }}
      />
      <TokenSecretModal value={minted} onClose={() => setMinted(null)} />
    </Card>
  );
}
