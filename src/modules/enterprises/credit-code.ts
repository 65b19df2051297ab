/**
 * GB 32100-2015 unified social credit code (统一社会信用代码): 18 characters over a 31-symbol
 * alphabet (digits and capitals without I, O, S, V, Z).
 *   1      registration authority (登记管理部门代码)
 *   2      organisation type under that authority (机构类别代码)
 *   3–8    division code of the registering authority (登记管理机关行政区划码)
 *   9–17   organisation code (主体标识码, GB 11714)
 *   18     check character: weights 3^i mod 31, check = 31 − (Σ mod 31), 31 → 0
 * Pure; no database. Division codes are checked only for a real province (or 100000 for central
 * registration), the same rule as ID numbers: codes abolished since registration stay valid.
 */

export const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const CREDIT_WEIGHTS: readonly number[] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Organisation-type characters each registration authority issues (GB 32100-2015, table 1). */
const AUTHORITY_TYPES: Readonly<Record<string, string>> = {
  '1': '1239', // 机构编制: 机关, 事业单位, 中央编办管理的群众团体, 其他
  '2': '19', // 外交: 外国常驻新闻机构, 其他
  '3': '1234569', // 司法行政: 律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, …, 其他
  '4': '19', // 文化: 外国在华文化中心, 其他
  '5': '1239', // 民政: 社会团体, 民办非企业单位, 基金会, 其他
  '6': '129', // 旅游: 外国及港澳台旅游部门常驻代表机构, 其他
  '7': '129', // 宗教: 宗教活动场所, 宗教院校, 其他
  '8': '19', // 工会: 基层工会, 其他
  '9': '1239', // 工商 / 市场监管: 企业, 个体工商户, 农民专业合作社, 其他
  A: '19', // 中央军委改革和编制办公室: 军队事业单位, 其他
  N: '12349', // 农业农村: 组级, 村级, 乡镇级集体经济组织, …, 其他
  Y: '1', // 其他
};

/** Province codes of GB/T 2260 (incl. 71 Taiwan, 81 Hong Kong, 82 Macao); 10 is central registration (100000). */
const PROVINCES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
]);

export type CreditCodeProblem = 'credit_code_format' | 'credit_code_checksum' | 'credit_code_authority' | 'credit_code_division';

export type CreditCodeCheck = { ok: true; value: string } | { ok: false; problem: CreditCodeProblem };

/** Trims, removes inner spaces and upper-cases: a code typed in lowercase or with spaces is the same code. */
export function normaliseCreditCode(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

/** The check character of the first 17 characters; undefined when a character is outside the alphabet. */
export function creditCheckChar(body: string): string | undefined {
  if (body.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_ALPHABET.indexOf(body.charAt(i));
    const w = CREDIT_WEIGHTS[i];
    if (v < 0 || w === undefined) return undefined;
    sum += v * w;
  }
  return CREDIT_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** True when the authority and type characters are a pair the standard defines. */
export function plausibleAuthority(authority: string, type: string): boolean {
  const types = AUTHORITY_TYPES[authority];
  return types !== undefined && type.length === 1 && types.includes(type);
}

/** True when six digits start with a real province, or are 100000 (central registration). */
export function plausibleRegistrationDivision(code: string): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  return code === '100000' || PROVINCES.has(code.slice(0, 2));
}

/** Validates a code (after normalising) and returns the normalised form or the first problem found. */
export function checkCreditCode(input: string): CreditCodeCheck {
  const code = normaliseCreditCode(input);
  if (code.length !== 18 || [...code].some((c) => !CREDIT_ALPHABET.includes(c))) return { ok: false, problem: 'credit_code_format' };
  if (creditCheckChar(code.slice(0, 17)) !== code.charAt(17)) return { ok: false, problem: 'credit_code_checksum' };
  if (!plausibleAuthority(code.charAt(0), code.charAt(1))) return { ok: false, problem: 'credit_code_authority' };
  if (!plausibleRegistrationDivision(code.slice(2, 8))) return { ok: false, problem: 'credit_code_division' };
  return { ok: true, value: code };
}

/** Shorthand for `checkCreditCode(input).ok`. */
export function isValidCreditCode(input: string): boolean {
  return checkCreditCode(input).ok;
}

/** Completes 17 characters with their check character (demo data, tests). Throws on a bad body (a bug). */
export function withCheckChar(body: string): string {
  const check = creditCheckChar(body);
  if (check === undefined) throw new Error(`not a credit-code body: ${body}`);
  return body + check;
}
