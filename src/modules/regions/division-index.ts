/**
 * An in-memory index of every division, built once (lazily, synchronously) from the seed file, for
 * hot paths that must not touch the database: import validation checks tens of thousands of codes
 * per second. Same data as the `divisions` table (both come from seed/divisions.tsv).
 */
import { ancestorCodes, type DivisionLevel } from './region.js';
import { readDivisionSeed } from './region.seed.js';

interface Entry {
  name: string;
  level: DivisionLevel;
}

/**
 * Province codes valid in resident ID numbers besides the 31 mainland provinces: 71 台湾 (GB/T 2260)
 * and 81/82/83, the address codes of residence permits for residents of Hong Kong, Macao and Taiwan.
 */
const EXTRA_ID_PROVINCES = ['71', '81', '82', '83'];

/** Names of statistical placeholders that are not places in their own right (skipped in full names). */
const PLACEHOLDER_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

let index: Map<string, Entry> | undefined;
let idProvinces: Set<string> | undefined;

function entries(): Map<string, Entry> {
  if (!index) {
    const m = new Map<string, Entry>();
    for (const d of readDivisionSeed()) m.set(d.code, { name: d.name, level: d.level });
    index = m;
  }
  return index;
}

/** True when the code is a division of the seed (any level). */
export function isDivisionCode(code: string): boolean {
  return entries().has(code);
}

/** The division's name, or undefined for an unknown code. */
export function divisionName(code: string): string | undefined {
  return entries().get(code)?.name;
}

/** The division's level, or undefined for an unknown code. */
export function levelOf(code: string): DivisionLevel | undefined {
  return entries().get(code)?.level;
}

/** The known ancestors of a code, province first, without the code itself. */
export function ancestors(code: string): Array<{ code: string; name: string; level: DivisionLevel }> {
  const m = entries();
  return ancestorCodes(code).flatMap((c) => {
    const e = m.get(c);
    return e ? [{ code: c, name: e.name, level: e.level }] : [];
  });
}

/**
 * The name with its ancestors, as written on an address (广西壮族自治区河池市都安瑶族自治县安阳镇):
 * placeholders such as 市辖区 and a county that repeats its prefecture's name (东莞市东莞市) are left out.
 */
export function fullName(code: string): string | undefined {
  const own = divisionName(code);
  if (own === undefined) return undefined;
  const parts: string[] = [];
  for (const a of [...ancestors(code), { code, name: own }]) {
    if (PLACEHOLDER_NAMES.has(a.name) || parts[parts.length - 1] === a.name) continue;
    parts.push(a.name);
  }
  return parts.join('');
}

/**
 * Whether a 6-digit address code of a resident ID number is plausible: six digits whose first two
 * are a province (the 31 of the seed, 71, or 81/82/83 of residence permits). The rest is not checked
 * against today's list, because a card keeps the code in force when it was issued, and many county
 * codes have been abolished or renumbered since (docs/decisions/011).
 */
export function isPlausibleAddressCode(code6: string): boolean {
  if (!idProvinces) {
    const p = new Set(EXTRA_ID_PROVINCES);
    for (const [code, e] of entries()) if (e.level === 'province') p.add(code);
    idProvinces = p;
  }
  return /^\d{6}$/.test(code6) && idProvinces.has(code6.slice(0, 2));
}
