/** Pieces the rapid-response pages share: status tags and a task's label. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RrOffer, RrTask, TaskStatus } from './api';

const taskColour: Record<TaskStatus, string> = { open: 'blue', in_progress: 'gold', done: 'green' };
const offerColour: Record<RrOffer['status'], string> = { offered: 'blue', taken_up: 'green', declined: 'default' };

export function TaskStatusTag({ task }: { task: Pick<RrTask, 'status' | 'overdue'> }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color={taskColour[task.status]}>{t(`rapidResponse.taskStatuses.${task.status}`)}</Tag>
      {task.overdue && <Tag color="red">{t('rapidResponse.overdue')}</Tag>}
    </>
  );
}

export function OfferStatusTag({ offer }: { offer: Pick<RrOffer, 'status'> }) {
  const { t } = useTranslation();
  return <Tag color={offerColour[offer.status]}>{t(`rapidResponse.offerStatuses.${offer.status}`)}</Tag>;
}

/** What a task asks (its template), in the page's language; the key itself when the template is new. */
export function useTaskLabel(): (template: string) => string {
  const { t } = useTranslation();
  return (template) => t(`rapidResponse.templates.${template}`, { defaultValue: template });
}
