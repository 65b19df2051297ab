/** The regions index as the enterprise module uses it (validation of address codes, full names). */
import { fullName, isDivisionCode } from '../regions/index.js';
import type { EnterpriseRegions } from './enterprise.service.js';

export const enterpriseRegions: EnterpriseRegions = {
  isDivisionCode,
  divisionName: (code) => fullName(code) ?? null,
};
