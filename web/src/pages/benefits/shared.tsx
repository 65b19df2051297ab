/** Small pieces the claims and payments pages share: status tags, program names, a person's name, numbers, instalments, exports. */
import { useState } from 'react';
import { Button, Space, Tag, Typography } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listPrograms, yuan } from '../../api/policy';
import { getPerson } from '../../api/people';
import { downloadSheet, type ClaimStatus, type EntryStatus } from '../../api/benefits';
import { useApiErrorHandler } from '../../api/errors';
import { useBilingual } from '../policy/bilingual';

const CLAIM_COLORS: Record<ClaimStatus, string> = {
  submitted: 'processing',
  township_approved: 'processing',
  approved: 'cyan',
  paid: 'success',
  refused: 'error',
  reconsideration_requested: 'warning',
  refused_final: 'default',
};
const ENTRY_COLORS: Record<EntryStatus, string> = {
  pending: 'default',
  batched: 'processing',
  paid: 'success',
  failed: 'error',
  reversed: 'warning',
};

export function ClaimStatusTag({ status }: { status: ClaimStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={CLAIM_COLORS[status]} data-testid="claim-status">
      {t(`benefits.statuses.${status}`)}
    </Tag>
  );
}

export function EntryStatusTag({ status }: { status: EntryStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={ENTRY_COLORS[status]} data-testid="entry-status">
      {t(`benefits.entryStatuses.${status}`)}
    </Tag>
  );
}

/** Integer fen shown as yuan in the current language's words. */
export function Money({ fen }: { fen: number }) {
  const { t } = useTranslation();
  return <span style={{ whiteSpace: 'nowrap' }}>{t('benefits.yuan', { amount: yuan(fen) })}</span>;
}

/** Program id → its name in the current language (the catalogue is cached). */
export function useProgramName(): (id: string) => string {
  const bi = useBilingual();
  const programs = useQuery({ queryKey: ['policy', 'programs'], queryFn: listPrograms, staleTime: 300_000 });
  return (id: string) => {
    const p = programs.data?.items.find((x) => x.id === id);
    return p ? bi(p.name) : id;
  };
}

/** Program choices for a select. */
export function useProgramOptions(): { value: string; label: string }[] {
  const bi = useBilingual();
  const programs = useQuery({ queryKey: ['policy', 'programs'], queryFn: listPrograms, staleTime: 300_000 });
  return (programs.data?.items ?? []).map((p) => ({ value: p.id, label: bi(p.name) }));
}

/** A person's name (masked record) linking to their page; the id while loading or when not visible. */
export function PersonName({ id }: { id: string }) {
  const person = useQuery({ queryKey: ['people', 'one', id], queryFn: () => getPerson(id), staleTime: 60_000, retry: false });
  if (!person.data) return <Typography.Text type="secondary">{id.slice(0, 8)}</Typography.Text>;
  return <Link to={`/people/${id}`}>{person.data.name}</Link>;
}

/** The first block of an id, enough to tell claims apart on a screen. */
export function shortId(id: string): string {
  return id.slice(0, 8);
}

/** An ISO instant in local time, to the minute. */
export function formatInstant(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The name and masked ID number a list row carries (the server reads them in one query per page). */
export function PersonLabel({ id, person }: { id: string; person?: { name: string; idNumberMasked: string } | undefined }) {
  if (!person) return <PersonName id={id} />;
  return (
    <Space direction="vertical" size={0}>
      <Link to={`/people/${id}`} data-testid="person-name">
        {person.name}
      </Link>
      <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
        {person.idNumberMasked}
      </Typography.Text>
    </Space>
  );
}

/** A readable record number (都安-2026-000123), linking to the record when a path is given. */
export function RecordNumber({ number, to }: { number: string; to?: string }) {
  const text = <span style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>{number}</span>;
  return to ? (
    <Link to={to} data-testid="record-number">
      {text}
    </Link>
  ) : (
    text
  );
}

/** An instalment in words: 首期（预拨）, 余额, 一次性, or a month (2026年3月). */
export function useInstalmentText(): (instalment: string) => string {
  const { t } = useTranslation();
  return (instalment: string) => {
    if (instalment === 'advance' || instalment === 'balance' || instalment === 'once') return t(`records.instalments.${instalment}`);
    const m = /^(\d{4})-(\d{2})$/.exec(instalment);
    return m ? t('records.month', { year: m[1], month: Number(m[2]) }) : instalment;
  };
}

/** "Export to Excel" for a list: the same filters as the list, the server names the file. */
export function ExportButton({ path, name, query }: { path: string; name: string; query?: Record<string, string | undefined> }) {
  const { t } = useTranslation();
  const onError = useApiErrorHandler();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      icon={<FileExcelOutlined />}
      loading={busy}
      data-testid="export-xlsx"
      onClick={() => {
        setBusy(true);
        downloadSheet(path, `${name}.xlsx`, query)
          .catch(onError)
          .finally(() => setBusy(false));
      }}
    >
      {t('records.export')}
    </Button>
  );
}
