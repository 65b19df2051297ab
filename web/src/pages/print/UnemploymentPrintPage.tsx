/** The certificate of an unemployment registration (失业登记证明), A4 for browser print. */
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getRegistration } from '../../api/unemployment';
import { QueryError } from '../../components/QueryError';
import { FieldTable, PrintSheet } from './PrintSheet';

export function UnemploymentPrintPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const one = useQuery({ queryKey: ['unemployment', 'one', id], queryFn: () => getRegistration(id), retry: false });
  if (one.error && !one.data) return <QueryError error={one.error} />;
  const r = one.data;
  if (!r) return null;
  return (
    <PrintSheet title={t('unemployment.certificate')} number={r.number}>
      <FieldTable
        rows={[
          [t('unemployment.number'), r.number],
          [t('unemployment.name'), r.personName],
          [t('unemployment.idNumber'), r.idNumberMasked],
          [t('unemployment.place'), `${t(`unemployment.placeKinds.${r.placeKind}`)} ${r.placeName}`],
          [t('unemployment.office'), r.regionName],
          [t('unemployment.registeredOn'), r.registeredOn],
          [t('unemployment.status'), t(`unemployment.statuses.${r.status}`)],
        ]}
      />
      <h2>{t('unemployment.history')}</h2>
      <table>
        <tbody>
          {(r.events ?? []).map((e) => (
            <tr key={`${e.at}-${e.kind}`}>
              <td>{e.onDate}</td>
              <td>{t(`unemployment.events.${e.kind}`, { defaultValue: e.kind })}</td>
              <td>{e.placeKind ? `${t(`unemployment.placeKinds.${e.placeKind}`)} ${e.placeName ?? ''}` : (e.note ?? '')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('unemployment.certificateText')}</p>
      <div className="print-sign">
        <span>{t('unemployment.signed')}：＿＿＿＿＿＿</span>
        <span>{t('unemployment.stamp')}</span>
      </div>
    </PrintSheet>
  );
}
