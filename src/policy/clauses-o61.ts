/**
 * The clauses of 人社部发〔2020〕61号 as data (POLICY.md). Ids are the project's own and stable:
 * every decision cites them.
 */
import type { Bilingual } from './types.js';

/** The body of a clause; the id is its key in the table. */
export interface ClauseBody {
  document: Bilingual;
  summary: Bilingual;
  validFrom: string;
  validTo?: string;
  /** True when the exact wording or date was not confirmed from the original text (keep it configurable). */
  inferred?: boolean;
}

const O61_DOC: Bilingual = {
  zh: '人力资源社会保障部 国家发展改革委等十五部门关于做好当前农民工就业创业工作的意见（人社部发〔2020〕61号）',
  en: 'Opinions of MOHRSS, NDRC and thirteen other departments on the employment and entrepreneurship of migrant workers (Ren She Bu Fa [2020] No. 61)',
};

function o61(zh: string, en: string): ClauseBody {
  return { document: O61_DOC, summary: { zh, en }, validFrom: '2020-08-06' };
}

/** O61-1.1 … O61-5.3. */
export const O61_CLAUSES = {
  'O61-1.1': o61(
    '稳定现有就业岗位：减税降费、失业保险稳岗返还、以工代训补贴，支持外贸企业和住宿餐饮、批发零售、文化旅游、家政服务等行业。',
    'Stabilise existing jobs: tax and fee cuts, job-retention refunds, on-the-job training subsidies; support for foreign trade, hospitality, retail, culture, tourism and domestic services.',
  ),
  'O61-1.2': o61(
    '创造更多就业岗位：优先吸纳就业能力强的基础设施项目，发展生活服务业和劳动密集型产业。',
    'Create jobs: favour labour-intensive infrastructure projects and life-service industries.',
  ),
  'O61-1.3': o61(
    '支持灵活就业：城镇居民与农民工同等适用；建设零工市场和企业用工余缺调剂平台；支持新就业形态。',
    'Flexible work: equal support for urban residents and migrant workers; gig markets and a platform to share surplus staff; new forms of work.',
  ),
  'O61-2.1': o61(
    '发展乡村特色产业，把带动就业作为创建农业产业园的重要条件。',
    'Grow local rural industries; employment counts when creating agricultural parks.',
  ),
  'O61-2.2': o61(
    '加强农村中小型基础设施建设和灾后恢复重建，扩大以工代赈投资规模，劳务报酬占项目资金比例不低于15%。',
    'Small rural infrastructure and rebuilding; work-for-relief with labour compensation at least 15% of project funds.',
  ),
  'O61-2.3': o61(
    '返乡入乡农民工首次创业并正常经营1年以上的给予一次性创业补贴；正常经营6个月以上的可先行申领50%。',
    'A one-time start-up subsidy for returning or incoming migrant workers starting their first business: full after one year of normal operation, 50% in advance after six months.',
  ),
  'O61-3.1': o61(
    '畅通就业求助渠道，建立动态更新的岗位储备和多方联动的快速响应机制。',
    'Channels for employment help; a dynamic job reserve and a rapid-response mechanism.',
  ),
  'O61-3.2': o61(
    '失业农民工可在户籍地、常住地、就业地、参保地进行失业登记。',
    'Unemployed migrant workers may register at their hukou place, residence, place of work or insured place.',
  ),
  'O61-3.3': o61(
    '开展以工代训、订单式定向培训、急需紧缺职业专项培训、转岗转业培训和创业培训，农民工可在培训地享受职业培训补贴。',
    'On-the-job, order-based, urgent-occupation, job-conversion and entrepreneurship training; the training subsidy is paid where the training takes place.',
  ),
  'O61-3.4': o61('高职扩招中单列农民工招生计划。', 'Separate enrolment plans for migrant workers in higher vocational colleges.'),
  'O61-3.5': o61('依法严厉打击恶意欠薪，为农民工提供法律援助。', 'Crack down on malicious wage arrears; legal aid for migrant workers.'),
  'O61-3.6': o61('及时为失业农民工发放失业保险待遇。', 'Pay unemployment-insurance benefits to unemployed migrant workers in time.'),
  'O61-3.7': o61(
    '对符合条件的未参保失业、未纳入低保范围的农民工等人员，由就业地或常住地发放一次性临时救助金。',
    'A one-time temporary relief for eligible uninsured unemployed people not covered by subsistence allowance, paid by the place of work or residence.',
  ),
  'O61-4.1': o61(
    '优先组织贫困劳动力有序外出务工，鼓励企业优先留用，失业贫困劳动力优先转岗；今年外出务工规模不低于去年。',
    "Organise outbound work for poor labourers first; encourage retention; priority for new jobs; this year's outbound scale not below last year's.",
  ),
  'O61-4.2': o61(
    '通过项目建设、以工代赈、扶贫龙头企业和扶贫车间提供就近就业；统筹用好乡村公益性岗位。',
    'Nearby jobs through projects, work-for-relief, leading firms and workshops; rural public-welfare posts.',
  ),
  'O61-4.3': o61(
    '把52个未摘帽贫困县、“三区三州”、易地扶贫搬迁大型安置区和湖北等受疫情影响较重地区作为重中之重。',
    'Priority areas: the 52 uncapped counties, the three regions and three prefectures, large relocation sites, Hubei.',
  ),
  'O61-5.1': o61(
    '各地把农民工就业创业作为稳就业保居民就业的重点，健全公共就业服务体系，统筹用好资金。',
    'Local governments make it a priority, improve public employment services and plan the funds.',
  ),
  'O61-5.2': o61(
    '城镇建设用地增加规模与吸纳农民工就业数量挂钩。',
    'Urban construction land increases take migrant-worker employment into account.',
  ),
  'O61-5.3': o61('保障农民工平等享受就业服务政策。', 'Migrant workers have equal access to employment-service policies.'),
} satisfies Record<string, ClauseBody>;
