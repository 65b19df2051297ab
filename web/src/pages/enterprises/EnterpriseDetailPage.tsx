/** One employer: data with the masked contact phone (reveal), the arrears flag and the history. */
import { Button, Card, Col, Descriptions, Row, Space, Tag } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { enterpriseHistory, getEnterprise, revealContact } from '../../api/enterprises';
import { useAuth } from '../../auth/AuthContext';
import { HistoryTimeline } from '../../components/HistoryTimeline';
import { QueryError } from '../../components/QueryError';
import { RevealButton } from '../../components/RevealButton';
import { labelOf } from '../../i18n/labels';
import { ArrearsCard } from './ArrearsCard';
import { Instant } from '../../components/Instant';
import { PlaceName } from '../../components/PlaceName';
import { usePageTitle } from '../../layout/pageTitle';

export function EnterpriseDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { can } = useAuth();
  const navigate = useNavigate();
  const one = useQuery({ queryKey: ['enterprises', 'one', id], queryFn: () => getEnterprise(id) });
  const history = useQuery({ queryKey: ['enterprises', 'history', id], queryFn: () => enterpriseHistory(id) });
  const e = one.data;
  usePageTitle(e?.name);
  if (one.error && !one.data) return <QueryError error={one.error} />;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={16}>
        <Card
          loading={!e}
          title={t('enterprises.basic')}
          extra={
            e &&
            can('enterprises.write') && (
              <Button icon={<EditOutlined />} onClick={() => void navigate(`/enterprises/${id}/edit`)}>
                {t('common.edit')}
              </Button>
            )
          }
        >
          {e && (
            <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
              <Descriptions.Item label={t('enterprises.creditCode')}>
                <span translate="no">{e.creditCode}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('enterprises.size')}>{labelOf(t, 'enterpriseSizes', e.size)}</Descriptions.Item>
              <Descriptions.Item label={t('enterprises.industry')}>
                <span title={e.industryCode ?? undefined}>{e.industryName ?? e.industryCode}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('enterprises.addressCode')}>
                <PlaceName code={e.addressCode} fallback={e.addressName ?? ''} />
              </Descriptions.Item>
              <Descriptions.Item label={t('enterprises.address')} span={2}>
                {e.address}
              </Descriptions.Item>
              <Descriptions.Item label={t('enterprises.contactName')}>{e.contactName}</Descriptions.Item>
              <Descriptions.Item label={t('enterprises.contactPhone')}>
                {can('people.reveal') ? (
                  <RevealButton masked={e.contactPhone} reveal={async () => (await revealContact(id)).contactPhone} />
                ) : (
                  <code translate="no">{e.contactPhone}</code>
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('enterprises.arrears')}>
                <Space>
                  {e.arrears.flagged ? <Tag color="red">{t('enterprises.flagged')}</Tag> : <Tag>{t('enterprises.notFlagged')}</Tag>}
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('common.updatedAt')}>
                <Instant value={e.updatedAt} />
              </Descriptions.Item>
            </Descriptions>
          )}
        </Card>
        {e && <ArrearsCard enterprise={e} />}
      </Col>
      <Col xs={24} xl={8}>
        <Card title={t('enterprises.history')} loading={history.isPending}>
          <HistoryTimeline items={history.data?.items ?? []} />
        </Card>
      </Col>
    </Row>
  );
}
