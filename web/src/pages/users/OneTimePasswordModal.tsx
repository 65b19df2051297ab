/** Shows a one-time password once; closing forgets it. */
import { Alert, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserWithPassword } from '../../api/types';

export function OneTimePasswordModal({ value, onClose }: { value: UserWithPassword | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={value !== null && value.oneTimePassword !== null}
      title={t('users.oneTimeTitle')}
      onCancel={onClose}
      onOk={onClose}
      cancelButtonProps={{ style: { display: 'none' } }}
      okText={t('common.close')}
      destroyOnHidden
    >
      <Alert type="warning" showIcon message={t('users.oneTimeHint')} style={{ marginBottom: 16 }} />
      <Typography.Paragraph>{value?.user.username}</Typography.Paragraph>
      <Typography.Paragraph
        copyable={{ text: value?.oneTimePassword ?? '' }}
        style={{ fontSize: 20, fontFamily: 'monospace' }}
        data-testid="one-time-password"
      >
        {value?.oneTimePassword}
      </Typography.Paragraph>
    </Modal>
  );
}
