/** Who may read or change which registration: staff by jurisdiction and permission, a worker their own. */
import type { Actor } from '../actor.js';
import { can } from '../accounts/index.js';
import { inScope } from '../../db/scope.js';
import { fieldError, ok, refuse, type Refusal, type Result } from '../../core/result.js';
import { acceptingPlaces, placesOf, type PlaceKind } from './registration.js';
import { describePlace } from './registration.view.js';
import type { UnemploymentRegistrationRow } from './registration.table.js';
import './unemployment.permissions.js';

/** null when the actor may read the registration; the refusal otherwise (404 outside, never a hint). */
export function readRefusal(actor: Actor, row: Pick<UnemploymentRegistrationRow, 'region' | 'person_id'>): Refusal | null {
  if (actor.role === 'worker')
    return actor.personId !== null && actor.personId === row.person_id ? null : refuse('out_of_jurisdiction').reason;
  if (!can(actor, 'unemployment.read') || !inScope(actor.jurisdiction, [row.region])) return refuse('out_of_jurisdiction').reason;
  return null;
}

/** null when the actor may take a step on the registration (officers of its jurisdiction). */
export function changeRefusal(actor: Actor, row: Pick<UnemploymentRegistrationRow, 'region' | 'person_id'>): Refusal | null {
  const read = readRefusal(actor, row);
  if (read) return read;
  return can(actor, 'unemployment.register') ? null : refuse('forbidden').reason;
}

/**
 * Where a registration is made (O61-3.2): the office (a worker picks one, staff register at their own)
 * and the first of the person's four places it accepts; staff outside every place get 404 (no hint),
 * and a refusal names the places that would accept.
 */
export function registrationPlace(
  actor: Actor,
  self: boolean,
  input: { placeKind?: PlaceKind | undefined; officeCode?: string | undefined },
  codes: ReadonlyArray<string | null>,
): Result<{ office: string; place: { kind: PlaceKind; code: string } }> {
  const places = placesOf(codes);
  // Staff reach only people of their jurisdiction (no hint about anyone else's places).
  if (
    !self &&
    !inScope(
      actor.jurisdiction,
      places.map((x) => x.code),
    )
  )
    return refuse('out_of_jurisdiction');
  const office = self ? (input.officeCode ?? '') : actor.jurisdiction;
  if (self && office === '') return refuse('validation_failed', { errors: [fieldError('/officeCode', 'validation_failed')] });
  if (input.placeKind && !places.some((x) => x.kind === input.placeKind)) return refuse('unemployment_place_unknown');
  const accepting = acceptingPlaces(office, input.placeKind ? places.filter((x) => x.kind === input.placeKind) : places);
  const place = accepting[0];
  if (!place) {
    const named = acceptingPlaces('', places);
    return refuse('unemployment_place_refused', {
      zh: `失业登记须在本人的户籍地、常住地、就业地或参保地办理。可以办理的地点：${named.map((x) => describePlace(x, 'zh')).join('；')}`,
      en: `Unemployment is registered at one of the person's four places. Places that accept it: ${named.map((x) => describePlace(x, 'en')).join('; ')}`,
    });
  }
  return ok({ office, place });
}
