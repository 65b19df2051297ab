/**
 * The one registry of stable error codes, with HTTP status and bilingual messages. This file holds the
 * codes every module shares (requests, sign-in, identity, the kernel); a module defines its own codes
 * in `<module>.errors.ts` with `defineErrors` and declares them on `ModuleErrorCodes` (decision 142),
 * so a code is still defined once and a second definition with other words fails at start-up.
 */
export interface ErrorSpec {
  status: number;
  zh: string;
  en: string;
}

const catalogue = {
  validation_failed: { status: 400, zh: '请求数据不符合要求', en: 'The request data is invalid' },
  bad_request: { status: 400, zh: '请求格式错误', en: 'Malformed request' },
  unauthenticated: { status: 401, zh: '请先登录', en: 'Please sign in' },
  invalid_credentials: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  account_locked: {
    status: 423,
    zh: '登录失败次数过多，账户已暂时锁定',
    en: 'Too many failed sign-ins; the account is locked for a while',
  },
  account_disabled: { status: 403, zh: '账户已停用', en: 'The account is disabled' },
  password_change_required: { status: 403, zh: '请先修改初始密码', en: 'Change your one-time password first' },
  weak_password: {
    status: 400,
    zh: '密码至少10位，且需包含字母和数字',
    en: 'A password needs at least 10 characters with letters and digits',
  },
  csrf_invalid: { status: 403, zh: '页面已过期，请刷新后重试', en: 'The page has expired (CSRF check failed); reload and try again' },
  forbidden: { status: 403, zh: '无权执行此操作', en: 'You are not allowed to do this' },
  out_of_jurisdiction: {
    status: 404,
    zh: '记录不存在或不在您的管辖范围内',
    en: 'The record does not exist or is outside your jurisdiction',
  },
  not_found: { status: 404, zh: '记录不存在', en: 'The record does not exist' },
  conflict: { status: 409, zh: '数据冲突', en: 'Conflicting data' },
  version_conflict: {
    status: 409,
    zh: '记录已被他人修改，请刷新后重试',
    en: 'The record was changed by someone else; reload and try again',
  },
  idempotency_conflict: { status: 409, zh: '同一幂等键已用于不同的请求', en: 'This Idempotency-Key was used for a different request' },
  idempotency_in_progress: { status: 409, zh: '相同请求正在处理中', en: 'The same request is still being processed' },
  rate_limited: { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many requests; try again later' },
  payload_too_large: { status: 413, zh: '上传内容过大', en: 'The upload is too large' },
  unsupported_media_type: { status: 415, zh: '不支持的文件类型', en: 'Unsupported file type' },
  internal: { status: 500, zh: '服务器内部错误', en: 'Internal server error' },
  not_ready: { status: 503, zh: '服务暂不可用', en: 'Service not ready' },
  // identity and registry
  id_number_format: {
    status: 400,
    zh: '身份证号码应为18位，前17位为数字，最后一位为数字或X',
    en: 'An ID number has 18 characters: 17 digits and a digit or X',
  },
  id_number_checksum: { status: 400, zh: '身份证号码校验位错误', en: 'The ID number check character is wrong' },
  id_number_birth_date: {
    status: 400,
    zh: '身份证号码中的出生日期不是有效日期',
    en: 'The birth date in the ID number is not a real date',
  },
  id_number_birth_future: { status: 400, zh: '身份证号码中的出生日期晚于今天', en: 'The birth date in the ID number is in the future' },
  id_number_address: { status: 400, zh: '身份证号码的地址码不合理', en: 'The address code of the ID number is implausible' },
  id_number_scientific: {
    status: 400,
    zh: '身份证号码被表格软件存成了数字（如4.5122E+17），请把该列设为文本后重新填写',
    en: 'The ID number was stored as a number (e.g. 4.5122E+17); set the column to text and enter it again',
  },
  phone_format: { status: 400, zh: '手机号码应为1开头的11位数字', en: 'A mobile number has 11 digits starting with 1' },
  bank_account_format: { status: 400, zh: '银行账号应为12至30位数字', en: 'A bank account number has 12 to 30 digits' },
  division_unknown: { status: 400, zh: '行政区划代码不存在', en: 'Unknown division code' },
  duplicate_person: { status: 409, zh: '该身份证号码已登记', en: 'This ID number is already registered' },
  credit_code_format: { status: 400, zh: '统一社会信用代码应为18位', en: 'A unified social credit code has 18 characters' },
  credit_code_checksum: { status: 400, zh: '统一社会信用代码校验位错误', en: 'The unified social credit code check character is wrong' },
  credit_code_authority: {
    status: 400,
    zh: '统一社会信用代码的登记管理部门或机构类别代码不存在',
    en: 'The registration authority or organisation type of the credit code does not exist',
  },
  credit_code_division: {
    status: 400,
    zh: '统一社会信用代码中的行政区划码不合理',
    en: 'The division code inside the credit code is implausible',
  },
  duplicate_enterprise: { status: 409, zh: '该统一社会信用代码已登记', en: 'This unified social credit code is already registered' },
  industry_unknown: { status: 400, zh: '行业代码不存在', en: 'Unknown industry code' },
  occupation_unknown: { status: 400, zh: '职业代码不存在', en: 'Unknown occupation code' },
  merge_invalid: { status: 400, zh: '无法合并这两条记录', en: 'These two records cannot be merged' },
  import_format: { status: 400, zh: '导入文件格式错误', en: 'The import file is malformed' },
  import_header: { status: 400, zh: '导入文件表头与模板不符', en: 'The import file header does not match the template' },
  import_conflict: { status: 409, zh: '身份证号码已存在且数据不同', en: 'The ID number exists with different data' },
  import_duplicate_row: { status: 400, zh: '与本文件中前面的一行重复', en: 'Duplicates an earlier row of this file' },
  import_cell_numeric: {
    status: 400,
    zh: '该列须为文本格式，单元格被存成了数字',
    en: 'This column must be text; the cell was stored as a number',
  },
  import_unknown_entity: { status: 404, zh: '不支持导入此类数据', en: 'This kind of record cannot be imported' },
  // worker sign-in
  otp_too_soon: { status: 429, zh: '验证码发送过于频繁，请一分钟后再试', en: 'A code was sent less than a minute ago; try again shortly' },
  otp_daily_limit: { status: 429, zh: '今日验证码次数已用完', en: 'No more codes can be sent to this phone today' },
  otp_invalid: { status: 401, zh: '验证码错误或已过期', en: 'The code is wrong or expired' },
  // policy
  policy_program_unknown: { status: 404, zh: '没有这项政策（项目编号不存在）', en: 'There is no such program' },
  policy_facts_invalid: { status: 400, zh: '申请信息不完整或格式错误', en: 'The claim facts are incomplete or malformed' },
  policy_fact_unknown: { status: 400, zh: '不认识的信息项', en: 'Unknown fact' },
  policy_fact_type: { status: 400, zh: '信息项的格式或取值不对', en: 'The fact has the wrong type or value' },
  policy_fact_required: { status: 400, zh: '这项政策需要填写此信息', en: 'This program needs this fact' },
  policy_date_invalid: { status: 400, zh: '日期应为YYYY-MM-DD格式的有效日期', en: 'A date must be a real date in YYYY-MM-DD form' },
  policy_parameter_missing: { status: 422, zh: '该地区在该日期没有设定此参数', en: 'No parameter value is set for this place and date' },
  policy_parameter_invalid: { status: 400, zh: '参数记录不符合要求', en: 'The parameter record is invalid' },
  // audit (keyed chain and anchors, decisions 110-111)
  audit_chain_broken: {
    status: 409,
    zh: '审计链校验未通过，不能生成锚点',
    en: 'The audit chains fail verification; no anchor was written',
  },
  // input (issue 6 point 12, decisions 115-119)
  text_invalid_character: {
    status: 400,
    zh: '文本中含有不允许的字符（空字符、不完整的字符编码或文字方向控制字符）',
    en: 'The text contains a character that is not allowed (NUL, a lone surrogate or a bidirectional control)',
  },
  import_xlsx_limit: {
    status: 413,
    zh: '该 .xlsx 文件展开后超出导入的内存上限，请拆分文件或另存为 CSV 后再导入',
    en: 'Unpacked, this .xlsx file exceeds the import memory limits; split it or save it as CSV and import again',
  },
  // binding, claims, merges (issue 6 points 6-8, decisions 105-109)
  person_merged: {
    status: 409,
    zh: '该记录已合并到另一条记录，请对合并后的记录办理',
    en: 'This record was merged into another record; use the surviving record',
  },
  person_already_bound: {
    status: 409,
    zh: '该登记信息已绑定其他账户，须先解除原绑定',
    en: 'The registry record is already bound to another account; unbind it first',
  },
  binding_decided: { status: 409, zh: '该绑定申请已处理', en: 'This binding request has already been decided' },
  // kernel: workflows and the working-day calendar (issue 6 point 4, decisions 120-124)
  workflow_invalid_transition: { status: 409, zh: '当前状态下不能办理此项操作', en: 'This step is not allowed from the current status' },
  calendar_entry_exists: { status: 409, zh: '该日期已有节假日安排记录', en: 'This date already has a calendar entry' },
  calendar_makeup_not_weekend: { status: 400, zh: '调休上班日应为周六或周日', en: 'A make-up working day must be a Saturday or a Sunday' },
} satisfies Record<string, ErrorSpec>;

/**
 * Codes contributed by modules, by declaration merging from each `<module>.errors.ts`:
 * `declare module '../../core/errors.js' { interface ModuleErrorCodes extends CodesOf<typeof myErrors> {} }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface ModuleErrorCodes {}

export type ErrorCode = keyof typeof catalogue | keyof ModuleErrorCodes;

/** The declaration a module's errors file merges into `ModuleErrorCodes`. */
export type CodesOf<T extends Record<string, ErrorSpec>> = Record<keyof T, true>;

const registry = new Map<string, ErrorSpec>(Object.entries(catalogue));

/**
 * Adds a module's codes to the registry (when the module's errors file is first imported). The same
 * code defined twice with different words or status is a programming error and throws.
 */
export function defineErrors<const T extends Record<string, ErrorSpec>>(specs: T): T {
  for (const [code, spec] of Object.entries(specs)) {
    const known = registry.get(code);
    if (known && (known.status !== spec.status || known.zh !== spec.zh || known.en !== spec.en))
      throw new Error(`error code ${code} is defined twice with different messages`);
    registry.set(code, spec);
  }
  return specs;
}

function specOf(code: ErrorCode): ErrorSpec {
  const spec = registry.get(code);
  if (!spec) throw new Error(`error code ${code} is not defined (is its module's errors file imported?)`);
  return spec;
}

export function messageFor(code: ErrorCode): { zh: string; en: string } {
  const spec = specOf(code);
  return { zh: spec.zh, en: spec.en };
}

export function statusFor(code: ErrorCode): number {
  return specOf(code).status;
}
