/** Tables of labour sharing shared by the employer portal and the staff overview: listings and agreements by worker. */
import { Button, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../format';
import { PlaceName } from '../../components/PlaceName';
import { Instant } from '../../components/Instant';
import type { Agreement, Listing } from './api';

export function ListingsTable(props: { items: Listing[]; testId: string; onClose?: (l: Listing) => void }) {
  const { t } = useTranslation();
  return (
    <div data-testid={props.testId}>
      <Table<Listing>
        rowKey="id"
        size="small"
        dataSource={props.items}
        pagination={false}
        columns={[
          { title: t('sharing.firm'), dataIndex: 'enterpriseName' },
          { title: t('sharing.headcount'), dataIndex: 'headcount' },
          { title: t('sharing.occupation'), render: (_, l) => l.occupationCodes.join('、') },
          { title: t('sharing.period'), render: (_, l) => `${l.startDate} ~ ${l.endDate}` },
          { title: t('sharing.place'), render: (_, l) => <PlaceName code={l.placeCode} /> },
          { title: t('sharing.wage'), render: (_, l) => (l.wageFen === null ? '' : formatYuan(l.wageFen)) },
          { title: t('sharing.status'), render: (_, l) => <Tag>{t(`sharing.listingStatuses.${l.status}`)}</Tag> },
          ...(props.onClose
            ? [
                {
                  title: '',
                  render: (_: unknown, l: Listing) =>
                    l.status === 'open' ? (
                      <Button size="small" onClick={() => props.onClose?.(l)}>
                        {t('sharing.close')}
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}

/** Each worker of an agreement with their own answer, and whether they are lent today. */
function Workers({ a }: { a: Agreement }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size={4}>
      {a.workers.map((w) => (
        <span key={w.personId} data-testid="sharing-worker" data-consent={w.consent} data-lent={String(w.lent)}>
          {w.name}{' '}
          <Tag color={w.consent === 'consented' ? 'green' : w.consent === 'declined' ? 'red' : 'default'}>
            {t(`sharing.consents.${w.consent}`)}
          </Tag>
          {w.lent ? <Tag color="blue">{t('sharing.lent')}</Tag> : null}
          {w.answeredAt ? <Instant value={w.answeredAt} /> : null}
        </span>
      ))}
    </Space>
  );
}

export function AgreementsTable(props: { items: Agreement[]; actions?: (a: Agreement) => React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <div data-testid="sharing-agreements">
      <Table<Agreement>
        rowKey="id"
        size="small"
        dataSource={props.items}
        pagination={false}
        locale={{ emptyText: t('sharing.noAgreements') }}
        columns={[
          { title: t('sharing.lender'), dataIndex: 'lenderName' },
          { title: t('sharing.borrower'), dataIndex: 'borrowerName' },
          { title: t('sharing.period'), render: (_, a) => `${a.startDate} ~ ${a.endDate}` },
          { title: t('sharing.place'), render: (_, a) => <PlaceName code={a.placeCode} /> },
          { title: t('sharing.wage'), render: (_, a) => formatYuan(a.wageFen) },
          { title: t('sharing.wagePayer'), render: (_, a) => t(`sharing.parties.${a.wagePayer}`) },
          { title: t('sharing.injuryInsurer'), render: (_, a) => t(`sharing.parties.${a.injuryInsurer}`) },
          { title: t('sharing.worker'), render: (_, a) => <Workers a={a} /> },
          {
            title: t('sharing.status'),
            render: (_, a) => (
              <Tag data-testid="sharing-agreement-status" data-status={a.status}>
                {t(`sharing.agreementStatuses.${a.status}`)}
              </Tag>
            ),
          },
          ...(props.actions ? [{ title: '', render: (_: unknown, a: Agreement) => props.actions?.(a) }] : []),
        ]}
      />
    </div>
  );
}
