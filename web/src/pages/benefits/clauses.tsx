/** Clause citations: a tag that shows the clause text on hover and jumps to it, and the list of cited clauses in full. */
import { Card, Popover, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listClauses, type Clause } from '../../api/benefits';
import { useBilingual } from '../policy/bilingual';

function useClauses(): Map<string, Clause> {
  const q = useQuery({ queryKey: ['policy', 'clauses'], queryFn: listClauses, staleTime: Infinity });
  return new Map((q.data?.items ?? []).map((c) => [c.id, c]));
}

const anchorOf = (id: string) => `clause-${id.replace(/[^A-Za-z0-9-]/g, '_')}`;

/** A citation: hover for the clause text, click to scroll to it in the clause list. */
export function ClauseLink({ id }: { id: string }) {
  const bi = useBilingual();
  const clause = useClauses().get(id);
  const tag = (
    <a
      href={`#${anchorOf(id)}`}
      onClick={(e) => {
        e.preventDefault();
        document.getElementById(anchorOf(id))?.scrollIntoView({ behavior: 'smooth' });
      }}
    >
      <Tag color="blue" style={{ cursor: 'pointer' }} data-testid="clause-link">
        {id}
      </Tag>
    </a>
  );
  if (!clause) return tag;
  return (
    <Popover title={`${id} · ${bi(clause.document)}`} content={<div style={{ maxWidth: 420 }}>{bi(clause.summary)}</div>}>
      {tag}
    </Popover>
  );
}

/** The full text of every clause the decision cites. */
export function CitedClauses({ ids }: { ids: string[] }) {
  const { t } = useTranslation();
  const bi = useBilingual();
  const clauses = useClauses();
  return (
    <Card size="small" title={t('benefits.clauses')} data-testid="claim-clauses">
      {ids.map((id) => {
        const c = clauses.get(id);
        return (
          <div key={id} id={anchorOf(id)} style={{ marginBottom: 8 }}>
            <Tag color="blue">{id}</Tag>
            {c ? (
              <>
                <Typography.Text strong>{bi(c.document)}</Typography.Text>{' '}
                <Typography.Text type="secondary">{t('benefits.validFrom', { date: c.validFrom })}</Typography.Text>
                <div style={{ paddingLeft: 8 }}>{bi(c.summary)}</div>
              </>
            ) : (
              <Typography.Text type="secondary">{t('common.unknown')}</Typography.Text>
            )}
          </div>
        );
      })}
    </Card>
  );
}
