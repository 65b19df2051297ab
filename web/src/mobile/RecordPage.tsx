/** My own registry record, unmasked and read-only (corrections are made at the township office). */
import { useTranslation } from './i18n';
import { useQueries, useQuery } from '@tanstack/react-query';
import { division, myPerson } from './api';
import { PageTitle, QueryState } from './Shell';

function usePlaceNames({ codes }: { codes: string[] }) {
  return useQueries({
    queries: codes.map((code) => ({ queryKey: ['mobile', 'division', code], queryFn: () => division(code), staleTime: Infinity })),
  });
}

export function RecordPage() {
  const { t } = useTranslation();
  const person = useQuery({ queryKey: ['mobile', 'person'], queryFn: myPerson });
  const p = person.data;
  const codes = p ? [p.hukouCode, p.residenceCode, p.employmentCode, p.insuredCode].filter((c): c is string => c !== null) : [];
  const names = usePlaceNames({ codes });
  if (!p) return <QueryState error={person.error} onRetry={() => void person.refetch()} />;
  const place = (code: string | null) => {
    if (code === null) return t('mobile.record.none');
    const detail = names[codes.indexOf(code)]?.data;
    return detail ? [...detail.ancestors.map((a) => a.name), detail.division.name].join('') : code;
  };
  const yesNo = (b: boolean) => (b ? t('mobile.record.yes') : t('mobile.record.no'));
  const rows: Array<[string, string]> = [
    [t('mobile.record.name'), p.name],
    [t('mobile.record.idNumber'), p.idNumber],
    [t('mobile.record.sex'), p.sex === 'male' ? t('mobile.record.male') : t('mobile.record.female')],
    [t('mobile.record.birthDate'), p.birthDate],
    [t('mobile.record.phone'), p.phone ?? t('mobile.record.none')],
    [t('mobile.record.bankAccount'), p.bankAccount ?? t('mobile.record.none')],
    [t('mobile.record.hukou'), place(p.hukouCode)],
    [t('mobile.record.residence'), place(p.residenceCode)],
    [t('mobile.record.employment'), place(p.employmentCode)],
    [t('mobile.record.insured'), place(p.insuredCode)],
    [t('mobile.record.poverty'), yesNo(p.povertyRegistered)],
    [t('mobile.record.dibao'), yesNo(p.dibao)],
  ];
  return (
    <div data-testid="m-record">
      <PageTitle text={t('mobile.record.title')}>{t('mobile.record.title')}</PageTitle>
      <p className="m-note">{t('mobile.record.hint')}</p>
      <section className="m-card">
        <dl className="m-dl">
          {rows.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
