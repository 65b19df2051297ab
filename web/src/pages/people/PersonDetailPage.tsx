/** One worker: masked numbers with audited reveal, the four places, assistance, records and history. */
import { Button, Card, Col, Descriptions, Row, Space, Tag } from 'antd';
import { EditOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getPerson, personHistory, revealPerson } from '../../api/people';
import type { Person, RevealableField } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { HistoryTimeline } from '../../components/HistoryTimeline';
import { QueryError } from '../../components/QueryError';
import { RevealButton } from '../../components/RevealButton';
import { labelOf } from '../../i18n/labels';
import { Instant } from '../../components/Instant';
import { PlaceName } from '../../components/PlaceName';
import { formatYuan } from '../../format/money';
import { formatDateRange } from '../../format/time';
import { usePageTitle } from '../../layout/pageTitle';
import { localityFields } from '../../api/types';
import { PersonRecordsCard } from './PersonRecordsCard';

const range = formatDateRange;

export function PersonDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { can } = useAuth();
  const navigate = useNavigate();
  const one = useQuery({ queryKey: ['people', 'one', id], queryFn: () => getPerson(id) });
  const history = useQuery({ queryKey: ['people', 'history', id], queryFn: () => personHistory(id) });
  usePageTitle(one.data?.name);
  if (one.error && !one.data) return <QueryError error={one.error} />;
  const p: Person | undefined = one.data;
  const reveal = (field: RevealableField) => async () => (await revealPerson(id, field)).value;
  const masked = (field: RevealableField, value: string | null) =>
    can('people.reveal') && p?.masked ? (
      <RevealButton masked={value} reveal={reveal(field)} testId={`reveal-${field}`} />
    ) : (
      <code translate="no">{value}</code>
    );
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={16}>
        <Card
          loading={!p}
          title={
            p && (
              <Space>
                {p.name}
                <Tag translate="no">{p.namePinyin}</Tag>
                {p.mergedInto && <Tag>{t('people.merged')}</Tag>}
              </Space>
            )
          }
          extra={
            p && (
              <Space wrap>
                <Button icon={<PrinterOutlined />} href={`/print/people/${id}`} target="_blank" data-testid="person-print">
                  {t('records.print')}
                </Button>
                {can('people.write') && !p.mergedInto && (
                  <Button icon={<EditOutlined />} onClick={() => void navigate(`/people/${id}/edit`)}>
                    {t('common.edit')}
                  </Button>
                )}
              </Space>
            )
          }
        >
          {p && (
            <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
              <Descriptions.Item label={t('people.idNumber')}>{masked('idNumber', p.idNumber)}</Descriptions.Item>
              <Descriptions.Item label={t('people.sex')}>{labelOf(t, 'sexes', p.sex)}</Descriptions.Item>
              <Descriptions.Item label={t('people.birthDate')}>{p.birthDate}</Descriptions.Item>
              <Descriptions.Item label={t('people.education')}>{labelOf(t, 'educations', p.education)}</Descriptions.Item>
              <Descriptions.Item label={t('people.phone')}>{masked('phone', p.phone)}</Descriptions.Item>
              <Descriptions.Item label={t('people.bankAccount')}>{masked('bankAccount', p.bankAccount)}</Descriptions.Item>
              {localityFields.map((f) => (
                <Descriptions.Item key={f} label={t(`people.${f}`)}>
                  <PlaceName code={p[f]} />
                </Descriptions.Item>
              ))}
              <Descriptions.Item label={t('people.poverty')}>
                {p.povertyRegistered ? (
                  <Tag color="volcano">
                    {t('people.yes')} {range(p.povertyFrom, p.povertyTo)}
                  </Tag>
                ) : (
                  t('people.no')
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('people.dibao')}>
                {p.dibao ? (
                  <Tag color="gold">
                    {t('people.yes')} {range(p.dibaoFrom, p.dibaoTo)}
                  </Tag>
                ) : (
                  t('people.no')
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('people.willingToGoOut')}>
                {p.willingToGoOut ? t('people.yes') : t('people.no')}
              </Descriptions.Item>
              <Descriptions.Item label={t('people.expectedWage')}>{formatYuan(p.expectedWageFen)}</Descriptions.Item>
              <Descriptions.Item label={t('people.skills')} span={2}>
                {p.skills.map((s) => (
                  <Tag key={s}>{s}</Tag>
                ))}
              </Descriptions.Item>
              <Descriptions.Item label={t('common.updatedAt')} span={2}>
                <Instant value={p.updatedAt} />
              </Descriptions.Item>
            </Descriptions>
          )}
        </Card>
        <PersonRecordsCard id={id} />
      </Col>
      <Col xs={24} xl={8}>
        <Card title={t('people.history')} loading={history.isPending}>
          <HistoryTimeline items={history.data?.items ?? []} />
        </Card>
      </Col>
    </Row>
  );
}
