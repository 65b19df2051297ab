/**
 * The seeded parameters of the demo world: national rows plus Guangxi (45), Hechi (4512),
 * 都安 (451228), Guangdong (44) and 东莞 (441900). Administrators replace the illustrative values.
 */
import type { ParameterRow } from './parameters.js';
import { NATIONAL_SEED } from './params-seed-national.js';
import { LOCAL_SEED } from './params-seed-local.js';

export { SEED_RECORDED_AT } from './params-seed-build.js';

/** Every seeded row. */
export const SEED_PARAMETERS: readonly ParameterRow[] = [...NATIONAL_SEED, ...LOCAL_SEED];

/** The demo world's region codes with names. */
export const DEMO_REGIONS: readonly { code: string; zh: string; en: string }[] = [
  { code: '45', zh: '广西壮族自治区', en: 'Guangxi' },
  { code: '4512', zh: '河池市', en: 'Hechi' },
  { code: '451228', zh: '都安瑶族自治县', en: "Du'an Yao Autonomous County" },
  { code: '44', zh: '广东省', en: 'Guangdong' },
  { code: '441900', zh: '东莞市', en: 'Dongguan' },
];
