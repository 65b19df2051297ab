/** A cited clause: its id as a tag, the document and summary on hover (and as the accessible title). */
import { Tag, Tooltip } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { listPolicyClauses } from '../../api/policy';
import { useBilingual } from './bilingual';
import { WORDS } from './words';

export function ClauseTag({ id, notInForce }: { id: string; notInForce?: boolean }) {
  const bi = useBilingual();
  const clauses = useQuery({ queryKey: ['policy', 'clauses-titles'], queryFn: listPolicyClauses, staleTime: Infinity });
  const c = clauses.data?.items.find((x) => x.id === id);
  const title = c ? `${bi(c.document)}：${bi(c.summary)}` : id;
  return (
    <Tooltip title={notInForce ? `${title}（${bi(WORDS.notInForce)}）` : title}>
      <Tag
        color={notInForce ? 'default' : 'blue'}
        aria-label={title}
        data-clause={id}
        tabIndex={0}
        style={notInForce ? { textDecoration: 'line-through' } : undefined}
      >
        {id}
      </Tag>
    </Tooltip>
  );
}
