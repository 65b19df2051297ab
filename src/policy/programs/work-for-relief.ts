/** 以工代赈: the labour-compensation rule for work-for-relief projects (O61-2.2; 30% from the WFR-2022 date). */
import { C, t, type Program } from '../criteria.js';
import { E } from '../expr.js';

/**
 * A project rule, not a payment: compliant when labour compensation reaches the share of project
 * funds in force on the day the project was approved (a fact of the project; the share is a dated
 * parameter: 15%, then 30% from the 2022 notice), so a project approved under the 15% rule is not
 * judged by the later 30%. The amount is the least labour compensation the project must pay.
 */
export const workForRelief: Program = {
  id: 'work-for-relief',
  name: t('以工代赈项目劳务报酬占比', 'Work-for-relief labour-compensation share'),
  summary: t(
    '以工代赈项目劳务报酬占项目资金的比例不低于规定比例（15%，2022年通知起30%），并吸纳当地群众务工。',
    'Work-for-relief projects pay labour compensation of at least the set share of funds (15%, 30% from the 2022 notice) and employ local people.',
  ),
  subject: 'project',
  payer: 'project',
  values: [
    {
      name: 'share',
      label: t('劳务报酬最低占比（万分比，按批复日）', 'least labour share (basis points, on the approval date)'),
      unit: 'count',
      expr: E.paramOn('wfr.labourShareBp', 'projectApprovalDate'),
    },
    {
      name: 'required',
      label: t('劳务报酬最低金额', 'least labour compensation'),
      unit: 'fen',
      expr: E.mulBp(E.fact('projectFundsFen'), E.ref('share'), 'up'),
    },
    { name: 'shortfall', label: t('差额', 'shortfall'), unit: 'fen', expr: E.max(0, E.sub(E.ref('required'), E.fact('projectLabourFen'))) },
  ],
  criteria: C.all(
    'eligible',
    {
      label: t('项目符合以工代赈要求', 'The project meets the work-for-relief rule'),
      clause: 'O61-2.2',
      fail: t('项目不符合以工代赈的要求。', 'The project does not meet the work-for-relief rule.'),
    },
    C.check(
      'approved',
      {
        label: t('项目已批复', 'The project is approved'),
        clause: 'O61-2.2',
        fail: t(
          '项目批复日期晚于判定日期，项目尚未批复。',
          'The approval date is after the date of this decision: the project is not approved yet.',
        ),
        shows: [{ name: 'approved', label: t('批复日期', 'approved on'), kind: 'date', expr: E.date('projectApprovalDate') }],
        detail: t('批复日期为{approved}。', 'Approval date: {approved}.'),
      },
      E.le(E.date('projectApprovalDate'), E.asOf()),
    ),
    C.check(
      'has-funds',
      { label: t('项目资金大于零', 'The project has funds'), clause: 'O61-2.2', fail: t('项目资金未填写。', 'Project funds are missing.') },
      E.gt(E.fact('projectFundsFen'), 0),
    ),
    C.check(
      'labour-share',
      {
        label: t('劳务报酬达到规定比例', 'Labour compensation reaches the share'),
        clause: 'O61-2.2',
        fail: t('劳务报酬低于规定比例，需要提高。', 'Labour compensation is below the required share.'),
        shows: [
          { name: 'approved', label: t('批复日期', 'approved on'), kind: 'date', expr: E.date('projectApprovalDate') },
          { name: 'share', label: t('最低占比', 'least share'), kind: 'percent', expr: E.ref('share') },
          { name: 'since', label: t('该比例执行起始日', 'share in force since'), kind: 'date', since: 'wfr.labourShareBp' },
          { name: 'funds', label: t('项目资金', 'project funds'), kind: 'fen', expr: E.fact('projectFundsFen') },
          { name: 'required', label: t('劳务报酬最低金额', 'least labour compensation'), kind: 'fen', expr: E.ref('required') },
          { name: 'labour', label: t('劳务报酬', 'labour compensation'), kind: 'fen', expr: E.fact('projectLabourFen') },
          { name: 'shortfall', label: t('差额', 'shortfall'), kind: 'fen', expr: E.ref('shortfall') },
        ],
        detail: t(
          '项目于{approved}批复，适用劳务报酬占比不低于{share}的规定（{since}起执行）：项目资金{funds}，劳务报酬应不少于{required}，现为{labour}，还差{shortfall}。',
          'Approved on {approved}, the project falls under the rule of at least {share} (in force since {since}): of {funds} in funds, labour compensation must be at least {required}; it is {labour}, short by {shortfall}.',
        ),
      },
      E.ge(E.fact('projectLabourFen'), E.ref('required')),
    ),
    C.check(
      'local-workers',
      {
        label: t('吸纳当地群众务工', 'Employs local people'),
        clause: 'O61-4.2',
        fail: t('项目需要吸纳当地群众务工。', 'The project must employ local people.'),
        shows: [
          { name: 'workers', label: t('吸纳当地群众人数', 'local people employed'), kind: 'count', expr: E.fact('projectLocalWorkers') },
        ],
        detail: t('吸纳当地群众{workers}人，至少需要1人。', '{workers} local people employed; at least 1 is needed.'),
      },
      E.ge(E.fact('projectLocalWorkers'), 1),
    ),
  ),
  amount: E.ref('required'),
  eligibleMessage: t(
    '项目符合以工代赈要求，劳务报酬不得低于{amount}元。',
    'The project complies; labour compensation must be at least ¥{amount}.',
  ),
};
