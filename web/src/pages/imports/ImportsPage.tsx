/** Imports: templates, upload (people or enterprises, insert or update), live progress, history. */
import { useState } from 'react';
import { Col, Row, Space } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { TemplateCard } from './TemplateCard';
import { UploadCard } from './UploadCard';
import { JobProgress } from './JobProgress';
import { JobsTable } from './JobsTable';
import { InterruptedAlert } from './InterruptedAlert';

export function ImportsPage() {
  const client = useQueryClient();
  const [current, setCurrent] = useState<string | null>(null);
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <InterruptedAlert />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <TemplateCard />
        </Col>
        <Col xs={24} lg={14}>
          <UploadCard
            onStarted={(job) => {
              setCurrent(job.id);
              void client.invalidateQueries({ queryKey: ['imports', 'list'] });
            }}
          />
        </Col>
      </Row>
      {current && <JobProgress id={current} />}
      <JobsTable onSelect={setCurrent} />
    </Space>
  );
}
