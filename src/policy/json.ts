/**
 * The entry point for the CLI and the API: a program id, a date and facts as JSON (text or parsed),
 * giving the explained decision or a refusal value (unknown program, invalid date, invalid or
 * missing facts with per-field errors).
 */
import { fieldError, refuse, type Result } from '../core/result.js';
import type { Decision } from './decision.js';
import { evaluate, type EvaluateOptions } from './evaluate.js';
import { isFacts, isRecord, validateFacts } from './facts-validate.js';
import type { ParameterRow } from './parameters.js';
import { SEED_PARAMETERS } from './params-seed.js';
import { programById } from './programs/index.js';

function parse(json: unknown): Result<unknown> {
  if (typeof json !== 'string') return { ok: true, value: json };
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch {
    return refuse('policy_facts_invalid', { errors: [fieldError('/facts', 'bad_request')] });
  }
}

/**
 * Evaluates a program by id for facts given as JSON. Parameters default to the seeded demo world;
 * the service layer passes the rows from the database.
 */
export function evaluateJson(
  programId: string,
  asOf: string,
  factsJson: unknown,
  params: readonly ParameterRow[] = SEED_PARAMETERS,
  opts: EvaluateOptions = {},
): Result<Decision> {
  const program = programById(programId);
  if (!program) return refuse('policy_program_unknown', { errors: [fieldError('/programId', 'policy_program_unknown')] });
  const parsed = parse(factsJson);
  if (!parsed.ok) return parsed;
  const facts = parsed.value;
  if (!isRecord(facts)) return refuse('policy_facts_invalid', { errors: [fieldError('/facts', 'policy_fact_type')] });
  if (!isFacts(facts)) return refuse('policy_facts_invalid', { errors: validateFacts(facts) });
  return evaluate(program, facts, asOf, params, opts);
}
