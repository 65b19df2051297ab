/**
 * The database-free half of the enterprise importer: the template's columns and the row parser.
 * It may run in an import worker thread (it reads only the catalogue and division seed files), so
 * it returns plain, structured-cloneable values.
 */
import { withinJurisdiction, type Actor } from '../actor.js';
import { fieldError } from '../../core/result.js';
import type { ImportColumn, ImportParser, ImportParserContext, ParseResult } from '../imports/index.js';
import { validateEnterprise, type EnterpriseData } from './enterprise.js';
import { isDivisionCode } from '../regions/index.js';

export const enterpriseColumns: ImportColumn[] = [
  { key: 'creditCode', zh: '统一社会信用代码', en: 'creditCode', required: true, text: true, example: '91441900MA5D99992N' },
  { key: 'name', zh: '单位名称', en: 'name', required: true, text: false, example: '东莞市示例电子有限公司' },
  { key: 'industryCode', zh: '行业代码', en: 'industryCode', required: true, text: true, example: '39' },
  { key: 'addressCode', zh: '所在地代码', en: 'addressCode', required: true, text: true, example: '441900113' },
  { key: 'address', zh: '详细地址', en: 'address', required: false, text: false, example: '大朗镇富民路1号' },
  { key: 'size', zh: '规模', en: 'size', required: false, text: false, example: '小型' },
  { key: 'contactName', zh: '联系人', en: 'contactName', required: false, text: false, example: '陈经理' },
  { key: 'contactPhone', zh: '联系电话', en: 'contactPhone', required: false, text: true, example: '13800001234' },
];

/** One parsed row: the validated data and which optional cells were filled (blank cells keep stored values). */
export interface EnterpriseImportRow {
  data: EnterpriseData;
  given: { address: boolean; size: boolean; contactName: boolean; contactPhone: boolean };
}

function filled(cells: Record<string, string>, key: string): boolean {
  return (cells[key] ?? '').trim() !== '';
}

/** Validates one row of the enterprise template. */
export function parseEnterpriseRow(cells: Record<string, string>, actor: Actor): ParseResult<EnterpriseImportRow> {
  const v = validateEnterprise(
    {
      creditCode: cells.creditCode ?? '',
      name: cells.name ?? '',
      industryCode: cells.industryCode ?? '',
      addressCode: cells.addressCode ?? '',
      address: cells.address,
      size: cells.size,
      contactName: cells.contactName,
      contactPhone: cells.contactPhone,
    },
    { isDivisionCode },
  );
  if (!v.ok) return v;
  if (!withinJurisdiction(actor.jurisdiction, v.value.addressCode)) {
    return {
      ok: false,
      errors: [
        fieldError('addressCode', 'out_of_jurisdiction', {
          zh: '所在地不在您的管辖范围内',
          en: 'The address is outside your jurisdiction',
        }),
      ],
    };
  }
  return {
    ok: true,
    value: {
      data: v.value,
      given: {
        address: filled(cells, 'address'),
        size: filled(cells, 'size'),
        contactName: filled(cells, 'contactName'),
        contactPhone: filled(cells, 'contactPhone'),
      },
    },
  };
}

export const enterpriseParser: ImportParser<EnterpriseImportRow> = {
  parse: parseEnterpriseRow,
  naturalKey: (row) => row.data.creditCode,
};

/** Entry point for import worker threads (see importer.ts). */
export function createImportParser(_ctx: ImportParserContext): ImportParser<EnterpriseImportRow> {
  return enterpriseParser;
}
