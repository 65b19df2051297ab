/** One assistance case: who, the plan and its standing, the steps, and what the officer can do next. */
import { Alert, Card, Descriptions, Space, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getCase } from '../../api/assistance';
import { QueryError } from '../../components/QueryError';
import { PlaceName } from '../../components/PlaceName';
import { useAuth } from '../../auth/AuthContext';
import { priorityColour } from './CasesPage';
import { CasePlan, CaseSteps } from './CasePlan';
import { StepForm } from './StepForm';
import { CategoriesForm } from './CategoriesForm';
import { CaseReferrals } from './CaseReferrals';
import { CaseBenefits } from './CaseBenefits';

export function CasePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { can } = useAuth();
  const one = useQuery({ queryKey: ['assistance', 'case', id], queryFn: () => getCase(id), retry: false });
  if (one.error && !one.data) return <QueryError error={one.error} />;
  const c = one.data;
  if (!c) return null;
  const open = c.status === 'open';
  const mayWork = open && can('assistance.work');
  const categories = [...c.derivedCategories, ...c.recordedCategories];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={`${t('assistance.title')} ${c.registrationNumber}`}
        extra={<Link to={`/unemployment/${c.id}`}>{t('assistance.registration')}</Link>}
      >
        <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
          <Descriptions.Item label={t('assistance.name')}>
            <Link to={`/people/${c.personId}`}>{c.personName}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('assistance.idNumber')}>{c.idNumberMasked}</Descriptions.Item>
          <Descriptions.Item label={t('assistance.region')}>
            <PlaceName code={c.region} />
          </Descriptions.Item>
          <Descriptions.Item label={t('assistance.openedOn')}>{c.openedOn}</Descriptions.Item>
          <Descriptions.Item label={t('assistance.status')}>
            <Tag color={open ? 'blue' : 'default'}>{t(`assistance.statuses.${c.status}`)}</Tag>
            {c.closedOn ? `${c.closedOn} ` : ''}
            {c.closeReason === 'employed' || c.closeReason === 'deregistered' ? t(`assistance.closeReasons.${c.closeReason}`) : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('assistance.priority')}>
            <Tag color={priorityColour[c.priority]} data-testid="case-priority">
              {t(`assistance.priorities.${c.priority}`)}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('assistance.categories')} span={2}>
            {categories.length === 0
              ? t('assistance.noCategories')
              : categories.map((k) => (
                  <Tag key={k} color={c.derivedCategories.includes(k) ? 'orange' : 'gold'}>
                    {t(`assistance.categoryNames.${k}`)}
                    {c.derivedCategories.includes(k) ? `（${t('assistance.derivedNote')}）` : ''}
                  </Tag>
                ))}
          </Descriptions.Item>
        </Descriptions>
        {!open && <Alert style={{ marginTop: 12 }} type="info" showIcon message={t('assistance.closed')} />}
      </Card>
      <CasePlan c={c} />
      {mayWork && <StepForm c={c} />}
      <CaseSteps c={c} />
      {mayWork && <CaseReferrals c={c} />}
      {mayWork && <CategoriesForm c={c} />}
      <CaseBenefits id={c.id} />
    </Space>
  );
}
