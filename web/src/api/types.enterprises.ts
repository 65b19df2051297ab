/** Types of the enterprise and catalogue routes (src/http/schemas/enterprises.ts, routes/catalog.ts), named over the generated ones. */
import type { BodyOf, Schemas } from './schema';

export const enterpriseSizes = ['micro', 'small', 'medium', 'large'] as const;
export type EnterpriseSize = (typeof enterpriseSizes)[number];

/** src/http/schemas/enterprises.ts `Enterprise`. */
export type Enterprise = Schemas['Enterprise'];

/** `EnterpriseCreateBody` (and, with `version`, `EnterpriseUpdateBody`). */
export type EnterpriseInput = BodyOf<'/enterprises', 'post'>;

/** src/http/routes/catalog.ts `Industry`. */
export type Industry = Schemas['Industry'];

/** src/http/routes/catalog.ts `Occupation`. */
export type Occupation = Schemas['Occupation'];
