/**
 * The person form. Client rules are only hints (format of the ID number and phone); the server
 * validates everything (check character, dates, division codes) and its field errors are shown
 * on the fields.
 */
import { Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { educations, localityFields, type PersonInput } from '../../api/types';
import { DateInput } from '../../components/DateInput';
import { DivisionSelect } from '../../components/DivisionSelect';
import { optionsOf } from '../../i18n/labels';
import { yuanField } from './personForm';
import type { FormInstance } from 'antd';

export interface PersonFormProps {
  form: FormInstance<PersonInput>;
  initial: Partial<PersonInput>;
  saving: boolean;
  onSubmit: (v: PersonInput) => void;
  onCancel: () => void;
}

export function PersonForm({ form, initial, saving, onSubmit, onCancel }: PersonFormProps) {
  const { t } = useTranslation();
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
              extra={t('people.idHint')}
              rules={[...required, { pattern: /^\s*\d{17}[\dXx]\s*$/, message: t('people.idHint'), warningOnly: true }]}
            >
              <Input maxLength={40} id="person-idNumber" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="phone"
              label={t('people.phone')}
              rules={[{ pattern: /^[\d\s+-]*$/, message: t('people.phoneHint'), warningOnly: true }]}
            >
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="bankAccount" label={t('people.bankAccount')}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="education" label={t('people.education')}>
              <Select allowClear options={optionsOf(t, 'educations', educations)} />
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
            <Form.Item name="expectedWageFen" label={t('people.expectedWage')} {...yuanField}>
              <InputNumber min={0} step={100} style={{ width: '100%' }} />
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
