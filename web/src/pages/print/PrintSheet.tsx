/**
 * The frame of a printed page (A4, Chinese): a toolbar on screen (print, back) that never prints,
 * the title, the body, and the time printed in Beijing time. Browser print CSS: A4 portrait with
 * 15 mm margins, black on white, tables that repeat their header on each page and rows that do not
 * break across pages.
 */
import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../format/time';

const CSS = `
.print-sheet { max-width: 180mm; margin: 0 auto; padding: 12mm 0; color: #000; background: #fff;
  font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; font-size: 11pt; line-height: 1.5; }
.print-sheet h1 { font-size: 18pt; text-align: center; margin: 0 0 4mm; letter-spacing: 2pt; }
.print-sheet h2 { font-size: 12pt; margin: 6mm 0 2mm; border-bottom: 1px solid #000; }
.print-sheet .print-number { text-align: right; font-size: 10pt; margin-bottom: 3mm; }
.print-sheet table { width: 100%; border-collapse: collapse; margin-bottom: 2mm; }
.print-sheet th, .print-sheet td { border: 1px solid #000; padding: 1.5mm 2mm; text-align: left; vertical-align: top; }
.print-sheet th { background: #f0f0f0; font-weight: bold; white-space: nowrap; }
.print-sheet td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.print-sheet .print-sign { display: flex; justify-content: space-between; margin-top: 12mm; }
.print-sheet .print-foot { margin-top: 6mm; font-size: 9pt; text-align: right; }
.print-toolbar { display: flex; gap: 8px; justify-content: center; padding: 12px; background: #f5f5f5; border-bottom: 1px solid #d9d9d9; }
.print-toolbar button { font-size: 14px; padding: 4px 16px; cursor: pointer; }
@media print {
  @page { size: A4 portrait; margin: 15mm; }
  body { background: #fff; }
  .print-toolbar { display: none; }
  .print-sheet { max-width: none; padding: 0; }
  .print-sheet thead { display: table-header-group; }
  .print-sheet tr { break-inside: avoid; }
}
`;

export function PrintSheet({ title, number, children }: { title: string; number?: string; children: ReactNode }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = number ? `${title} ${number}` : title;
  }, [title, number]);
  return (
    <>
      <style>{CSS}</style>
      <div className="print-toolbar" role="toolbar">
        <button type="button" onClick={() => window.print()} data-testid="print-now">
          {t('records.print')}
        </button>
        <button type="button" onClick={() => window.history.back()}>
          {t('common.back')}
        </button>
      </div>
      <main className="print-sheet" data-testid="print-sheet">
        <h1>{title}</h1>
        {number && (
          <div className="print-number" data-testid="print-number">
            {t('records.number')}：{number}
          </div>
        )}
        {children}
        <div className="print-foot">{t('records.printClaim.printedAt', { at: formatInstant(new Date().toISOString()) })}</div>
      </main>
    </>
  );
}

/** A two-column table of label/value pairs (two pairs per row). */
export function FieldTable({ rows }: { rows: Array<[string, ReactNode]> }) {
  const pairs: Array<Array<[string, ReactNode]>> = [];
  for (let i = 0; i < rows.length; i += 2) pairs.push(rows.slice(i, i + 2));
  return (
    <table>
      <tbody>
        {pairs.map((pair) => (
          <tr key={pair[0]?.[0]}>
            {pair.map(([label, value]) => [
              <th key={`${label}-l`} scope="row">
                {label}
              </th>,
              <td key={`${label}-v`} colSpan={pair.length === 1 ? 3 : 1}>
                {value}
              </td>,
            ])}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
