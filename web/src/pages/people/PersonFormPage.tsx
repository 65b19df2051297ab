/** Register a worker, or edit one (the edit form shows the personal numbers in full: audited reveals). */
import { Alert, Card, Form } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { createPerson, getPerson, revealPerson, updatePerson } from '../../api/people';
import { useApiErrorHandler } from '../../api/errors';
import type { PersonInput } from '../../api/types';
import { QueryError } from '../../components/QueryError';
import { inputOf, valuesOf } from './personForm';
import { PersonForm } from './PersonForm';

async function loadForEdit(id: string) {
  const person = await getPerson(id);
  if (!person.masked)
    return {
      version: person.version,
      values: valuesOf(person, { idNumber: person.idNumber, phone: person.phone, bankAccount: person.bankAccount }),
    };
  const [idNumber, phone, bankAccount] = await Promise.all([
    revealPerson(id, 'idNumber'),
    person.phone ? revealPerson(id, 'phone') : Promise.resolve(null),
    person.bankAccount ? revealPerson(id, 'bankAccount') : Promise.resolve(null),
  ]);
  return {
    version: person.version,
    values: valuesOf(person, { idNumber: idNumber.value ?? '', phone: phone?.value ?? null, bankAccount: bankAccount?.value ?? null }),
  };
}

export function PersonFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<PersonInput>();
  // Plain personal numbers are not kept in the cache beyond this page.
  const existing = useQuery({
    queryKey: ['people', 'edit', id],
    queryFn: () => loadForEdit(id ?? ''),
    enabled: id !== undefined,
    gcTime: 0,
    staleTime: 0,
  });
  const loaded = existing.data ?? null;
  const save = useMutation({
    mutationFn: (v: PersonInput) =>
      id && loaded ? updatePerson(id, { ...inputOf(v), version: loaded.version }) : createPerson(inputOf(v)),
    onSuccess: (p) => {
      void client.invalidateQueries({ queryKey: ['people'] });
      void client.invalidateQueries({ queryKey: ['dashboard'] });
      void navigate(`/people/${p.id}`);
    },
    onError: (err) => onError(err, form),
  });
  if (existing.error) return <QueryError error={existing.error} />;
  if (id !== undefined && !loaded) return <Card loading />;
  return (
    <Card title={id ? t('people.edit') : t('people.create')}>
      {id && <Alert type="info" showIcon message={t('people.revealOnEdit')} style={{ marginBottom: 16 }} />}
      <PersonForm
        form={form}
        initial={loaded?.values ?? { povertyRegistered: false, dibao: false, willingToGoOut: false, skills: [] }}
        saving={save.isPending}
        onSubmit={(v) => save.mutate(v)}
        onCancel={() => void navigate(-1)}
      />
    </Card>
  );
}
