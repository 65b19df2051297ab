/**
 * One program for the staff catalogue page (pure): its description plus, for each parameter it
 * uses, the value in force on a date nationally and in each demo region, with the row's source.
 */
import {
  DEMO_REGIONS,
  NATIONAL,
  describeProgram,
  findParameterRow,
  type Bilingual,
  type CatalogueProgram,
  type ParamKey,
  type ParameterRow,
  type Program,
} from '../../policy/index.js';

/** A parameter's value in one region on the date. */
export interface RegionalValue {
  key: ParamKey;
  region: string;
  regionName: Bilingual;
  value: number | string | null;
  /** Where the winning row sits (a county may inherit its province's value). */
  rowRegion?: string;
  effectiveFrom?: string;
  effectiveTo?: string;
  source?: string;
  illustrative: boolean;
}

/** A catalogue entry with current values. */
export interface ProgramDetail extends CatalogueProgram {
  asOf: string;
  parameterValues: RegionalValue[];
}

const REGIONS: readonly { code: string; zh: string; en: string }[] = [{ code: NATIONAL, zh: '全国', en: 'National' }, ...DEMO_REGIONS];

/** The description and the regional values of one program's parameters on a date. */
export function programDetail(p: Program, asOf: string, params: readonly ParameterRow[]): ProgramDetail {
  const d = describeProgram(p);
  const keys = [...new Set(d.parameters.map((x) => x.key))];
  const parameterValues = keys.flatMap((key) =>
    REGIONS.map((r): RegionalValue => {
      const row = findParameterRow(params, key, r.code, asOf);
      const out: RegionalValue = {
        key,
        region: r.code,
        regionName: { zh: r.zh, en: r.en },
        value: row ? row.value : null,
        illustrative: row?.illustrative === true,
      };
      if (row) {
        out.rowRegion = row.region;
        out.effectiveFrom = row.effectiveFrom;
        out.source = row.source;
        if (row.effectiveTo) out.effectiveTo = row.effectiveTo;
      }
      return out;
    }),
  );
  return { ...d, asOf, parameterValues };
}
