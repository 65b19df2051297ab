/** Validation of facts at the edge: types, ranges, known keys; and the facts a program requires. */
import { isIsoDate } from '../core/dates.js';
import { fieldError, type FieldError } from '../core/result.js';
import { FACT_SPECS, isFactKey } from './fact-specs.js';
import type { FactKey, Facts } from './facts.js';

/** True for a value the spec of `key` accepts. */
function valueFits(key: FactKey, value: unknown): boolean {
  const spec = FACT_SPECS[key];
  switch (spec.type) {
    case 'int':
      return typeof value === 'number' && Number.isSafeInteger(value) && value >= spec.min && value <= spec.max;
    case 'bool':
      return typeof value === 'boolean';
    case 'date':
      // From 1800: a registered person may be born before 1900 (a valid ID number of any birth year, decision 184).
      return typeof value === 'string' && isIsoDate(value) && value >= '1800-01-01' && value <= '2199-12-31';
    case 'region':
      return typeof value === 'string' && /^\d{6}(\d{3})?$/.test(value);
    case 'enum':
      return typeof value === 'string' && spec.values.some((v) => v === value);
  }
}

/** Per-field errors for an object claimed to be facts (unknown keys, wrong types, out of range). */
export function validateFacts(input: Readonly<Record<string, unknown>>, base = '/facts'): FieldError[] {
  const errors: FieldError[] = [];
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (!isFactKey(key)) errors.push(fieldError(`${base}/${key}`, 'policy_fact_unknown'));
    else if (!valueFits(key, value)) {
      const spec = FACT_SPECS[key];
      const hint =
        spec.type === 'enum' ? `: ${spec.values.join(' | ')}` : spec.type === 'int' ? `: ${spec.min}..${spec.max}` : `: ${spec.type}`;
      errors.push(
        fieldError(`${base}/${key}`, 'policy_fact_type', {
          zh: `“${spec.label.zh}”的取值不对${hint}`,
          en: `“${spec.label.en}” has a wrong value${hint}`,
        }),
      );
    }
  }
  return errors;
}

/** A plain object (not null, not an array). */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A type guard backed by {@link validateFacts}. */
export function isFacts(input: unknown): input is Facts {
  return isRecord(input) && validateFacts(input).length === 0;
}

/** Errors for each required fact that is absent. */
export function missingFacts(facts: Facts, required: readonly FactKey[], base = '/facts'): FieldError[] {
  return required
    .filter((k) => facts[k] === undefined)
    .map((k) =>
      fieldError(`${base}/${k}`, 'policy_fact_required', {
        zh: `请填写“${FACT_SPECS[k].label.zh}”`,
        en: `“${FACT_SPECS[k].label.en}” is needed`,
      }),
    );
}
