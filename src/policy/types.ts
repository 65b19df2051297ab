/**
 * Shared vocabulary of the policy engine: bilingual text and the localities whose parameters a
 * criterion can use. Pure types and constants; no I/O.
 */

/** A text in Chinese (first) and English. */
export interface Bilingual {
  zh: string;
  en: string;
}

/**
 * The places a rule can refer to. The four registry localities of O61-3.2 (household registration,
 * permanent residence, employment, insured place) plus the places a claim or project names.
 */
export const LOCALITIES = ['hukou', 'residence', 'employment', 'insured', 'training', 'business', 'application', 'project'] as const;

/** One of {@link LOCALITIES}. */
export type Locality = (typeof LOCALITIES)[number];

/** Bilingual names of the localities, for explanations and the catalogue. */
export const LOCALITY_LABELS: Readonly<Record<Locality, Bilingual>> = {
  hukou: { zh: '户籍地', en: 'place of household registration (hukou)' },
  residence: { zh: '常住地', en: 'place of permanent residence' },
  employment: { zh: '就业地', en: 'place of employment' },
  insured: { zh: '参保地', en: 'insured place' },
  training: { zh: '培训地', en: 'training place' },
  business: { zh: '创业地', en: 'place of business' },
  application: { zh: '申请地', en: 'place of application' },
  project: { zh: '项目所在地', en: 'project location' },
};

/** Levels of the division hierarchy a comparison or a parameter can sit at. */
export type AreaLevel = 'province' | 'prefecture' | 'county';

/** Number of leading code digits that identify a division at each level (GB/T 2260). */
export const AREA_DIGITS: Readonly<Record<AreaLevel, number>> = { province: 2, prefecture: 4, county: 6 };

/** The code used for national parameter rows. */
export const NATIONAL = 'CN';

/** True for a national marker, a 2/4/6-digit division code or a 9-digit township code. */
export function isRegionCode(code: string): boolean {
  return code === NATIONAL || /^(\d{2}|\d{4}|\d{6}|\d{9})$/.test(code);
}

/** The region codes from most specific (county) to national, for parameter fallback. */
export function regionChain(code: string): string[] {
  if (code === NATIONAL) return [NATIONAL];
  const chain: string[] = [];
  for (const n of [6, 4, 2]) if (code.length >= n) chain.push(code.slice(0, n));
  chain.push(NATIONAL);
  return chain;
}
