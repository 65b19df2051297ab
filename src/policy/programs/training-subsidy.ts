/** 职业培训补贴: vocational training subsidy, paid where the training takes place (O61-3.3, VST-2019). */
import { C, t, type Program } from '../criteria.js';
import { E } from '../expr.js';
import { rateSet } from './common.js';

const level = E.fact('certificateLevel');
const levelAmount = E.if(
  E.eq(level, 1),
  E.param('training.level1Fen'),
  E.if(
    E.eq(level, 2),
    E.param('training.level2Fen'),
    E.if(
      E.eq(level, 3),
      E.param('training.level3Fen'),
      E.if(E.eq(level, 4), E.param('training.level4Fen'), E.if(E.eq(level, 5), E.param('training.level5Fen'), 0)),
    ),
  ),
);

/** One subsidy per certificate: by level 5..1, special-skill certificate, or SYB entrepreneurship training. */
export const trainingSubsidy: Program = {
  id: 'training-subsidy',
  name: t('职业培训补贴', 'Vocational training subsidy'),
  summary: t(
    '参加以工代训、订单式定向、急需紧缺职业、转岗转业或创业培训并取得证书的，在培训地按证书等级领取补贴；每人每年不超过3次，同一职业同一等级不重复享受。',
    'After on-the-job, order-based, urgent-occupation, job-conversion or entrepreneurship training with a certificate, the training place pays by certificate level; at most three a year, never twice for the same occupation and level.',
  ),
  subject: 'person',
  payer: 'training',
  values: [
    {
      name: 'rate',
      label: t('按证书确定的补贴标准', 'amount for the certificate'),
      unit: 'fen',
      expr: E.if(
        E.is('certificateKind', 'syb'),
        E.param('training.sybFen'),
        E.if(
          E.is('certificateKind', 'specialSkill'),
          E.param('training.specialSkillFen'),
          E.if(E.is('certificateKind', 'vocationalLevel'), levelAmount, 0),
        ),
      ),
    },
    {
      name: 'deadline',
      label: t('申领截止日期', 'last day to claim'),
      unit: 'date',
      expr: E.addMonths(E.date('certificateDate'), E.param('training.claimWindowMonths')),
    },
  ],
  criteria: C.all(
    'eligible',
    {
      label: t('可以领取职业培训补贴', 'Can receive the training subsidy'),
      clause: 'O61-3.3',
      fail: t('暂不符合职业培训补贴的条件。', 'You do not meet the conditions for the training subsidy.'),
    },
    C.check(
      'has-certificate',
      {
        label: t('取得了可补贴的证书', 'Obtained a certificate that carries a subsidy'),
        clause: 'O61-3.3',
        fail: t(
          '培训后需取得职业技能等级证书、专项职业能力证书或创业培训合格证书。',
          'You need a skill-level, special-skill or entrepreneurship certificate.',
        ),
      },
      E.or(
        E.and(E.is('certificateKind', 'vocationalLevel'), E.ge(level, 1), E.le(level, 5)),
        E.is('certificateKind', 'specialSkill', 'syb'),
      ),
    ),
    C.check(
      'certificate-matches',
      {
        label: t('证书与培训类型相符', 'The certificate fits the training'),
        clause: 'O61-3.3',
        fail: t(
          '创业培训对应创业培训合格证书，其他培训对应技能证书。',
          'Entrepreneurship training goes with an SYB certificate; other training with a skill certificate.',
        ),
      },
      E.or(
        E.and(E.is('certificateKind', 'syb'), E.is('trainingKind', 'entrepreneurship')),
        E.and(E.not(E.is('certificateKind', 'syb')), E.not(E.is('trainingKind', 'entrepreneurship'))),
      ),
    ),
    C.check(
      'certificate-obtained',
      {
        label: t('证书已经取得', 'The certificate has been issued'),
        clause: 'O61-3.3',
        fail: t('证书日期晚于申请日期。', 'The certificate date is after the claim date.'),
      },
      E.le(E.date('certificateDate'), E.asOf()),
    ),
    C.check(
      'claim-in-time',
      {
        label: t('在规定期限内申领', 'Claimed in time'),
        clause: 'O61-3.3',
        fail: t('已超过取得证书后的申领期限。', 'The time to claim after the certificate has passed.'),
      },
      E.le(E.asOf(), E.ref('deadline')),
    ),
    C.check(
      'yearly-limit',
      {
        label: t('本年度享受次数未超上限', 'Under the yearly limit'),
        clause: 'VST-2019',
        fail: t('本年度享受培训补贴的次数已满。', 'You have had the most training subsidies allowed this year.'),
      },
      E.lt(E.fact('trainingSubsidiesThisYear'), E.param('training.yearlyLimit')),
    ),
    C.check(
      'no-repeat',
      {
        label: t('同一职业同一等级未享受过', 'Not yet subsidised for this occupation and level'),
        clause: 'VST-2019',
        fail: t('同一职业同一等级的培训补贴只能享受一次。', 'The same occupation and level is subsidised only once.'),
      },
      E.not(E.flag('sameOccupationLevelSubsidised')),
    ),
    rateSet('rate', 'O61-3.3'),
  ),
  amount: E.ref('rate'),
  eligibleMessage: t('您可以在培训地领取职业培训补贴{amount}元。', 'You can receive a training subsidy of ¥{amount} where you trained.'),
};
