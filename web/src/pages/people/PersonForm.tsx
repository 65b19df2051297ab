/**
 * The person form. Client rules are only hints (format of the ID number and phone); the server
 * validates everything (check character, dates, division codes) and its field errors are shown
 * on the fields.
 */
import { useClearable } from '../../components/clearable';
import { Button, Card, Checkbox, Col, Form, Input, Row, Select, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { educations, localityFields } from '../../api/types';
import { DateInput } from '../../components/DateInput';
import { DivisionSelect } from '../../components/DivisionSelect';
import { YuanInput } from '../../components/YuanInput';
import { optionsOf } from '../../i18n/labels';
import type { MaskedNumbers, PersonFormValues } from './personForm';
import type { FormInstance } from 'antd';

export interface PersonFormProps {
  form: FormInstance<PersonFormValues>;
  initial: Partial<PersonFormValues>;
  /** Editing: the stored personal numbers, masked (shown as hints; empty fields keep them). */
  masked?: MaskedNumbers | undefined;
  saving: boolean;
  onSubmit: (v: PersonFormValues) => void;
  onCancel: () => void;
}

export function PersonForm({ form, initial, masked, saving, onSubmit, onCancel }: PersonFormProps) {
  const { t } = useTranslation();
  const clear = useClearable();
  const required = [{ required: true, message: t('common.required') }];
  const poverty = Form.useWatch('povertyRegistered', form);
  const dibao = Form.useWatch('dibao', form);
  return (
    <Form form={form} layout="vertical" initialValues={initial} onFinish={onSubmit} scrollToFirstError>
      <Card type="inner" title={t('people.basic')}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="name" label={t('people.name')} rules={required}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="idNumber"
              label={t('people.idNumber')}
              extra={masked ? t('people.keepHint', { masked: masked.idNumber }) : t('people.idHint')}
              rules={[...(masked ? [] : required), { pattern: /^\s*\d{17}[\dXx]\s*$/, message: t('people.idHint'), warningOnly: true }]}
            >
              <Input maxLength={40} placeholder={masked?.idNumber} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="phone"
              label={t('people.phone')}
              extra={masked?.phone ? t('people.keepHint', { masked: masked.phone }) : undefined}
              rules={[{ pattern: /^[\d\s+-]*$/, message: t('people.phoneHint'), warningOnly: true }]}
            >
              <Input maxLength={30} placeholder={masked?.phone ?? undefined} autoComplete="off" />
            </Form.Item>
            {masked?.phone && (
              <Form.Item name="clearPhone" valuePropName="checked" style={{ marginTop: -16 }}>
                <Checkbox>{t('people.clearValue')}</Checkbox>
              </Form.Item>
            )}
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="bankAccount"
              label={t('people.bankAccount')}
              extra={masked?.bankAccount ? t('people.keepHint', { masked: masked.bankAccount }) : undefined}
            >
              <Input maxLength={40} placeholder={masked?.bankAccount ?? undefined} autoComplete="off" />
            </Form.Item>
            {masked?.bankAccount && (
              <Form.Item name="clearBankAccount" valuePropName="checked" style={{ marginTop: -16 }}>
                <Checkbox>{t('people.clearValue')}</Checkbox>
              </Form.Item>
            )}
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="education" label={t('people.education')}>
              <Select allowClear={clear} options={optionsOf(t, 'educations', educations)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="skills" label={t('people.skills')} extra={t('people.skillsHint')}>
              <Select mode="tags" open={false} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card type="inner" title={t('people.localities')} style={{ marginTop: 16 }}>
        <Row gutter={16}>
          {localityFields.map((f) => (
            <Col xs={24} md={12} key={f}>
              <Form.Item name={f} label={t(`people.${f}`)} rules={f === 'hukouCode' ? required : []}>
                <DivisionSelect />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Card>
      <Card type="inner" title={t('people.assistance')} style={{ marginTop: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="povertyRegistered" label={t('people.poverty')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          {poverty && (
            <Col xs={12} md={8}>
              <Form.Item name="povertyFrom" label={t('people.povertyFrom')}>
                <DateInput />
              </Form.Item>
            </Col>
          )}
          {poverty && (
            <Col xs={12} md={8}>
              <Form.Item name="povertyTo" label={t('people.povertyTo')}>
                <DateInput />
              </Form.Item>
            </Col>
          )}
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="dibao" label={t('people.dibao')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          {dibao && (
            <Col xs={12} md={8}>
              <Form.Item name="dibaoFrom" label={t('people.dibaoFrom')}>
                <DateInput />
              </Form.Item>
            </Col>
          )}
          {dibao && (
            <Col xs={12} md={8}>
              <Form.Item name="dibaoTo" label={t('people.dibaoTo')}>
                <DateInput />
              </Form.Item>
            </Col>
          )}
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="willingToGoOut" label={t('people.willingToGoOut')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="expectedWageFen" label={t('people.expectedWage')}>
              <YuanInput />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Space style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="person-save">
          {t('common.save')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </Space>
    </Form>
  );
}
