/**
 * The event's affected workers (those the user may see, decision 175) with what each was offered and
 * took up (decision 176); officers of the event's area add people from the registry or an .xlsx list.
 */
import { useState } from 'react';
import { Alert, App, Button, Card, List, Space, Table, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../../api/errors';
import { useAuth } from '../../auth/AuthContext';
import { PlaceName } from '../../components/PlaceName';
import { formatYuan } from '../../format/money';
import { PersonPicker } from '../benefits/pickers';
import { useBilingual } from '../policy/bilingual';
import { addWorkers, importWorkers, offerStep, type AddOutcome, type RrEvent, type RrOffer, type RrWorker } from './api';
import { OfferStatusTag } from './shared';

function OfferLine({ offer }: { offer: RrOffer }) {
  const { t } = useTranslation();
  const bi = useBilingual();
  const { can } = useAuth();
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const step = useMutation({
    mutationFn: (s: 'take-up' | 'decline' | 'register') => offerStep(offer.id, s, { version: offer.version }),
    onSuccess: () => {
      void message.success(t('rapidResponse.saved'));
      void client.invalidateQueries({ queryKey: ['rapid-response'] });
    },
    onError: (e) => onError(e),
  });
  const label = bi(offer.label);
  const open = offer.status === 'offered' && can('rapid_response.manage');
  return (
    <Space wrap data-testid={`rr-offer-${offer.kind}`}>
      <Typography.Text type="secondary">{t(`rapidResponse.offerKinds.${offer.kind}`)}</Typography.Text>
      <span>{label}</span>
      {offer.amountFen !== null && <span>{formatYuan(offer.amountFen)}</span>}
      <OfferStatusTag offer={offer} />
      {offer.note && offer.note !== 'already_registered' && <Typography.Text type="secondary">{offer.note}</Typography.Text>}
      {open && offer.kind === 'registration' && (
        <Button size="small" type="primary" loading={step.isPending} onClick={() => step.mutate('register')} data-testid="rr-register">
          {t('rapidResponse.register')}
        </Button>
      )}
      {open && offer.kind !== 'registration' && (
        <Button size="small" type="primary" loading={step.isPending} onClick={() => step.mutate('take-up')} data-testid="rr-take-up">
          {t('rapidResponse.takeUp')}
        </Button>
      )}
      {open && (
        <Button size="small" loading={step.isPending} onClick={() => step.mutate('decline')}>
          {t('rapidResponse.decline')}
        </Button>
      )}
    </Space>
  );
}

function Outcome({ outcome }: { outcome: AddOutcome }) {
  const { t } = useTranslation();
  const bi = useBilingual();
  return (
    <Alert
      style={{ marginBottom: 12 }}
      type={outcome.problems.length > 0 ? 'warning' : 'success'}
      showIcon
      message={t('rapidResponse.added', { added: outcome.added, already: outcome.alreadyListed })}
      description={
        outcome.problems.length > 0 ? (
          <List
            size="small"
            header={t('rapidResponse.problems')}
            dataSource={outcome.problems}
            data-testid="rr-import-problems"
            renderItem={(p) => (
              <List.Item>
                {t('rapidResponse.row', { row: p.rowNumber })}：{bi(p.message)}
              </List.Item>
            )}
          />
        ) : undefined
      }
    />
  );
}

export function WorkersCard({ event }: { event: RrEvent }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const [person, setPerson] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<AddOutcome | null>(null);
  const done = (o: AddOutcome) => {
    setOutcome(o);
    setPerson(undefined);
    void client.invalidateQueries({ queryKey: ['rapid-response'] });
  };
  const add = useMutation({ mutationFn: (id: string) => addWorkers(event.id, [id]), onSuccess: done, onError: (e) => onError(e) });
  const upload = useMutation({ mutationFn: (f: File) => importWorkers(event.id, f), onSuccess: done, onError: (e) => onError(e) });
  return (
    <Card title={`${t('rapidResponse.workers')}（${event.workers.length}）`} style={{ marginTop: 16 }}>
      {event.mayManage && (
        <Space wrap style={{ marginBottom: 12 }}>
          <PersonPicker
            id="rr-person"
            value={person ?? null}
            onChange={setPerson}
            aria-label={t('rapidResponse.addPerson')}
            placeholder={t('rapidResponse.addPerson')}
          />
          <Button disabled={!person} loading={add.isPending} onClick={() => person && add.mutate(person)} data-testid="rr-add-person">
            {t('rapidResponse.add')}
          </Button>
          <Upload
            accept=".xlsx"
            showUploadList={false}
            beforeUpload={(f) => {
              upload.mutate(f);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="rr-import">
              {t('rapidResponse.importFile')}
            </Button>
          </Upload>
          <Typography.Text type="secondary">{t('rapidResponse.importHint')}</Typography.Text>
        </Space>
      )}
      {outcome && <Outcome outcome={outcome} />}
      <Table<RrWorker>
        rowKey="id"
        size="small"
        scroll={{ x: 'max-content' }}
        dataSource={event.workers}
        pagination={event.workers.length > 20 ? { pageSize: 20 } : false}
        data-testid="rr-workers"
        locale={{ emptyText: t('rapidResponse.noWorkers') }}
        columns={[
          { title: t('rapidResponse.name'), dataIndex: 'name' },
          { title: t('rapidResponse.idNumber'), dataIndex: 'idNumberMasked' },
          { title: t('rapidResponse.home'), dataIndex: 'homeRegion', render: (c: string) => <PlaceName code={c} /> },
          {
            title: t('rapidResponse.offers'),
            key: 'offers',
            render: (_v, w) => (
              <Space direction="vertical" size={4}>
                {w.offers.map((o) => (
                  <OfferLine key={o.id} offer={o} />
                ))}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
