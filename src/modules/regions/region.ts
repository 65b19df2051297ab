/** Regions domain types and rules (pure). */

export const divisionLevels = ['province', 'prefecture', 'county', 'township'] as const;
/** Province (2 digits), prefecture (4), county (6, GB/T 2260), township (9, statistics codes). */
export type DivisionLevel = (typeof divisionLevels)[number];

export function isDivisionLevel(s: string): s is DivisionLevel {
  return (divisionLevels as readonly string[]).includes(s);
}

/** The level a code's length implies, or null for a length no division has. */
export function levelOfLength(code: string): DivisionLevel | null {
  switch (code.length) {
    case 2:
      return 'province';
    case 4:
      return 'prefecture';
    case 6:
      return 'county';
    case 9:
      return 'township';
    default:
      return null;
  }
}

/** The codes of a code's ancestors, province first (a parent's code is always a prefix). */
export function ancestorCodes(code: string): string[] {
  return [2, 4, 6].filter((n) => n < code.length).map((n) => code.slice(0, n));
}

export interface Division {
  code: string;
  name: string;
  level: DivisionLevel;
  parentCode: string | null;
  pinyin: string;
  initials: string;
}

export const designationKinds = [
  'uncapped_county_52',
  'sanqu_sanzhou',
  'relocation_site',
  'hard_hit',
  'revitalisation_key_county',
  'other',
] as const;
/**
 * 52个未摘帽贫困县, 三区三州, 易地扶贫搬迁大型安置区, 受疫情影响严重地区 (e.g. Hubei in 2020),
 * 国家乡村振兴重点帮扶县, or another kind an administrator records.
 */
export type DesignationKind = (typeof designationKinds)[number];

export function isDesignationKind(s: string): s is DesignationKind {
  return (designationKinds as readonly string[]).includes(s);
}

export interface Designation {
  id: string;
  kind: DesignationKind;
  /** A division-code prefix: the designation covers every division under it. */
  code: string;
  name: string;
  validFrom: string;
  validTo: string | null;
  source: string;
  createdAt: string;
  createdBy: string | null;
  closedAt: string | null;
  closedBy: string | null;
  closeReason: string | null;
}

/** Why a place is a priority area on a date: the designations that apply. */
export interface PriorityReason {
  id: string;
  kind: DesignationKind;
  code: string;
  name: string;
  validFrom: string;
  validTo: string | null;
  source: string;
}

export interface PriorityAnswer {
  priority: boolean;
  reasons: PriorityReason[];
}

/** A designation applies to a code on a date when it covers the code and is in force that day (both ends inclusive). */
export function designationApplies(d: Pick<Designation, 'code' | 'validFrom' | 'validTo'>, code: string, date: string): boolean {
  return code.startsWith(d.code) && d.validFrom <= date && (d.validTo === null || date <= d.validTo);
}

/** The priority answer for a code on a date over a set of designations. */
export function priorityOf(designations: readonly Designation[], code: string, date: string): PriorityAnswer {
  const reasons = designations
    .filter((d) => designationApplies(d, code, date))
    .map((d) => ({
      id: d.id,
      kind: d.kind,
      code: d.code,
      name: d.name,
      validFrom: d.validFrom,
      validTo: d.validTo,
      source: d.source,
    }));
  return { priority: reasons.length > 0, reasons };
}
