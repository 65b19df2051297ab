/** A payment batch for A4 print: its number, region, totals and every payment with payee (masked), program and instalment in Chinese. */
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getBatch } from '../../api/benefits';
import { formatYuan } from '../../format/money';
import { formatInstant } from '../../format/time';
import { PlaceName } from '../../components/PlaceName';
import { QueryError } from '../../components/QueryError';
import { useInstalmentText, useProgramName } from '../benefits/shared';
import { FieldTable, PrintSheet } from './PrintSheet';

export function BatchPrintPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const programName = useProgramName();
  const instalmentText = useInstalmentText();
  const one = useQuery({ queryKey: ['payments', 'batch', id], queryFn: () => getBatch(id) });
  if (one.error && !one.data) return <QueryError error={one.error} />;
  if (!one.data) return null;
  const { batch, entries } = one.data;
  return (
    <PrintSheet title={t('records.printBatch.title')} number={batch.number}>
      <FieldTable
        rows={[
          [t('benefits.region'), <PlaceName key="region" code={batch.region} />],
          [t('records.printBatch.createdAt'), formatInstant(batch.createdAt)],
          [t('records.printBatch.count'), String(batch.entryCount)],
          [t('records.printBatch.total'), formatYuan(batch.totalFen)],
          [
            t('records.printBatch.reconciledAt'),
            batch.reconciledAt ? formatInstant(batch.reconciledAt) : t('records.printBatch.notReconciled'),
          ],
        ]}
      />
      <table data-testid="print-entries">
        <thead>
          <tr>
            <th>#</th>
            <th>{t('records.paymentNumber')}</th>
            <th>{t('records.name')}</th>
            <th>{t('records.idMasked')}</th>
            <th>{t('records.printBatch.program')}</th>
            <th>{t('records.printBatch.instalment')}</th>
            <th>{t('records.printBatch.amount')}</th>
            <th>{t('records.printBatch.status')}</th>
            <th>{t('records.printBatch.bankReference')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e, i) => (
            <tr key={e.id}>
              <td className="num">{i + 1}</td>
              <td>{e.number}</td>
              <td>{e.person?.name ?? ''}</td>
              <td>{e.person?.idNumberMasked ?? ''}</td>
              <td>{programName(e.programId)}</td>
              <td>{instalmentText(e.instalment)}</td>
              <td className="num">{formatYuan(e.amountFen)}</td>
              <td>{t(`benefits.entryStatuses.${e.status}`)}</td>
              <td>{e.bankReference ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="print-sign">
        <span>{t('records.printBatch.preparedBy')}</span>
        <span>{t('records.printBatch.checkedBy')}</span>
        <span>{t('records.printClaim.seal')}</span>
      </div>
    </PrintSheet>
  );
}
