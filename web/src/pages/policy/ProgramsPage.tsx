/** The policy catalogue: every program with a summary, its payer and the clauses it rests on. */
import { Card, Table, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { listPrograms, type CatalogueProgram } from '../../api/policy';
import { QueryError } from '../../components/QueryError';
import { useBilingual } from './bilingual';

export function ProgramsPage() {
  const { t } = useTranslation();
  const bi = useBilingual();
  const q = useQuery({ queryKey: ['policy', 'programs'], queryFn: listPrograms });
  if (q.error && !q.data) return <QueryError error={q.error} />;
  return (
    <Card title={t('policy.catalogue')}>
      <Table<CatalogueProgram>
        rowKey="id"
        loading={q.isPending}
        dataSource={q.data?.items ?? []}
        pagination={false}
        data-testid="policy-programs"
        columns={[
          { title: t('policy.program'), key: 'name', render: (_: unknown, p) => <Link to={`/policy/programs/${p.id}`}>{bi(p.name)}</Link> },
          { title: t('policy.summary'), key: 'summary', render: (_: unknown, p) => bi(p.summary) },
          { title: t('policy.payer'), key: 'payer', width: 160, render: (_: unknown, p) => bi(p.payer) },
          {
            title: t('policy.clauses'),
            key: 'clauses',
            width: 220,
            render: (_: unknown, p) =>
              p.clauses.map((c) => (
                <Tag key={c.id} color="blue">
                  {c.id}
                </Tag>
              )),
          },
        ]}
      />
    </Card>
  );
}
