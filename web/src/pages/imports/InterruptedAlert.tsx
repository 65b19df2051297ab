/** Interrupted imports not yet dismissed: what happened and what to do (issue 11, point 1). */
import { Alert } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listImports } from '../../api/imports';

export function InterruptedAlert() {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: ['imports', 'list', 'attention'], queryFn: () => listImports(1, 100) });
  const count = (list.data?.items ?? []).filter((j) => j.status === 'interrupted' && j.dismissedAt === null).length;
  if (count === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="imports-interrupted"
      message={t('imports.interruptedTitle', { count })}
      description={t('imports.interruptedHint')}
    />
  );
}
