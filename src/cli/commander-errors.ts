/**
 * The parser's own refusals (commander: an unknown option or command, a missing argument…) in
 * the operator's language (issue 11, point 6). Commander writes them in English; each known form
 * is said again in Chinese, keeping the names it quotes. A form not listed passes unchanged.
 */
import { lang } from './i18n.js';

type Rule = [RegExp, (...groups: string[]) => string];

const RULES: Rule[] = [
  [/^error: unknown option '([^']*)'/, (o) => `错误：未知选项 '${o}'`],
  [/^error: unknown command '([^']*)'/, (c) => `错误：未知命令 '${c}'`],
  [/^error: missing required argument '([^']*)'/, (a) => `错误：缺少必需的参数 '${a}'`],
  [/^error: option '([^']*)' argument missing/, (o) => `错误：选项 '${o}' 缺少取值`],
  [/^error: required option '([^']*)' not specified/, (o) => `错误：必须给出选项 '${o}'`],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\./, (o, v) => `错误：选项 '${o}' 的取值 '${v}' 无效。`],
  [
    /^error: option '([^']*)' value '([^']*)' from env '([^']*)' is invalid\./,
    (o, v, e) => `错误：环境变量 ${e} 给选项 '${o}' 的取值 '${v}' 无效。`,
  ],
  [/^error: command-argument value '([^']*)' is invalid for argument '([^']*)'\./, (v, a) => `错误：参数 '${a}' 的取值 '${v}' 无效。`],
  [
    /^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./,
    (c, n, m) => `错误：${c ? `命令 '${c}' 的` : ''}参数过多：应为 ${n} 个，实际 ${m} 个。`,
  ],
  [/^error: (.*) cannot be used with (.*)$/m, (a, b) => `错误：${a} 不能与 ${b} 同时使用`],
  [/^\(Did you mean one of (.*)\?\)$/m, (list) => `（是否想输入以下之一：${list}？）`],
  [/^\(Did you mean (.*)\?\)$/m, (one) => `（是否想输入 ${one}？）`],
  [/Allowed choices are (.*)\.$/m, (list) => `可选值：${list}。`],
];

/** Commander's error text in the current language (English: as commander wrote it). */
export function commanderErrorText(text: string, language = lang()): string {
  if (language === 'en') return text;
  let out = text;
  for (const [pattern, say] of RULES)
    out = out.replace(pattern, (_m, ...groups: unknown[]) => say(...groups.slice(0, -2).map((g) => (typeof g === 'string' ? g : ''))));
  return out;
}
