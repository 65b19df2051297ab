/** 审批表: one claim with the person, the system's decision and its reasons, every review and the payments, for A4 print. */
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getClaim, isDecision } from '../../api/benefits';
import { formatYuan } from '../../format/money';
import { formatInstant } from '../../format/time';
import { PlaceName } from '../../components/PlaceName';
import { QueryError } from '../../components/QueryError';
import { useBilingual } from '../policy/bilingual';
import { useInstalmentText, useProgramName } from '../benefits/shared';
import { FieldTable, PrintSheet } from './PrintSheet';

export function ClaimPrintPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const bi = useBilingual();
  const programName = useProgramName();
  const instalmentText = useInstalmentText();
  const one = useQuery({ queryKey: ['claims', 'one', id], queryFn: () => getClaim(id) });
  if (one.error && !one.data) return <QueryError error={one.error} />;
  const claim = one.data;
  if (!claim) return null;
  const d = isDecision(claim.decision) ? claim.decision : null;
  const name = (userId: string) => claim.names?.[userId] ?? userId;
  return (
    <PrintSheet title={t('records.printClaim.title')} number={claim.number}>
      <FieldTable
        rows={[
          [t('records.printClaim.applicant'), claim.person?.name ?? ''],
          [t('records.idMasked'), claim.person?.idNumberMasked ?? ''],
          [t('records.printClaim.program'), programName(claim.programId)],
          [t('benefits.status'), t(`benefits.statuses.${claim.status}`)],
          [t('records.printClaim.region'), <PlaceName key="region" code={claim.region} />],
          [t('records.printClaim.channel'), t(`benefits.channels.${claim.channel}`)],
          [t('records.printClaim.asOf'), claim.asOf],
          [t('records.printClaim.submittedAt'), formatInstant(claim.createdAt)],
          [t('records.printClaim.submittedBy'), name(claim.submittedBy)],
        ]}
      />
      <h2>{t('records.printClaim.decision')}</h2>
      {d && (
        <>
          <FieldTable
            rows={[
              [t('records.printClaim.decision'), d.eligible ? t('records.printClaim.eligible') : t('records.printClaim.notEligible')],
              [t('records.printClaim.amount'), formatYuan(d.amountFen)],
            ]}
          />
          <table data-testid="print-reasons">
            <thead>
              <tr>
                <th>{t('records.printClaim.reasons')}</th>
                <th>{t('records.printClaim.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {d.criteria
                .filter((c) => c.depth <= 1)
                .map((c) => (
                  <tr key={c.id}>
                    <td style={{ paddingLeft: `${2 + c.depth * 4}mm` }}>
                      {bi(c.label)}
                      {c.clause ? `（${c.clause}）` : ''}
                    </td>
                    <td>{c.passed ? '✓' : '✗'}</td>
                  </tr>
                ))}
              {d.messages.map((m, i) => (
                <tr key={`m${i}`}>
                  <td colSpan={2}>{bi(m)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h2>{t('records.printClaim.reviews')}</h2>
      <table data-testid="print-reviews">
        <thead>
          <tr>
            <th>{t('records.printClaim.level')}</th>
            <th>{t('records.printClaim.outcome')}</th>
            <th>{t('records.printClaim.reviewer')}</th>
            <th>{t('records.printClaim.reason')}</th>
            <th>{t('records.printClaim.at')}</th>
          </tr>
        </thead>
        <tbody>
          {claim.reviews.length === 0 && (
            <tr>
              <td colSpan={5}>{t('records.printPerson.none')}</td>
            </tr>
          )}
          {claim.reviews.map((r) => (
            <tr key={r.id}>
              <td>{t(`benefits.levels.${r.level}`)}</td>
              <td>{t(`records.printClaim.${r.outcome}`)}</td>
              <td>{name(r.reviewerId)}</td>
              <td>{r.reason}</td>
              <td>{formatInstant(r.at)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {(claim.payments ?? []).length > 0 && (
        <>
          <h2>{t('records.printClaim.payments')}</h2>
          <table>
            <thead>
              <tr>
                <th>{t('records.paymentNumber')}</th>
                <th>{t('records.printBatch.instalment')}</th>
                <th>{t('records.printBatch.amount')}</th>
                <th>{t('records.printBatch.status')}</th>
              </tr>
            </thead>
            <tbody>
              {(claim.payments ?? []).map((e) => (
                <tr key={e.id}>
                  <td>{e.number}</td>
                  <td>{instalmentText(e.instalment)}</td>
                  <td className="num">{formatYuan(e.amountFen)}</td>
                  <td>{t(`benefits.entryStatuses.${e.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <div className="print-sign">
        <span>
          {t('records.printClaim.signature')}
          <span style={{ display: 'inline-block', width: '40mm' }} />
        </span>
        <span>{t('records.printClaim.seal')}</span>
      </div>
    </PrintSheet>
  );
}
