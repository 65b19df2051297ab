/** The people search bar: one free-text box (name, pinyin initials, ID number, phone) and filters. */
import { useClearable } from '../../components/clearable';
import { Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PersonQuery } from '../../api/people';
import { educations, localityFields, sexes, type Education, type LocalityField, type Sex } from '../../api/types';
import { DivisionSelect } from '../../components/DivisionSelect';
import { optionsOf } from '../../i18n/labels';

export interface PeopleFilterForm {
  q?: string;
  localityKind: LocalityField;
  locality?: string;
  povertyRegistered?: 'yes' | 'no';
  dibao?: 'yes' | 'no';
  sex?: Sex;
  education?: Education;
  ageMin?: number | null;
  ageMax?: number | null;
}

const flag = (v: 'yes' | 'no' | undefined) => (v === undefined ? undefined : v === 'yes');

/** Turns the filter form into the API query. */
export function queryOf(f: PeopleFilterForm): PersonQuery {
  const q: PersonQuery = {
    q: f.q?.trim() || undefined,
    povertyRegistered: flag(f.povertyRegistered),
    dibao: flag(f.dibao),
    sex: f.sex,
    education: f.education,
    ageMin: f.ageMin ?? undefined,
    ageMax: f.ageMax ?? undefined,
  };
  if (f.locality) q[f.localityKind] = f.locality;
  return q;
}

export function PeopleFilters({ onSearch }: { onSearch: (q: PersonQuery) => void }) {
  const { t } = useTranslation();
  const clear = useClearable();
  const [form] = Form.useForm<PeopleFilterForm>();
  const yesNo = [
    { value: 'yes', label: t('people.yes') },
    { value: 'no', label: t('people.no') },
  ];
  return (
    <Form
      form={form}
      layout="inline"
      initialValues={{ localityKind: 'hukouCode' }}
      onFinish={(f) => onSearch(queryOf(f))}
      style={{ marginBottom: 16, rowGap: 8 }}
    >
      <Form.Item name="q" style={{ width: 360 }}>
        <Input.Search
          aria-label={t('people.searchPlaceholder')}
          allowClear={clear}
          placeholder={t('people.searchPlaceholder')}
          enterButton={t('common.search')}
          onSearch={() => form.submit()}
          data-testid="people-search"
        />
      </Form.Item>
      <Form.Item name="localityKind">
        <Select
          aria-label={t('people.localityKind')}
          style={{ width: 130 }}
          options={localityFields.map((f) => ({ value: f, label: t(`people.${f}`) }))}
        />
      </Form.Item>
      <Form.Item name="locality">
        <DivisionSelect style={{ width: 220 }} aria-label={t('people.locality')} />
      </Form.Item>
      <Form.Item name="povertyRegistered">
        <Select
          allowClear={clear}
          aria-label={t('people.povertyRegistered')}
          placeholder={t('people.povertyRegistered')}
          style={{ width: 120 }}
          options={yesNo}
        />
      </Form.Item>
      <Form.Item name="dibao">
        <Select allowClear={clear} aria-label={t('people.dibao')} placeholder={t('people.dibao')} style={{ width: 100 }} options={yesNo} />
      </Form.Item>
      <Form.Item name="sex">
        <Select
          allowClear={clear}
          aria-label={t('people.sex')}
          placeholder={t('people.sex')}
          style={{ width: 90 }}
          options={optionsOf(t, 'sexes', sexes)}
        />
      </Form.Item>
      <Form.Item name="education">
        <Select
          allowClear={clear}
          aria-label={t('people.education')}
          placeholder={t('people.education')}
          style={{ width: 130 }}
          options={optionsOf(t, 'educations', educations)}
        />
      </Form.Item>
      <Form.Item name="ageMin">
        <InputNumber
          controls={false}
          min={0}
          max={150}
          aria-label={t('people.ageMin')}
          placeholder={t('people.ageMin')}
          style={{ width: 100 }}
        />
      </Form.Item>
      <Form.Item name="ageMax">
        <InputNumber
          controls={false}
          min={0}
          max={150}
          aria-label={t('people.ageMax')}
          placeholder={t('people.ageMax')}
          style={{ width: 100 }}
        />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit">
          {t('common.search')}
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            form.submit();
          }}
        >
          {t('common.reset')}
        </Button>
      </Space>
    </Form>
  );
}
