/**
 * What-if in the words of the people who read it: every region of the answer named (place names
 * from the division index, the code kept for hover), and an override given without a region placed
 * at every county of the loaded registry, so it wins over local values there (most specific wins)
 * instead of being hidden by them.
 */
import { fullName } from '../regions/index.js';
import type { Override, RegionDelta, WhatIfResult } from '../../policy/index.js';

/** A region of the answer with its place name. */
export interface NamedRegionDelta extends RegionDelta {
  /** The place name in Chinese (e.g. 广西壮族自治区河池市都安瑶族自治县); 未登记地区 for people without that place. */
  regionName: string;
}

/** The what-if answer with named regions. */
export interface NamedWhatIf extends Omit<WhatIfResult, 'regions'> {
  regions: NamedRegionDelta[];
}

/** The name of a 2/4/6-digit region code as the division index knows it; the code when unknown. */
export function regionName(code: string): string {
  if (code === 'unknown') return '未登记地区';
  return fullName(code) ?? code;
}

/** Names every region of a what-if answer. */
export function namedRegions(result: WhatIfResult): NamedWhatIf {
  return { ...result, regions: result.regions.map((r) => ({ ...r, regionName: regionName(r.region) })) };
}

/**
 * Overrides as the engine takes them: a region of '' (or 'CN') means "everywhere in the loaded
 * registry", so the value is placed nationally and at every county the registry names (township
 * codes cut to the county); an explicit region is kept.
 */
export function scenarioOverrides(overrides: readonly Override[], placeCodes: readonly string[]): Override[] {
  const counties = [...new Set(placeCodes.map((c) => c.slice(0, 6)).filter((c) => /^\d{6}$/.test(c)))].sort();
  return overrides.flatMap((o) =>
    o.region === '' || o.region === 'CN' ? [{ ...o, region: 'CN' }, ...counties.map((region) => ({ ...o, region }))] : [o],
  );
}
