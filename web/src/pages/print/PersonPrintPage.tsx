/** A person's record for A4 print (masked as the staff page shows it), with their claims and payments. */
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getPerson } from '../../api/people';
import { listClaims, listPayments, isDecision } from '../../api/benefits';
import { useAuth } from '../../auth/AuthContext';
import { formatYuan } from '../../format/money';
import { formatInstant } from '../../format/time';
import { PlaceName } from '../../components/PlaceName';
import { QueryError } from '../../components/QueryError';
import { useInstalmentText, useProgramName } from '../benefits/shared';
import { FieldTable, PrintSheet } from './PrintSheet';

export function PersonPrintPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { can } = useAuth();
  const programName = useProgramName();
  const instalmentText = useInstalmentText();
  const person = useQuery({ queryKey: ['people', 'one', id], queryFn: () => getPerson(id), retry: false });
  const seesClaims = can('claims.review') || can('claims.submit') || can('payments.manage');
  const claims = useQuery({ queryKey: ['claims', 'person', id], queryFn: () => listClaims({ personId: id }, 1, 100), enabled: seesClaims });
  const payments = useQuery({
    queryKey: ['payments', 'person', id],
    queryFn: () => listPayments({ personId: id }, 1, 100),
    enabled: can('payments.manage'),
  });
  if (person.error && !person.data) return <QueryError error={person.error} />;
  const p = person.data;
  if (!p) return null;
  const yes = (b: boolean) => (b ? t('common.yes') : t('common.no'));
  const place = (code: string | null) => (code ? <PlaceName code={code} /> : '');
  return (
    <PrintSheet title={t('records.printPerson.title')}>
      <h2>{t('records.printPerson.basic')}</h2>
      <FieldTable
        rows={[
          [t('people.name'), p.name],
          [t('people.idNumber'), p.idNumber],
          [t('people.sex'), t(`sexes.${p.sex}`)],
          [t('people.birthDate'), p.birthDate],
          [t('people.phone'), p.phone ?? ''],
          [t('people.bankAccount'), p.bankAccount ?? ''],
          [t('people.hukouCode'), place(p.hukouCode)],
          [t('people.residenceCode'), place(p.residenceCode)],
          [t('people.employmentCode'), place(p.employmentCode)],
          [t('people.insuredCode'), place(p.insuredCode)],
          [t('people.povertyRegistered'), yes(p.povertyRegistered)],
          [t('people.dibao'), yes(p.dibao)],
          [t('people.education'), p.education ? t(`educations.${p.education}`) : ''],
          [t('people.skills'), p.skills.join('、')],
        ]}
      />
      <p style={{ fontSize: '9pt' }}>{t('records.printPerson.masked')}</p>
      {seesClaims && (
        <>
          <h2>{t('records.printPerson.claims')}</h2>
          <table data-testid="print-person-claims">
            <thead>
              <tr>
                <th>{t('records.claimNumber')}</th>
                <th>{t('records.printClaim.program')}</th>
                <th>{t('records.printClaim.amount')}</th>
                <th>{t('benefits.status')}</th>
                <th>{t('records.printClaim.submittedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {(claims.data?.items ?? []).length === 0 && (
                <tr>
                  <td colSpan={5}>{t('records.printPerson.none')}</td>
                </tr>
              )}
              {(claims.data?.items ?? []).map((c) => (
                <tr key={c.id}>
                  <td>{c.number}</td>
                  <td>{programName(c.programId)}</td>
                  <td className="num">{isDecision(c.decision) && c.decision.eligible ? formatYuan(c.decision.amountFen) : '—'}</td>
                  <td>{t(`benefits.statuses.${c.status}`)}</td>
                  <td>{formatInstant(c.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {can('payments.manage') && (
        <>
          <h2>{t('records.printPerson.payments')}</h2>
          <table>
            <thead>
              <tr>
                <th>{t('records.paymentNumber')}</th>
                <th>{t('records.printBatch.program')}</th>
                <th>{t('records.printBatch.instalment')}</th>
                <th>{t('records.printBatch.amount')}</th>
                <th>{t('records.printBatch.status')}</th>
              </tr>
            </thead>
            <tbody>
              {(payments.data?.items ?? []).length === 0 && (
                <tr>
                  <td colSpan={5}>{t('records.printPerson.none')}</td>
                </tr>
              )}
              {(payments.data?.items ?? []).map((e) => (
                <tr key={e.id}>
                  <td>{e.number}</td>
                  <td>{programName(e.programId)}</td>
                  <td>{instalmentText(e.instalment)}</td>
                  <td className="num">{formatYuan(e.amountFen)}</td>
                  <td>{t(`benefits.entryStatuses.${e.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </PrintSheet>
  );
}
