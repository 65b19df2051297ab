/** Types of the enterprise and catalogue routes (src/http/schemas/enterprises.ts, routes/catalog.ts). */
export const enterpriseSizes = ['micro', 'small', 'medium', 'large'] as const;
export type EnterpriseSize = (typeof enterpriseSizes)[number];

/** src/http/schemas/enterprises.ts `Enterprise`. */
export interface Enterprise {
  id: string;
  creditCode: string;
  name: string;
  industryCode: string;
  industryName: string | null;
  addressCode: string;
  addressName: string | null;
  address: string;
  size: EnterpriseSize | null;
  contactName: string | null;
  contactPhone: string | null;
  arrears: { flagged: boolean; reason: string | null; date: string | null; by: string | null; at: string | null };
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** `EnterpriseCreateBody` (and, with `version`, `EnterpriseUpdateBody`). */
export interface EnterpriseInput {
  creditCode: string;
  name: string;
  industryCode: string;
  addressCode: string;
  address?: string | null;
  size?: EnterpriseSize | null;
  contactName?: string | null;
  contactPhone?: string | null;
}

/** src/http/routes/catalog.ts `Industry`. */
export interface Industry {
  code: string;
  level: string;
  parent: string | null;
  name: string;
  prioritySector: boolean;
}

/** src/http/routes/catalog.ts `Occupation`. */
export interface Occupation {
  code: string;
  level: string;
  parent: string | null;
  name: string;
  isDigital: boolean;
  isGreen: boolean;
}
