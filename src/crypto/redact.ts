/**
 * Redaction of personal numbers inside free text (log lines, URLs, error reports): ID numbers,
 * mobile phones and bank accounts are replaced by their masked form wherever they appear, whether
 * written plainly, with spaces or dashes, or URL-encoded (`+`, `%20`, `%2D`). Used where text is
 * not a known field: the request log and the cells of an import error report.
 */
import { maskBankAccount, maskIdNumber, maskPhone } from './mask.js';

/** Separators people type inside numbers, as written or URL-encoded. */
const SEP = String.raw`(?:[\s\-+()]|%20|%2[BbDd]|%28|%29)`;
/** A run of digits with single separators between them, optionally ending in the ID check letter X. */
const RUN = new RegExp(String.raw`\d(?:${SEP}?\d)*[Xx]?`, 'g');
const SEPS = new RegExp(SEP, 'g');
/** Eleven digits with single separators between them: the shortest run `maskRun` changes (a phone). */
const ELEVEN = new RegExp(String.raw`\d(?:${SEP}?\d){10}`);
/** Text UUIDs (record and request ids) are identifiers, never personal data: left as they are. */
const UUID = /[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/g;

/** The masked form of one run, or the run itself when it holds no personal number. */
function maskRun(run: string): string {
  const endsWithX = /[Xx]$/.test(run);
  const digits = run.replace(SEPS, '').replace(/\D/g, '');
  if (endsWithX && digits.length === 17) return maskIdNumber(`${digits}X`);
  const tail = endsWithX ? run.slice(-1) : '';
  if (digits.length === 18) return maskIdNumber(digits) + tail;
  // 12 digits or more: a bank account, or a longer number that may hold one (or an ID number).
  if (digits.length >= 12) return maskBankAccount(digits) + tail;
  if (digits.length === 11 && /^1[3-9]/.test(digits)) return maskPhone(digits) + tail;
  return run;
}

function redactPiece(text: string): string {
  return text.replace(RUN, maskRun);
}

/**
 * Masks every ID number (18 characters), mobile phone (11 digits from 13–19) and digit run of 12 or
 * more (bank accounts) in a text; other text, short numbers, dates and UUIDs are unchanged.
 */
export function redactPersonalData(text: string): string {
  // A text with no run of eleven digits has nothing to mask (most log lines: ids, times, short numbers).
  if (!ELEVEN.test(text)) return text;
  let out = '';
  let last = 0;
  for (const m of text.matchAll(UUID)) {
    out += redactPiece(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + redactPiece(text.slice(last));
}

/**
 * A copy of a value with every string inside it redacted (plain objects and arrays, to a depth of
 * eight); numbers, booleans and class instances (errors, dates, buffers) are returned as they are.
 */
export function redactDeep<T>(value: T, depth?: number): T;
export function redactDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactPersonalData(value);
  if (depth >= 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v: unknown) => redactDeep(v, depth + 1));
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = redactDeep(v, depth + 1);
  return out;
}
