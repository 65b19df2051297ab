/**
 * Drafting an agreement from a proposal: period, place, wage (not below the place's minimum wage, which
 * the server checks), who pays and who insures, and the workers picked from the firm's own staff.
 */
import { App, Button, Drawer, Form, Input, Select } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../../api/errors';
import { DateInput } from '../../components/DateInput';
import { YuanInput } from '../../components/YuanInput';
import { listEmployees } from '../employer/api';
import { sharingApi, type AgreementBody, type Proposal } from './api';

type Values = Omit<AgreementBody, 'offerId' | 'requestId' | 'lenderId' | 'borrowerId'>;

export function AgreementDrawer({ proposal, onClose }: { proposal: Proposal | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const onError = useApiErrorHandler();
  const client = useQueryClient();
  const staff = useQuery({ queryKey: ['sharing', 'staff'], queryFn: () => listEmployees('', 1, 200), enabled: proposal !== null });
  const create = useMutation({
    mutationFn: (v: Values) => sharingApi.createAgreement({ ...v, offerId: proposal?.offerId, requestId: proposal?.requestId }),
    onSuccess: async () => {
      message.success(t('sharing.saved'));
      onClose();
      await client.invalidateQueries({ queryKey: ['sharing'] });
    },
    onError: (err) => onError(err, form),
  });
  const r = proposal?.request;
  const o = proposal?.offer;
  const start = r && o ? (r.startDate > o.startDate ? r.startDate : o.startDate) : undefined;
  const end = r && o ? (r.endDate < o.endDate ? r.endDate : o.endDate) : undefined;
  return (
    <Drawer open={proposal !== null} onClose={onClose} title={t('sharing.agreementTitle')} width={560}>
      {proposal && r ? (
        <Form<Values>
          form={form}
          layout="vertical"
          data-testid="sharing-agreement-form"
          initialValues={{
            startDate: start,
            endDate: end,
            placeCode: r.placeCode,
            address: r.address,
            occupationCode: r.occupationCodes[0],
            wageFen: r.wageFen ?? undefined,
            wagePayer: 'borrower',
            injuryInsurer: 'lender',
            workerIds: [],
          }}
          onFinish={(v) => create.mutate(v)}
        >
          <p>
            {t('sharing.lender')}：{o?.enterpriseName} · {t('sharing.borrower')}：{r.enterpriseName}
          </p>
          <Form.Item name="startDate" label={t('sharing.startDate')} rules={[{ required: true }]}>
            <DateInput />
          </Form.Item>
          <Form.Item name="endDate" label={t('sharing.endDate')} rules={[{ required: true }]}>
            <DateInput />
          </Form.Item>
          <Form.Item name="placeCode" label={t('sharing.placeCode')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="address" label={t('sharing.address')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="occupationCode" label={t('sharing.occupation')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="wageFen" label={t('sharing.wage')} rules={[{ required: true }]}>
            <YuanInput />
          </Form.Item>
          {(['wagePayer', 'injuryInsurer'] as const).map((f) => (
            <Form.Item key={f} name={f} label={t(`sharing.${f}`)}>
              <Select options={(['lender', 'borrower'] as const).map((p) => ({ value: p, label: t(`sharing.parties.${p}`) }))} />
            </Form.Item>
          ))}
          <Form.Item name="workerIds" label={t('sharing.workers')} rules={[{ required: true }]}>
            <Select
              mode="multiple"
              data-testid="sharing-workers"
              placeholder={t('sharing.pickWorkers')}
              loading={staff.isLoading}
              optionFilterProp="label"
              options={(staff.data?.items ?? []).map((e) => ({ value: e.id, label: `${e.name} ${e.idNumberMasked}` }))}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="sharing-save-agreement">
            {t('sharing.save')}
          </Button>
        </Form>
      ) : null}
    </Drawer>
  );
}
