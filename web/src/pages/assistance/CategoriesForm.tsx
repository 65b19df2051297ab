/** The difficulty categories an officer establishes (the registry gives poor labourer and priority area). */
import { App, Button, Card, Checkbox, Space } from 'antd';
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { recordedCategories, setCategories, type AssistanceCase } from '../../api/assistance';
import { useApiErrorHandler } from '../../api/errors';

type Recorded = (typeof recordedCategories)[number];

function isRecorded(k: string): k is Recorded {
  return (recordedCategories as readonly string[]).includes(k);
}

export function CategoriesForm({ c }: { c: AssistanceCase }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const [chosen, setChosen] = useState<Recorded[]>(c.recordedCategories.filter(isRecorded));
  const save = useMutation({
    mutationFn: () => setCategories(c.id, { version: c.version, categories: chosen }),
    onSuccess: (r) => {
      client.setQueryData(['assistance', 'case', c.id], r);
      void client.invalidateQueries({ queryKey: ['assistance'] });
      void message.success(t('assistance.recorded'));
    },
    onError: (e) => onError(e),
  });
  return (
    <Card title={t('assistance.categories')}>
      <Space direction="vertical">
        <Checkbox.Group
          value={chosen}
          onChange={(v) => setChosen(v.filter(isRecorded))}
          options={recordedCategories.map((k) => ({ value: k, label: t(`assistance.categoryNames.${k}`) }))}
        />
        <Button onClick={() => save.mutate()} loading={save.isPending}>
          {t('assistance.saveCategories')}
        </Button>
      </Space>
    </Card>
  );
}
