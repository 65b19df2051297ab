/** One claim: summary, progress, review actions, the explained decision with clauses, evidence, facts editing and payments. */
import { useState } from 'react';
import { Button, Card, Col, Descriptions, Row, Space } from 'antd';
import { EditOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getClaim, isDecision } from '../../api/benefits';
import { listPrograms } from '../../api/policy';
import { QueryError } from '../../components/QueryError';
import { ClaimExplanation } from './ClaimExplanation';
import { ClaimTimeline } from './ClaimTimeline';
import { EvidenceCard } from './EvidenceCard';
import { FactsEditModal } from './FactsEditModal';
import { PaymentsTable } from './PaymentsTable';
import { ReviewCard } from './ReviewCard';
import { Instant } from '../../components/Instant';
import { PlaceName } from '../../components/PlaceName';
import { ClaimStatusTag, PersonLabel, useProgramName } from './shared';

export function ClaimDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const programName = useProgramName();
  const [editing, setEditing] = useState(false);
  const one = useQuery({ queryKey: ['claims', 'one', id], queryFn: () => getClaim(id) });
  const programs = useQuery({ queryKey: ['policy', 'programs'], queryFn: listPrograms, staleTime: 300_000 });
  if (one.error && !one.data) return <QueryError error={one.error} />;
  const claim = one.data;
  if (!claim) return <Card loading />;
  const decision = isDecision(claim.decision) ? claim.decision : null;
  const editable = claim.status === 'submitted' || claim.status === 'reconsideration_requested';
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="claim-detail">
      <Row gutter={16}>
        <Col xs={24} lg={15}>
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <Card
              title={<span data-testid="claim-number">{`${claim.number} · ${programName(claim.programId)}`}</span>}
              extra={
                <Space wrap>
                  <ClaimStatusTag status={claim.status} />
                  <Button
                    size="small"
                    icon={<PrinterOutlined />}
                    href={`/print/claims/${claim.id}`}
                    target="_blank"
                    data-testid="claim-print"
                  >
                    {t('records.print')}
                  </Button>
                </Space>
              }
            >
              <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
                <Descriptions.Item label={t('benefits.person')}>
                  <PersonLabel id={claim.personId} person={claim.person} />
                </Descriptions.Item>
                <Descriptions.Item label={t('records.claimNumber')}>{claim.number}</Descriptions.Item>
                <Descriptions.Item label={t('benefits.region')}>
                  <PlaceName code={claim.region} />
                </Descriptions.Item>
                <Descriptions.Item label={t('benefits.asOf')}>{claim.asOf}</Descriptions.Item>
                <Descriptions.Item label={t('benefits.submittedAt')}>
                  <Instant value={claim.createdAt} />
                </Descriptions.Item>
                <Descriptions.Item label={t('benefits.channel')}>{t(`benefits.channels.${claim.channel}`)}</Descriptions.Item>
              </Descriptions>
            </Card>
            <EvidenceCard claim={claim} />
          </Space>
        </Col>
        <Col xs={24} lg={9}>
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <ReviewCard claim={claim} />
            <Card size="small" title={t('benefits.timeline')}>
              <ClaimTimeline claim={claim} />
            </Card>
          </Space>
        </Col>
      </Row>
      <Card
        title={t('benefits.explanation')}
        extra={
          editable && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="claim-edit-facts">
              {t('benefits.editFacts')}
            </Button>
          )
        }
      >
        {decision ? (
          <ClaimExplanation d={decision} claimFacts={claim.facts} program={programs.data?.items.find((p) => p.id === claim.programId)} />
        ) : (
          <pre>{JSON.stringify(claim.decision, null, 2)}</pre>
        )}
      </Card>
      <Card title={t('benefits.payments')}>
        <PaymentsTable entries={claim.payments ?? []} />
      </Card>
      <FactsEditModal claim={claim} open={editing} onClose={() => setEditing(false)} />
    </Space>
  );
}
