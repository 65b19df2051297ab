/**
 * The regions module's face: division codes (GB/T 2260 and statistics township codes), their names
 * and hierarchy, dated priority designations, and the region service.
 */
export {
  designationKinds,
  divisionLevels,
  priorityOf,
  type Designation,
  type DesignationKind,
  type Division,
  type DivisionLevel,
  type PriorityAnswer,
} from './region.js';
export { ancestors, divisionName, fullName, isDivisionCode, isPlausibleAddressCode, levelOf } from './division-index.js';
export { createRegionService, MAX_NAME_CODES, type PlaceNames, type RegionService } from './region.service.js';
export { loadRegionReference, type RegionLoadReport } from './region.loader.js';
