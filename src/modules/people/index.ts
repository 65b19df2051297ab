/**
 * The people module's face: the worker registry (GB 11643 identity, the four localities, histories,
 * merges), its services, importer and the read ports other modules use (facts for the policy engine,
 * person summaries and merge families for benefits and accounts).
 */
export {
  educations,
  insuranceKinds,
  localityFields,
  revealableFields,
  type Education,
  type InsuranceKind,
  type LocalityField,
  type PersonInput,
  type PersonView,
  type RevealableField,
  type ValidPerson,
} from './person.js';
export { checkCharacter, makeIdNumber, parseIdNumber, type IdNumberFacts, type Sex } from './id-number.js';
export { createPeopleService, type PeopleService, type PersonSearch } from './person.service.js';
export {
  createPersonHistoryService,
  type EnterpriseLookup,
  type HistoryKind,
  type PersonHistoryService,
} from './person-history.service.js';
export { createPersonMergeService, type MergeFollower, type PersonMergeService } from './person-merge.service.js';
export { createPersonImporter } from './person.importer.js';
export { createPersonFactsReader, type PersonFactsReader, type PersonFactsRecord } from './person-facts.service.js';
export { createPersonReader, nameOf, type PersonReader, type PersonSummary } from './person-reader.service.js';
export { createPersonJobsPort, type PersonJobsPort } from './person-jobs.port.js';
export { regionDivisionRules } from './divisions.js';
export { maskedIdNumberOf } from './person.codec.js';
