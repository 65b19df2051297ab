/** Template downloads for each importable entity, as .xlsx or .csv. */
import { Button, Card, Space, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { downloadTemplate, importEntities } from '../../api/imports';
import { useApiErrorHandler } from '../../api/errors';
import { labelOf } from '../../i18n/labels';

export function TemplateCard() {
  const { t } = useTranslation();
  const onError = useApiErrorHandler();
  return (
    <Card title={t('imports.templates')} style={{ height: '100%' }}>
      <Typography.Paragraph type="secondary">{t('imports.templateHint')}</Typography.Paragraph>
      <Space direction="vertical">
        {importEntities.map((entity) => (
          <Space key={entity} wrap>
            <Typography.Text strong style={{ minWidth: 80, display: 'inline-block' }}>
              {labelOf(t, 'importEntities', entity)}
            </Typography.Text>
            <Button
              icon={<DownloadOutlined />}
              onClick={() => void downloadTemplate(entity, 'xlsx').catch(onError)}
              data-testid={`template-${entity}-xlsx`}
            >
              .xlsx
            </Button>
            <Button icon={<DownloadOutlined />} onClick={() => void downloadTemplate(entity, 'csv').catch(onError)}>
              .csv
            </Button>
          </Space>
        ))}
      </Space>
    </Card>
  );
}
