/**
 * Stored parameter rows ↔ the engine's ParameterRow, and validation of what an administrator adds
 * (pure). National values are stored with region '' and read by the engine as 'CN'.
 */
import { isIsoDate } from '../../core/dates.js';
import { fieldError, type FieldError } from '../../core/result.js';
import { NATIONAL, isParamKey, paramDef, type ParamKey, type ParameterRow } from '../../policy/index.js';
import type { PolicyParameterRow } from './policy.table.js';

/** What an administrator records: a dated value of one key for one region, with its source. */
export interface ParameterInput {
  key: string;
  /** '' (or 'CN') for national, else a 2-, 4- or 6-digit division code. */
  region: string;
  value: number | string;
  effectiveFrom: string;
  effectiveTo?: string | null | undefined;
  source: string;
  illustrative?: boolean | undefined;
}

/** A parameter row as it leaves the service: the engine row plus where it came from. */
export type ParameterView = ParameterRow & {
  /** Database id; absent for seeded rows (which live in code). */
  id?: string;
  /** 'seed' for values shipped with the rules, 'recorded' for values an administrator added. */
  origin: 'seed' | 'recorded';
  createdBy?: string | null;
};

/** A stored row read back: the engine row and its record metadata. */
export interface StoredParameter {
  id: string;
  createdBy: string | null;
  row: ParameterRow;
}

/** Storage form of a region: '' for national. */
export function storedRegion(region: string): string {
  return region === NATIONAL ? '' : region;
}

/** Engine form of a region: 'CN' for national. */
export function engineRegion(stored: string): string {
  return stored === '' ? NATIONAL : stored;
}

function parseValue(text: string): number | string | undefined {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'number' || typeof v === 'string' ? v : undefined;
  } catch {
    return undefined;
  }
}

/** A stored row as an engine row (undefined when the key is no longer defined or the value unreadable). */
export function toStoredParameter(r: PolicyParameterRow): StoredParameter | undefined {
  if (!isParamKey(r.key)) return undefined;
  const value = parseValue(r.value);
  if (value === undefined) return undefined;
  const row: ParameterRow = {
    key: r.key,
    region: engineRegion(r.region_code),
    effectiveFrom: r.effective_from,
    recordedAt: r.recorded_at,
    value,
    source: r.source,
    clause: paramDef(r.key).clause,
  };
  if (r.effective_to !== null) row.effectiveTo = r.effective_to;
  if (Number(r.illustrative) === 1) row.illustrative = true;
  return { id: r.id, createdBy: r.created_by, row };
}

/** What the administrator may have got wrong, per field (unit-aware; region checked against the divisions). */
export function validateParameterInput(i: ParameterInput, isDivision: (code: string) => boolean): FieldError[] {
  const errors: FieldError[] = [];
  const bad = (path: string, zh: string, en: string) => errors.push(fieldError(path, 'policy_parameter_invalid', { zh, en }));
  if (!isParamKey(i.key)) bad('/key', '没有这个参数', 'There is no such parameter');
  const region = storedRegion(i.region.trim());
  if (region !== '' && !(/^(\d{2}|\d{4}|\d{6})$/.test(region) && isDivision(region))) {
    bad(
      '/region',
      '地区应为全国或已知的省、市、县行政区划代码',
      'The region must be national or a known province, prefecture or county code',
    );
  }
  if (!isIsoDate(i.effectiveFrom)) bad('/effectiveFrom', '生效日期应为YYYY-MM-DD', 'The effective date must be YYYY-MM-DD');
  if (i.effectiveTo !== undefined && i.effectiveTo !== null && i.effectiveTo !== '') {
    if (!isIsoDate(i.effectiveTo) || (isIsoDate(i.effectiveFrom) && i.effectiveTo < i.effectiveFrom)) {
      bad('/effectiveTo', '截止日期应为不早于生效日期的YYYY-MM-DD', 'The end date must be YYYY-MM-DD, not before the effective date');
    }
  }
  if (i.source.trim().length < 2 || i.source.length > 500)
    bad('/source', '请写明依据的文件或通知', 'Name the notice or rule the value comes from');
  if (isParamKey(i.key)) {
    const unit = paramDef(i.key).unit;
    const v = i.value;
    if (unit === 'date') {
      if (!(typeof v === 'string' && isIsoDate(v)))
        bad('/value', '该参数的值是日期（YYYY-MM-DD）', 'This parameter is a date (YYYY-MM-DD)');
    } else if (!(typeof v === 'number' && Number.isSafeInteger(v) && v >= 0)) {
      bad('/value', unitHint(unit).zh, unitHint(unit).en);
    } else if (unit === 'flag' && v > 1) bad('/value', '该参数只能是0或1', 'This parameter is 0 or 1');
    else if (unit === 'bp' && v > 10000) bad('/value', '万分比不能超过10000', 'Basis points cannot exceed 10000');
  }
  return errors;
}

function unitHint(unit: string): { zh: string; en: string } {
  if (unit === 'fen') return { zh: '金额以“分”为单位的非负整数', en: 'Money is a non-negative whole number of fen' };
  return { zh: '该参数的值是非负整数', en: 'This parameter is a non-negative whole number' };
}

/** The storage row for a validated input. */
export function rowForInput(
  i: ParameterInput & { key: ParamKey },
  id: string,
  recordedAt: string,
  createdBy: string | null,
): PolicyParameterRow {
  return {
    id,
    key: i.key,
    region_code: storedRegion(i.region.trim()),
    value: JSON.stringify(i.value),
    effective_from: i.effectiveFrom,
    effective_to: i.effectiveTo ? i.effectiveTo : null,
    recorded_at: recordedAt,
    source: i.source.trim(),
    illustrative: i.illustrative ? 1 : 0,
    created_by: createdBy,
  };
}
