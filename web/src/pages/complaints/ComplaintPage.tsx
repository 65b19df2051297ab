/** One wage-arrears complaint: its details, workers, evidence, referrals, history and the officer's steps. */
import { App, Button, Card, Descriptions, Table, Tag, Timeline, Upload } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getComplaint, uploadComplaintEvidence, type Complaint } from '../../api/complaints';
import { useApiErrorHandler } from '../../api/errors';
import { useAuth } from '../../auth/AuthContext';
import { Instant } from '../../components/Instant';
import { QueryError } from '../../components/QueryError';
import { formatYuan } from '../../format/money';
import { complaintColour } from './ComplaintsPage';
import { ComplaintActions } from './ComplaintActions';

type Worker = Complaint['workers'][number];

export function ComplaintPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const one = useQuery({ queryKey: ['complaints', 'one', id], queryFn: () => getComplaint(id), retry: false });
  const upload = useMutation({
    mutationFn: (file: File) => uploadComplaintEvidence(id, file),
    onSuccess: (r) => {
      client.setQueryData(['complaints', 'one', id], r);
      void message.success(t('complaints.done'));
    },
    onError: (e) => onError(e),
  });
  if (one.error && !one.data) return <QueryError error={one.error} />;
  const c = one.data;
  if (!c) return null;
  return (
    <Card title={`${t('complaints.title')} ${c.number}`}>
      <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
        <Descriptions.Item label={t('complaints.number')}>{c.number}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.status')}>
          <Tag color={complaintColour[c.status]} data-testid="complaint-status">
            {t(`complaints.statuses.${c.status}`)}
          </Tag>
          {c.escalation && <Tag color="red">{t('complaints.escalated', { which: t(`complaints.escalations.${c.escalation}`) })}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('complaints.employer')}>
          {c.employerName} {c.employerFlagged && <Tag color="red">{t('complaints.flagged')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('complaints.employerPlace')}>{c.employerPlace ?? ''}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.site')}>{c.site}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.period')}>
          {c.periodFrom} — {c.periodTo}
        </Descriptions.Item>
        <Descriptions.Item label={t('complaints.owed')}>{formatYuan(c.owedFen)}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.recovered')}>
          <span data-testid="complaint-recovered">{formatYuan(c.recoveredFen)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('complaints.office')}>{c.regionName}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.channel')}>{t(`complaints.channels.${c.channel}`)}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.filedOn')}>{c.filedOn}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.acceptDue')}>{c.acceptDue}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.acceptedOn')}>{c.acceptedOn ?? ''}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.concludeDue')}>{c.concludeDue ?? ''}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.outcome')} span={2}>
          {c.outcome ?? ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('complaints.description')} span={2}>
          {c.description}
        </Descriptions.Item>
      </Descriptions>
      {can('complaints.handle') && <ComplaintActions complaint={c} />}
      <h2 style={{ fontSize: 16, marginTop: 16 }}>{t('complaints.workers')}</h2>
      <div style={{ overflowX: 'auto' }}>
        <Table<Worker>
          rowKey="personId"
          size="small"
          pagination={false}
          dataSource={c.workers}
          columns={[
            { title: t('complaints.worker'), dataIndex: 'name' },
            { title: t('unemployment.idNumber'), dataIndex: 'idNumberMasked' },
            { title: t('complaints.owed'), render: (_v, w) => formatYuan(w.owedFen) },
            { title: t('complaints.recovered'), render: (_v, w) => formatYuan(w.recoveredFen) },
          ]}
        />
      </div>
      <h2 style={{ fontSize: 16, marginTop: 16 }}>{t('complaints.evidence')}</h2>
      <ul>
        {(c.evidence ?? []).map((e) => (
          <li key={e.id}>
            <a href={`/api/v1/complaints/${c.id}/evidence/${e.id}`} target="_blank" rel="noreferrer">
              {e.fileName}
            </a>{' '}
            <Instant value={e.uploadedAt} />
          </li>
        ))}
      </ul>
      {can('complaints.handle') && (
        <Upload
          accept=".pdf,.jpg,.jpeg,.png"
          showUploadList={false}
          beforeUpload={(file) => {
            upload.mutate(file);
            return false;
          }}
        >
          <Button loading={upload.isPending}>{t('complaints.uploadEvidence')}</Button>
        </Upload>
      )}
      {(c.referrals ?? []).length > 0 && (
        <>
          <h2 style={{ fontSize: 16, marginTop: 16 }}>{t('complaints.referrals')}</h2>
          <ul>
            {(c.referrals ?? []).map((r) => (
              <li key={r.id}>
                {r.workers.map((w) => w.name).join('、')} · {t(`complaints.legalAid.statuses.${r.status}`)} · {r.note}
                {r.outcome ? ` · ${r.outcome}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2 style={{ fontSize: 16, marginTop: 16 }}>{t('complaints.history')}</h2>
      <Timeline
        items={(c.events ?? []).map((e) => ({
          children: (
            <span>
              <Instant value={e.at} /> {t(`complaints.events.${e.kind}`, { defaultValue: e.kind })}
              {e.amountFen !== null ? ` · ${formatYuan(e.amountFen)}` : ''}
              {e.kind === 'escalated' && e.note
                ? ` · ${t(`complaints.escalations.${e.note === 'conclude' ? 'conclude' : 'accept'}`)}`
                : e.note
                  ? ` · ${e.note}`
                  : ''}
            </span>
          ),
        }))}
      />
    </Card>
  );
}
