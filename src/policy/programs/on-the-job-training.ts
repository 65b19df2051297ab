/** 以工代训: on-the-job training subsidy to employers, per worker-month, capped (O61-1.1, O61-3.3, OJT-2020). */
import { C, t, type Program } from '../criteria.js';
import { E } from '../expr.js';
import { rateSet, windowShown } from './common.js';

/** The employer's claim for one worker; paid by the place of employment. */
export const onTheJobTraining: Program = {
  id: 'on-the-job-training',
  name: t('以工代训补贴', 'On-the-job training subsidy'),
  summary: t(
    '政策期内，中小微企业或受疫情影响较大行业的企业，吸纳或留用职工并开展以工代训的，按人按月给予补贴，每人最长6个月。',
    'During the window, SMEs or firms in hard-hit sectors that hire or keep workers and train them on the job receive a subsidy per worker-month, up to 6 months per worker.',
  ),
  subject: 'employer',
  payer: 'employment',
  values: [
    { name: 'rate', label: t('每人每月标准', 'per worker-month'), unit: 'fen', expr: E.param('ojt.perWorkerMonthFen') },
    {
      name: 'monthsLeft',
      label: t('本次可申领月数', 'months claimable now'),
      unit: 'months',
      expr: E.max(0, E.sub(E.min(E.fact('onJobTrainingMonths'), E.param('ojt.maxMonths')), E.fact('onJobMonthsClaimed'))),
    },
  ],
  criteria: C.all(
    'eligible',
    {
      label: t('企业可以申领以工代训补贴', 'The employer can claim'),
      clause: 'O61-1.1',
      fail: t('暂不符合以工代训补贴的条件。', 'The conditions for the on-the-job training subsidy are not met.'),
    },
    C.check(
      'in-window',
      {
        label: t('在政策执行期内', 'Within the policy window'),
        clause: 'OJT-2020',
        fail: t('以工代训补贴不在执行期内。', 'The subsidy is not available on this date.'),
        ...windowShown('ojt.windowStart', 'ojt.windowEnd'),
      },
      E.within('ojt.windowStart', 'ojt.windowEnd'),
    ),
    C.any(
      'employer-eligible',
      {
        label: t('中小微企业或受影响较大行业企业', 'An SME or a firm in a hard-hit sector'),
        clause: 'O61-1.1',
        fail: t('大型企业需属于受疫情影响较大的行业。', 'A large firm must be in a hard-hit sector.'),
      },
      C.check(
        'sme',
        { label: t('中小微企业', 'Small, medium or micro firm'), clause: 'OJT-2020', fail: t('不是中小微企业。', 'Not an SME.') },
        E.is('employerSize', 'micro', 'small', 'medium'),
      ),
      C.check(
        'hard-hit',
        {
          label: t('受疫情影响较大行业', 'Hard-hit sector'),
          clause: 'O61-1.1',
          fail: t('不属于受影响较大的行业。', 'Not a hard-hit sector.'),
        },
        E.flag('employerHardHit'),
      ),
    ),
    C.check(
      'worker-employed',
      {
        label: t('职工在岗', 'The worker is employed'),
        clause: 'O61-1.1',
        fail: t('该职工目前不在岗。', 'The worker is not employed now.'),
      },
      E.flag('employedNow'),
    ),
    C.check(
      'insured-by-employer',
      {
        label: t('企业为职工缴纳失业保险', 'The employer insures the worker'),
        clause: 'OJT-2020',
        fail: t('企业需为该职工缴纳失业保险费。', 'The employer must pay unemployment insurance for the worker.'),
      },
      E.flag('employerPaidInsurance'),
    ),
    C.check(
      'plan-filed',
      {
        label: t('已备案以工代训计划', 'Training plan filed'),
        clause: 'O61-3.3',
        fail: t('请先向人社部门备案以工代训计划。', 'File the on-the-job training plan with the bureau first.'),
      },
      E.flag('trainingPlanFiled'),
    ),
    C.check(
      'months-left',
      {
        label: t('尚有可申领月数', 'Months left to claim'),
        clause: 'OJT-2020',
        fail: t('该职工的补贴已领满最长月数。', 'The most months for this worker have been claimed.'),
      },
      E.gt(E.ref('monthsLeft'), 0),
    ),
    rateSet('rate', 'OJT-2020'),
  ),
  amount: E.mul(E.ref('rate'), E.ref('monthsLeft')),
  months: E.ref('monthsLeft'),
  monthlyFen: E.ref('rate'),
  eligibleMessage: t(
    '企业可申领以工代训补贴：每月{monthly}元，{months}个月，合计{amount}元。',
    'The employer can claim ¥{monthly} a month for {months} months, ¥{amount} in all.',
  ),
};
