/**
 * Who may see and change which person (pure). Staff see a person when any of the four localities
 * lies inside their jurisdiction; a worker sees only their own record, unmasked.
 */
import type { Actor } from '../actor.js';
import { inScope } from '../../db/scope.js';
import { can, type Permission } from '../accounts/index.js';
import type { Refusal } from '../../core/result.js';
import { refuse } from '../../core/result.js';

export interface Localities {
  hukou_code: string;
  residence_code: string | null;
  employment_code: string | null;
  insured_code: string | null;
}

/** True when any locality starts with the jurisdiction prefix ('' = nationwide). */
export function inJurisdiction(scope: string, p: Localities): boolean {
  return inScope(scope, localityCodes(p));
}

/** The four locality codes of a person, the columns the scope layer tests. */
export function localityCodes(p: Localities): Array<string | null> {
  return [p.hukou_code, p.residence_code, p.employment_code, p.insured_code];
}

/** How the actor may read this person: masked (staff in jurisdiction), own (the worker themself), or a refusal. */
export function readAccess(actor: Actor, personId: string, p: Localities): { ok: true; own: boolean } | { ok: false; reason: Refusal } {
  if (actor.role === 'worker' && actor.personId !== null && actor.personId === personId) return { ok: true, own: true };
  if (!can(actor, 'people.read') || !inJurisdiction(actor.jurisdiction, p)) return refuse('out_of_jurisdiction');
  return { ok: true, own: false };
}

/** A staff permission on a person in jurisdiction; out-of-jurisdiction answers never reveal existence. */
export function staffAccess(actor: Actor, permission: Permission, p: Localities): { ok: true } | { ok: false; reason: Refusal } {
  if (!inJurisdiction(actor.jurisdiction, p) || !can(actor, 'people.read')) return refuse('out_of_jurisdiction');
  if (!can(actor, permission)) return refuse('forbidden');
  return { ok: true };
}
