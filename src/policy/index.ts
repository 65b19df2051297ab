/**
 * The policy engine (pure: no database, no HTTP). Clauses and dated regional parameters as data;
 * programs as declarative criteria with an amount formula; one definition run two ways: explained
 * for one person (`evaluate`, `evaluateJson`) and compiled over columns for a registry
 * (`evaluateBatch`, `whatIf`). See docs/policy-engine.md.
 */
export { CLAUSES, clauseById, clauseInForce, isClauseId, type Clause, type ClauseId } from './clauses.js';
export { PARAM_DEFS, PARAM_KEYS, isParamKey, paramDef, type ParamDef, type ParamKey, type ParamUnit } from './param-defs.js';
export {
  findParameterRow,
  numericValue,
  recordParameters,
  resolveParameter,
  rowId,
  validateParameterRows,
  type ParameterRow,
  type ResolvedParameter,
} from './parameters.js';
export { DEMO_REGIONS, SEED_PARAMETERS, SEED_RECORDED_AT } from './params-seed.js';
export type * from './facts.js';
export { FACT_KEYS, FACT_SPECS, LOCALITY_FACT, isOptionalFact } from './fact-specs.js';
export { isFacts, missingFacts, validateFacts } from './facts-validate.js';
export { E, type BoolExpr, type NumExpr } from './expr.js';
export { C, t, type CriterionNode, type Program, type Shown, type ShownKind, type ValueDef } from './criteria.js';
export { PROGRAMS, programById } from './programs/index.js';
export { analyse, type Analysis } from './analyse.js';
export type { CriterionResult, Decision, DecisionReason, FactUse, ParameterUse, ReasonValue, ValueResult } from './decision.js';
export { dateInWords, percentText, valueInWords } from './reasons.js';
export { evaluate, type EvaluateOptions } from './evaluate.js';
export { evaluateJson } from './json.js';
export { PersonColumns, buildRegionIndex, columnsFromFacts, rowFacts, NO_DATE, type RegionIndex } from './columns.js';
export { ParamTables } from './tables.js';
export {
  allocateOutputs,
  defaultBackend,
  evaluateAll,
  evaluateBatch,
  generatedSource,
  CHUNK,
  type Backend,
  type BatchBuffers,
  type BatchResult,
} from './batch.js';
export { whatIf, scenarioRows, type Override, type RegionDelta, type WhatIfResult } from './whatif.js';
export { catalogue, describeProgram, type CatalogueProgram } from './catalogue.js';
export { RULESET_SERIES, rulesetVersion } from './version.js';
export { parsePolicyCase, caseRows, type PolicyCase } from './case-file.js';
export { syntheticColumns, syntheticRegionIndex } from './synth.js';
export { LOCALITIES, LOCALITY_LABELS, NATIONAL, type Bilingual, type Locality } from './types.js';
