/**
 * Ruleset versions. A decision records the version of the definitions it ran: the series plus a
 * hash of the program, the clauses, the parameter and fact tables. Any change to a definition
 * changes the version, so a stored decision says exactly which rules produced it.
 */
import { createHash } from 'node:crypto';
import { CLAUSES } from './clauses.js';
import type { Program } from './criteria.js';
import { FACT_SPECS } from './fact-specs.js';
import { PARAM_DEFS } from './param-defs.js';

/** Human-readable series, bumped by hand on notable releases. */
export const RULESET_SERIES = '2026.11';

const cache = new WeakMap<Program, string>();
let shared: string | undefined;

function sharedDigest(): string {
  shared ??= JSON.stringify({ clauses: CLAUSES, params: PARAM_DEFS, facts: FACT_SPECS });
  return shared;
}

/** The ruleset version of one program, e.g. "2026.11+3f9a0c12d4e1". */
export function rulesetVersion(program: Program): string {
  const hit = cache.get(program);
  if (hit) return hit;
  const hash = createHash('sha256').update(sharedDigest()).update(JSON.stringify(program)).digest('hex').slice(0, 12);
  const v = `${RULESET_SERIES}+${hash}`;
  cache.set(program, v);
  return v;
}
