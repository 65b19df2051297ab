/**
 * The catalog module's face: the 2022 occupational classification and GB/T 4754-2017 industries
 * (reference data, loaded at start-up), their lookups and the search service.
 */
export {
  industryLevels,
  occupationLevels,
  PRIORITY_SECTOR_CODES,
  type Industry,
  type IndustryLevel,
  type Occupation,
  type OccupationLevel,
} from './catalog.js';
export { industryCodesUnder, industryName, industrySection, isIndustryCode, isOccupationCode, occupationName } from './catalog.seed.js';
export { createCatalogService, type CatalogSearch, type CatalogService } from './catalog.service.js';
export { loadCatalogues, CATALOG_VERSION_KEY } from './catalog.loader.js';
