/** A masked value with a "reveal" button: the server returns the full value and audits the view. */
import { useState } from 'react';
import { Button, Space, Tooltip, Typography } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../api/errors';

export function RevealButton({ masked, reveal, testId }: { masked: string | null; reveal: () => Promise<string | null>; testId?: string }) {
  const { t } = useTranslation();
  const onError = useApiErrorHandler();
  const [plain, setPlain] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (masked === null || masked === '') return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  const click = async () => {
    setBusy(true);
    try {
      setPlain(await reveal());
    } catch (err) {
      onError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space size="small">
      <Typography.Text code data-testid={testId}>
        {plain ?? masked}
      </Typography.Text>
      {plain === null && (
        <Tooltip title={t('common.revealHint')}>
          <Button size="small" type="link" icon={<EyeOutlined />} loading={busy} onClick={() => void click()}>
            {t('common.reveal')}
          </Button>
        </Tooltip>
      )}
    </Space>
  );
}
