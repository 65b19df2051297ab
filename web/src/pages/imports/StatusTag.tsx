/** The coloured status of an import job. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportStatus } from '../../api/types';
import { labelOf } from '../../i18n/labels';

const colors: Record<ImportStatus, string> = {
  queued: 'default',
  running: 'processing',
  done: 'success',
  failed: 'error',
  interrupted: 'warning',
};

export function StatusTag({ status }: { status: ImportStatus }) {
  const { t } = useTranslation();
  return <Tag color={colors[status]}>{labelOf(t, 'importStatuses', status)}</Tag>;
}
