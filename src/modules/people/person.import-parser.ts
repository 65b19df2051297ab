/**
 * The database-free half of the people importer: template columns and the row parser (validation,
 * encryption, blind indexes, pinyin). It runs in import worker threads too, so it returns plain,
 * structured-cloneable values and never plaintext ID numbers beyond the masked form.
 */
import type { Actor } from '../actor.js';
import type { Pii } from '../../crypto/pii.js';
import { businessDate, type Clock } from '../../core/clock.js';
import { fieldError, type FieldError } from '../../core/result.js';
import { maskIdNumber } from '../../crypto/mask.js';
import type { ImportColumn, ImportParser, ImportParserContext, ParseResult } from '../imports/index.js';
import { encodePerson } from './person.codec.js';
import { inJurisdiction } from './person.policy.js';
import { validatePerson } from './person.validate.js';
import { regionDivisionRules } from './divisions.js';
import type { Education } from './person.js';
import type { PersonDataColumns } from './person.table.js';

const col = (key: string, zh: string, required: boolean, text: boolean, example: string): ImportColumn => ({
  key,
  zh,
  en: key,
  required,
  text,
  example,
});

export const personColumns: ImportColumn[] = [
  col('name', '姓名', true, false, '韦小明'),
  col('idNumber', '身份证号码', true, true, '451228199003150016'),
  col('phone', '手机号码', false, true, '13800001234'),
  col('hukouCode', '户籍地代码', true, true, '451228100'),
  col('residenceCode', '常住地代码', false, true, '451228100'),
  col('employmentCode', '就业地代码', false, true, '441900113'),
  col('insuredCode', '参保地代码', false, true, '441900'),
  col('povertyRegistered', '建档立卡', false, false, '是'),
  col('povertyFrom', '建档立卡起始日期', false, true, '2016-01-01'),
  col('povertyTo', '建档立卡结束日期', false, true, ''),
  col('dibao', '低保', false, false, '否'),
  col('dibaoFrom', '低保起始日期', false, true, ''),
  col('dibaoTo', '低保结束日期', false, true, ''),
  col('education', '文化程度', false, false, '初中'),
  col('willingToGoOut', '愿意外出务工', false, false, '是'),
  col('expectedWage', '期望月薪(元)', false, false, '4500'),
  col('skills', '技能', false, false, '电工、焊工'),
  col('bankAccount', '银行账号', false, true, '6222021234567890123'),
];

/** Optional columns: a blank cell keeps the stored value when a row updates an existing person. */
export const optionalKeys = [
  'phone',
  'residenceCode',
  'employmentCode',
  'insuredCode',
  'povertyRegistered',
  'dibao',
  'education',
  'willingToGoOut',
  'expectedWage',
  'skills',
  'bankAccount',
] as const;
export type OptionalKey = (typeof optionalKeys)[number];

/** One parsed row: stored columns (encrypted), the masked ID for messages, and which optional cells were filled. */
export interface PersonImportRow {
  data: PersonDataColumns;
  maskedId: string;
  given: OptionalKey[];
}

const educationWords: Record<string, Education> = {
  无: 'none',
  文盲: 'none',
  半文盲: 'none',
  小学: 'primary',
  初中: 'junior',
  高中: 'senior',
  中专: 'vocational',
  中职: 'vocational',
  技校: 'vocational',
  职高: 'vocational',
  大专: 'college',
  专科: 'college',
  高职: 'college',
  本科: 'bachelor',
  大学本科: 'bachelor',
  研究生: 'postgraduate',
  硕士: 'postgraduate',
  博士: 'postgraduate',
  none: 'none',
  primary: 'primary',
  junior: 'junior',
  senior: 'senior',
  vocational: 'vocational',
  college: 'college',
  bachelor: 'bachelor',
  postgraduate: 'postgraduate',
};

function yesNo(v: string | undefined, path: string, errors: FieldError[]): boolean | undefined {
  const s = (v ?? '').trim().toLowerCase();
  if (s === '') return undefined;
  if (['是', 'y', 'yes', 'true', '1'].includes(s)) return true;
  if (['否', 'n', 'no', 'false', '0'].includes(s)) return false;
  errors.push(fieldError(path, 'validation_failed', { zh: '请填写“是”或“否”', en: 'Enter yes (是) or no (否)' }));
  return undefined;
}

/** Yuan with up to two decimals → fen. */
function wageFen(v: string | undefined, errors: FieldError[]): number | null {
  const s = (v ?? '').trim().replace(/,/g, '');
  if (s === '') return null;
  const m = /^(\d{1,7})(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) {
    errors.push(
      fieldError('expectedWage', 'validation_failed', { zh: '期望月薪应为金额（元）', en: 'The expected wage is an amount in yuan' }),
    );
    return null;
  }
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** Builds the row parser for a cipher and clock (the main thread's or a worker's). */
export function createImportParser(ctx: ImportParserContext | { pii: Pii; clock: Clock }): ImportParser<PersonImportRow> {
  return {
    parse(cells: Record<string, string>, actor: Actor): ParseResult<PersonImportRow> {
      const errors: FieldError[] = [];
      const educationCell = (cells.education ?? '').trim();
      const education = educationCell === '' ? null : (educationWords[educationCell] ?? null);
      if (educationCell !== '' && education === null)
        errors.push(fieldError('education', 'validation_failed', { zh: '文化程度不在可选范围内', en: 'Unknown education level' }));
      const povertyRegistered = yesNo(cells.povertyRegistered, 'povertyRegistered', errors);
      const dibao = yesNo(cells.dibao, 'dibao', errors);
      const willingToGoOut = yesNo(cells.willingToGoOut, 'willingToGoOut', errors);
      const expectedWageFen = wageFen(cells.expectedWage, errors);
      const skills = (cells.skills ?? '')
        .split(/[、,，;；]/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
      const v = validatePerson(
        {
          name: cells.name ?? '',
          idNumber: cells.idNumber ?? '',
          phone: cells.phone,
          bankAccount: cells.bankAccount,
          hukouCode: cells.hukouCode ?? '',
          residenceCode: cells.residenceCode,
          employmentCode: cells.employmentCode,
          insuredCode: cells.insuredCode,
          povertyRegistered,
          povertyFrom: cells.povertyFrom,
          povertyTo: cells.povertyTo,
          dibao,
          dibaoFrom: cells.dibaoFrom,
          dibaoTo: cells.dibaoTo,
          education,
          willingToGoOut,
          expectedWageFen,
          skills,
        },
        { today: businessDate(ctx.clock.now()), divisions: regionDivisionRules },
      );
      if (!v.ok) errors.push(...v.errors);
      if (!v.ok || errors.length > 0) return { ok: false, errors };
      const data = encodePerson(ctx.pii, v.value);
      if (!inJurisdiction(actor.jurisdiction, data)) {
        return {
          ok: false,
          errors: [
            fieldError('hukouCode', 'out_of_jurisdiction', {
              zh: '四个地点都不在您的管辖范围内',
              en: 'None of the four localities is inside your jurisdiction',
            }),
          ],
        };
      }
      const filled = (k: string) => (cells[k] ?? '').trim() !== '';
      const given = optionalKeys.filter(
        (k) =>
          filled(k) ||
          (k === 'povertyRegistered' && (filled('povertyFrom') || filled('povertyTo'))) ||
          (k === 'dibao' && (filled('dibaoFrom') || filled('dibaoTo'))),
      );
      return { ok: true, value: { data, maskedId: maskIdNumber(v.value.idNumber), given } };
    },
    naturalKey: (row) => row.data.id_index,
  };
}
