/**
 * Chinese (the default language) — every text the staff app shows. en.ts and any further
 * language must have the same keys (its type is `Messages`, derived from this object).
 */
import { benefitsZh } from './zh.benefits';
import { tokensZh } from './zh.tokens';
import { bindingsZh } from './zh.bindings';
import { mobileZh } from '../mobile/messages.zh';

export const zh = {
  meta: { languageName: '中文', appName: '务工', appSubtitle: '农民工就业服务平台' },
  mobile: mobileZh,
  common: {
    search: '搜索', reset: '重置', save: '保存', cancel: '取消', create: '新建', edit: '编辑', delete: '删除', back: '返回',
    confirm: '确定', close: '关闭', yes: '是', no: '否', actions: '操作', detail: '详情', refresh: '刷新', loading: '加载中…',
    none: '无', all: '全部', total: '共 {{total}} 条', saved: '已保存', done: '已完成', submit: '提交', download: '下载',
    reveal: '查看', revealHint: '查看明文将记入审计日志', copy: '复制', copied: '已复制', from: '起', to: '止', language: '语言',
    status: '状态', createdAt: '创建时间', updatedAt: '更新时间', unknown: '未知', required: '必填', fieldErrors: '请检查标红的字段',
    notAllowed: '您没有权限查看此页面', notFound: '页面不存在', goHome: '回到首页', date: '日期', reason: '原因', note: '备注',
  },
  nav: {
    home: '首页', people: '劳动力名册', enterprises: '用人单位', imports: '批量导入', regions: '行政区划', users: '账户管理',
    audit: '审计日志', policy: '政策目录', policyParameters: '政策参数', policyTry: '政策试算', policyWhatIf: '政策测算', claims: '待办申请', claimNew: '新建申请', payments: '付款管理', bindings: '绑定申请', logout: '退出登录', changePassword: '修改密码', myTokens: 'API 令牌', jurisdiction: '管辖范围：{{value}}', nationwide: '全国',
  },
  login: {
    title: '工作人员登录', username: '用户名', password: '密码', submit: '登录', usernameRequired: '请输入用户名',
    passwordRequired: '请输入密码', workerLink: '务工人员请用手机号登录 →',
  },
  password: {
    title: '修改密码', forcedHint: '这是一次性初始密码，请先设置新密码后再继续使用。', current: '当前密码', next: '新密码',
    repeat: '再次输入新密码', mismatch: '两次输入的新密码不一致', rule: '至少10位，且需包含字母和数字', changed: '密码已修改',
  },
  home: {
    welcome: '您好，{{name}}', scope: '管辖范围：{{scope}}', people: '登记劳动力', poverty: '建档立卡劳动力',
    enterprises: '用人单位', arrears: '欠薪标记单位', recentImports: '最近导入', noImports: '暂无导入记录', unavailable: '—',
  },
  roles: {
    admin: '系统管理员', county_officer: '县级经办人', township_officer: '乡镇经办人', reviewer: '复核人', auditor: '审计员',
    department: '部门用户', employer: '用人单位', worker: '劳动者',
  },
  departments: { transport: '交通运输', civil_affairs: '民政', justice: '司法', poverty_office: '乡村振兴（扶贫）', development_reform: '发展改革' },
  users: {
    title: '账户管理', create: '新建账户', username: '用户名', displayName: '姓名/名称', role: '角色', jurisdiction: '管辖范围（区划代码前缀）',
    department: '部门', disabled: '已停用', active: '正常', locked: '已锁定', mustChange: '待改初始密码', disable: '停用', enable: '启用',
    resetPassword: '重置密码', resetConfirm: '确定为该账户重置一次性密码吗？其所有会话将被注销，API 令牌将被吊销。', disableConfirm: '确定停用该账户吗？其所有会话将被注销，API 令牌将被吊销，重新启用也不会恢复。',
    oneTimeTitle: '一次性密码', oneTimeHint: '该密码只显示这一次，请当面或通过安全渠道交给本人，首次登录时须修改。',
    usernameRule: '3–64位字母、数字或 _ . @ -', jurisdictionRule: '0–9位数字；留空表示全国',
  },
  audit: {
    title: '审计日志', at: '时间', actor: '操作人', role: '角色', action: '动作', entity: '对象', entityId: '对象编号', details: '详情',
    province: '省份链', verify: '校验审计链', verifyOk: '审计链完整：{{chains}} 条链，{{entries}} 条记录', verifyBad: '发现 {{count}} 处问题',
    filterAction: '动作（如 person.created）', filterEntity: '对象类型（如 person）', filterActor: '操作人编号', requestId: '请求编号',
  },
  imports: {
    title: '批量导入', templates: '下载模板', templateHint: '请使用模板填写；身份证号码、手机号码列须为文本格式。', entity: '导入对象',
    mode: '导入方式', upload: '上传文件', uploadHint: '点击或拖入 .xlsx / .csv 文件', current: '当前导入', jobs: '导入记录',
    fileName: '文件', status: '状态', progress: '进度', processed: '已处理 {{processed}} 行', counts: '结果', report: '错误报告',
    downloadReport: '下载错误报告', noReport: '无错误', started: '已开始导入：{{name}}', select: '查看进度',
    created: '新增', unchanged: '未变', updated: '更新', conflicts: '冲突', errors: '错误', finishedAt: '完成时间',
  },
  regions: {
    title: '行政区划', root: '全国', search: '按名称、拼音首字母或代码查找', code: '代码', name: '名称', level: '层级',
    children: '下级区划', priority: '重点地区', notPriority: '不是重点地区（{{date}}）', isPriority: '重点地区（{{date}}）',
    designations: '重点地区认定', kind: '类别', validFrom: '起始日期', validTo: '截止日期', source: '依据/来源',
    add: '新增认定', close: '结束认定', closeReason: '结束原因', closed: '已结束', open: '有效', searchResults: '查找结果',
    open_: '进入', pickDivision: '选择行政区划（可输入名称或拼音首字母）',
  },
  divisionLevels: { province: '省级', prefecture: '地级', county: '县级', township: '乡级' },
  designationKinds: {
    uncapped_county_52: '52个未摘帽贫困县', sanqu_sanzhou: '三区三州', relocation_site: '易地扶贫搬迁大型安置区',
    hard_hit: '受疫情影响严重地区', revitalisation_key_county: '国家乡村振兴重点帮扶县', other: '其他',
  },
  people: {
    title: '劳动力名册', create: '登记劳动力', edit: '修改劳动力信息', searchPlaceholder: '姓名、拼音首字母（如 wxm）、身份证号码或手机号码',
    name: '姓名', namePinyin: '拼音', idNumber: '公民身份号码', sex: '性别', birthDate: '出生日期', phone: '手机号码', bankAccount: '银行账号',
    hukouCode: '户籍地', residenceCode: '常住地', employmentCode: '就业地', insuredCode: '参保地', locality: '地区', localityKind: '地区类型',
    povertyRegistered: '建档立卡', poverty: '建档立卡贫困劳动力', povertyFrom: '建档立卡起', povertyTo: '建档立卡止',
    dibao: '低保', dibaoFrom: '低保起', dibaoTo: '低保止', education: '文化程度', willingToGoOut: '有外出务工意愿',
    expectedWage: '期望月工资（元）', skills: '技能', skillsHint: '输入后回车，可填多项', basic: '基本信息', localities: '四地信息',
    assistance: '帮扶信息', history: '变更记录', records: '职业、就业与参保', occupations: '职业', employment: '就业记录', insurance: '参保记录',
    merged: '已合并', export: '导出（脱敏）', idHint: '18位，最后一位可为X', phoneHint: '11位手机号码', revealOnEdit: '修改时将显示身份证号码、手机号码和银行账号的明文，此操作记入审计日志。',
    occupationCode: '职业代码', level: '等级', enterpriseName: '单位名称', creditCode: '统一社会信用代码', divisionCode: '地区',
    startDate: '开始日期', endDate: '结束日期', monthlyWage: '月工资（元）', kind: '险种', startMonth: '起始月份', endMonth: '截止月份',
    contributionMonths: '缴费月数', totalCapped: '超过 {{total}} 条，请缩小范围', yes: '是', no: '否', ageMin: '最小年龄', ageMax: '最大年龄',
  },
  sexes: { male: '男', female: '女' },
  educations: {
    none: '未上过学', primary: '小学', junior: '初中', senior: '高中', vocational: '中专/技校', college: '大专', bachelor: '本科', postgraduate: '研究生',
  },
  insuranceKinds: { unemployment: '失业保险', pension: '养老保险', injury: '工伤保险', medical: '医疗保险' },
  enterprises: {
    title: '用人单位', create: '登记用人单位', edit: '修改用人单位', creditCode: '统一社会信用代码', name: '单位名称',
    industry: '行业', address: '详细地址', addressCode: '所在地', size: '企业规模', contactName: '联系人', contactPhone: '联系电话',
    arrears: '恶意欠薪', flagged: '已标记恶意欠薪', notFlagged: '未标记', flag: '标记恶意欠薪', unflag: '撤销标记',
    flagReason: '认定事由', flagDate: '认定日期', unflagReason: '撤销原因', arrearsBy: '标记人', history: '变更记录',
    filterName: '单位名称关键字', filterIndustry: '行业代码', filterArrears: '欠薪标记', creditCodeHint: '18位，由数字和大写字母组成（不含I、O、S、V、Z）',
    basic: '基本信息',
  },
  enterpriseSizes: { micro: '微型', small: '小型', medium: '中型', large: '大型' },
  importEntities: { people: '劳动力', enterprises: '用人单位' },
  importModes: { insert: '仅新增（已存在的记为冲突或未变）', update: '新增并更新已存在的记录' },
  importStatuses: { queued: '排队中', running: '导入中', done: '已完成', failed: '失败' },
  policy: {
    catalogue: '政策目录', programs: '政策项目', program: '项目', summary: '简介', payer: '由哪里支付', criteria: '条件', facts: '需要的信息',
    parameters: '参数', clauses: '依据条款', amount: '金额计算', values: '中间数值', version: '规则版本', illustrative: '示意值',
    illustrativeHint: '示意值仅用于演示，须由管理员按现行文件替换', asOf: '按日期', region: '地区', value: '取值', source: '来源',
    effectiveFrom: '生效日期', effectiveTo: '截止日期', recordedAt: '录入时间', origin: '来源类型', originSeed: '内置', originRecorded: '已录入',
    national: '全国', inherited: '沿用 {{region}}', noValue: '未设定', key: '参数', unit: '单位', locality: '适用地',
    whenFailing: '不符合时告知', exception: '例外', inferred: '待核实', all: '同时满足以下全部条件', any: '满足以下任一条件', not: '不得满足以下条件',
    paramAdmin: '参数管理', addValue: '录入新取值', addHint: '参数只增不改：更正请录入同一生效日期的新记录，历史保留。', addedOk: '已录入',
    regionHint: '留空为全国；否则填2、4或6位区划代码', valueHint: '金额以“分”为单位；日期为YYYY-MM-DD', filterKey: '按参数筛选', filterRegion: '按地区筛选',
    tryIt: '政策试算', tryHint: '选择项目和日期，填写信息，查看逐条判断与依据。', evaluate: '试算', eligible: '符合条件', notEligible: '不符合条件',
    payable: '可发放金额', months: '月数', monthly: '每月', instalment: '期次', passed: '通过', failed: '未通过', via: '依例外：{{label}}',
    factsUsed: '使用的信息', parametersUsed: '使用的参数', citations: '引用条款', messages: '说明', yuan: '{{amount}} 元',
    whatIf: '政策测算', whatIfHint: '设定参数的假设取值，测算辖区内登记人员按地区的新增、减少符合人数和资金变化。不改动任何数据。',
    overrides: '假设的参数取值', addOverride: '添加一项', assume: '登记信息中没有的项目按以下假设', level: '汇总层级', run: '开始测算',
    levels: { province: '省', prefecture: '市', county: '县' }, people: '人次', gaining: '新增符合', losing: '不再符合', baseCost: '现行资金', scenarioCost: '测算资金',
    delta: '资金变化', total: '合计', loaded: '共读取 {{count}} 名登记人员', allPrograms: '全部项目',
  },
  benefits: benefitsZh,
  tokens: tokensZh,
  bindings: bindingsZh,
};

/** The shape every language's resources must have. */
export type Messages = typeof zh;
