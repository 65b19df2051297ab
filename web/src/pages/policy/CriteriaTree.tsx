/** A program's criteria as a nested list in plain language, each with its clause. */
import { Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useTranslation } from 'react-i18next';
import type { CatalogueCriterion } from '../../api/policy';
import { useBilingual } from './bilingual';

export function CriteriaTree({ root }: { root: CatalogueCriterion }) {
  const { t } = useTranslation();
  const bi = useBilingual();
  const node = (c: CatalogueCriterion): DataNode => ({
    key: c.id,
    title: (
      <span>
        <Typography.Text strong>{bi(c.label)}</Typography.Text> <Tag color="blue">{c.clause}</Tag>
        {c.kind !== 'check' && <Typography.Text type="secondary">{t(`policy.${c.kind}`)}</Typography.Text>}
        {c.rule && (
          <div>
            <Typography.Text type="secondary">{bi(c.rule)}</Typography.Text>
          </div>
        )}
        {c.exceptions?.map((x) => (
          <div key={x.id}>
            <Tag color="gold">{t('policy.exception')}</Tag>
            {bi(x.label)}：{bi(x.rule)} <Tag color="blue">{x.clause}</Tag>
          </div>
        ))}
        {c.kind === 'check' && (
          <div>
            <Typography.Text type="warning">
              {t('policy.whenFailing')}：{bi(c.whenFailing)}
            </Typography.Text>
          </div>
        )}
      </span>
    ),
    children: c.children?.map(node),
  });
  return <Tree treeData={[node(root)]} defaultExpandAll selectable={false} showLine blockNode />;
}
