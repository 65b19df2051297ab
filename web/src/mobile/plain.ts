/**
 * Server refusals in words a worker reads (issue 7 point 14): the worker pages never show a code,
 * a JSON path or a technical hint. Known codes get a short plain sentence; a field's error names
 * the field by its label; anything else shows the server's own Chinese (or English) sentence with
 * any technical tail (": a | b", "(CSRF …)") cut off.
 */
import { ApiError } from '../api/client';
import { pick } from './text';

type Plain = { zh: string; en: string };

const BY_CODE: Record<string, Plain> = {
  network: { zh: '网络不通，请检查手机信号后再试。', en: 'No connection. Check your signal and try again.' },
  http_error: { zh: '服务器出了问题，请稍后再试。', en: 'Something went wrong on our side. Try again later.' },
  internal: { zh: '服务器出了问题，请稍后再试。', en: 'Something went wrong on our side. Try again later.' },
  not_ready: { zh: '服务暂时不能用，请稍后再试。', en: 'The service is not available just now. Try again later.' },
  validation_failed: { zh: '有的内容没有填好，请检查后再提交。', en: 'Some answers are missing or wrong. Check them and send again.' },
  bad_request: { zh: '有的内容没有填好，请检查后再提交。', en: 'Some answers are missing or wrong. Check them and send again.' },
  unauthenticated: { zh: '请重新登录。', en: 'Please sign in again.' },
  csrf_invalid: { zh: '页面停留太久了，请刷新页面后再试。', en: 'This page has been open too long. Reload it and try again.' },
  forbidden: { zh: '您不能办理这件事。如有疑问，请问乡镇劳动保障所。', en: 'You cannot do this. Ask your township labour office.' },
  out_of_jurisdiction: { zh: '没有找到这条记录。', en: 'This record was not found.' },
  not_found: { zh: '没有找到这条记录。', en: 'This record was not found.' },
  rate_limited: { zh: '操作太频繁了，请过一会儿再试。', en: 'Too many tries. Wait a moment and try again.' },
  otp_too_soon: { zh: '验证码刚发过，请一分钟后再试。', en: 'A code was just sent. Try again in a minute.' },
  otp_daily_limit: { zh: '今天的验证码次数用完了，请明天再试。', en: 'No more codes today. Try again tomorrow.' },
  otp_invalid: { zh: '验证码不对或已过期，请重新获取。', en: 'The code is wrong or too old. Ask for a new one.' },
  payload_too_large: { zh: '文件太大了，每个文件不能超过10MB。', en: 'The file is too big: at most 10 MB each.' },
  unsupported_media_type: { zh: '只能上传照片（JPG、PNG）或PDF文件。', en: 'Only photos (JPG, PNG) or PDF files can be sent.' },
  policy_facts_invalid: { zh: '有的内容没有填好，请检查后再提交。', en: 'Some answers are missing or wrong. Check them and send again.' },
  policy_program_unknown: { zh: '没有这项政策。', en: 'There is no such program.' },
  version_conflict: { zh: '申请刚刚有了变化，请刷新页面后再试。', en: 'The claim just changed. Reload and try again.' },
  claim_state_changed: { zh: '申请刚刚有了变化，请刷新页面后再试。', en: 'The claim just changed. Reload and try again.' },
  workflow_invalid_transition: { zh: '这份申请现在不能办理这一步。', en: 'This step is not possible for the claim now.' },
  reconsideration_expired: { zh: '已经过了申请复议的期限。', en: 'The time to ask for a review has passed.' },
  reconsideration_not_allowed: { zh: '只有没通过的申请才能申请复议。', en: 'Only a refused claim can be reviewed again.' },
  person_merged: { zh: '您的登记信息已合并，请到乡镇劳动保障所核对。', en: 'Your record was merged; ask your township labour office.' },
  person_already_bound: {
    zh: '这份登记信息已经绑定了别的手机号，请带身份证到乡镇劳动保障所办理。',
    en: 'This record is linked to another phone. Take your ID card to the township labour office.',
  },
};

/** Field-error wording by code; `{label}` is the field's name on the form. */
const FIELD_BY_CODE: Record<string, Plain> = {
  policy_fact_required: { zh: '请填写“{label}”。', en: 'Please answer “{label}”.' },
  policy_fact_type: { zh: '“{label}”填写得不对，请检查。', en: '“{label}” does not look right. Please check it.' },
  policy_date_invalid: { zh: '请选择一个日期。', en: 'Please choose a date.' },
};

/** Cuts technical tails off a server sentence: ": a | b", ": 0..600", "(CSRF check failed)", JSON paths. */
export function plainSentence(text: string): string {
  return text
    .replace(/[:：]\s*[\w.|\s-]*(\||\.\.)[\w.|\s-]*$/u, '')
    .replace(/\s*\([A-Za-z][^)]*\)/g, '')
    .replace(/\s*[/.]?(body|facts)[/.][\w/.]+/g, '')
    .trim();
}

/** The plain text of a refusal (or any thrown error) in the language. */
export function plainProblemText(err: unknown, lang: string): string {
  if (err instanceof ApiError) {
    const known = BY_CODE[err.problem.code];
    if (known) return pick(known, lang);
    return plainSentence(pick(err.problem.message, lang));
  }
  return pick(BY_CODE.http_error ?? { zh: '', en: '' }, lang);
}

/** A field error in plain words: by its code when known (naming the field), else the server's sentence. */
export function plainFieldText(e: { code?: string; message: Plain }, label: string, lang: string): string {
  const known = e.code ? FIELD_BY_CODE[e.code] : undefined;
  if (known) return pick(known, lang).replace('{label}', label);
  return plainSentence(pick(e.message, lang));
}
