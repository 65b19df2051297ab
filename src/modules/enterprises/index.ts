/**
 * The enterprises module's face: employers (GB 32100 credit code, GB/T 4754 industry, address),
 * their service and importer, and the credit-code helpers other modules and the demo use.
 */
export { enterpriseSizes, type EnterpriseDraft, type EnterpriseSize, type EnterpriseView } from './enterprise.js';
export {
  createEnterprisesService,
  type EnterprisePorts,
  type EnterpriseQuery,
  type EnterpriseRegions,
  type EnterprisesService,
} from './enterprise.service.js';
export type { ContactsUpdate, Employee, EmployeeDirectory } from './enterprise.employer.js';
export { createEnterpriseImporter } from './enterprise.importer.js';
export { enterpriseRegions } from './divisions.js';
export { checkCreditCode, isValidCreditCode, normaliseCreditCode, withCheckChar } from './credit-code.js';
