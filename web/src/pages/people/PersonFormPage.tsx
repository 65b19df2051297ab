/**
 * Register a worker, or edit one. The edit form never asks for the personal numbers in clear:
 * it shows them masked as hints and sends `keep` for those left empty, so opening it records no
 * reveal (a reveal is recorded only when a value is shown unmasked, on the detail page).
 */
import { Alert, Card, Form } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { createPerson, getPerson, updatePerson } from '../../api/people';
import { useApiErrorHandler } from '../../api/errors';
import { QueryError } from '../../components/QueryError';
import { usePageTitle } from '../../layout/pageTitle';
import { inputOf, updateOf, valuesOf, type PersonFormValues } from './personForm';
import { PersonForm } from './PersonForm';

export function PersonFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<PersonFormValues>();
  const existing = useQuery({ queryKey: ['people', 'one', id], queryFn: () => getPerson(id ?? ''), enabled: id !== undefined });
  const person = existing.data ?? null;
  usePageTitle(id ? t('people.edit') : t('people.create'));
  const save = useMutation({
    mutationFn: (v: PersonFormValues) => (id && person ? updatePerson(id, updateOf(v, person.version)) : createPerson(inputOf(v))),
    onSuccess: (p) => {
      void client.invalidateQueries({ queryKey: ['people'] });
      void client.invalidateQueries({ queryKey: ['dashboard'] });
      void navigate(`/people/${p.id}`);
    },
    onError: (err) => onError(err, form),
  });
  if (existing.error && !existing.data) return <QueryError error={existing.error} />;
  if (id !== undefined && !person) return <Card loading />;
  return (
    <Card>
      {id && <Alert type="info" showIcon message={t('people.revealOnEdit')} style={{ marginBottom: 16 }} />}
      <PersonForm
        form={form}
        initial={person ? valuesOf(person) : { povertyRegistered: false, dibao: false, willingToGoOut: false, skills: [] }}
        masked={person ? { idNumber: person.idNumber, phone: person.phone, bankAccount: person.bankAccount } : undefined}
        saving={save.isPending}
        onSubmit={(v) => save.mutate(v)}
        onCancel={() => void navigate(-1)}
      />
    </Card>
  );
}
