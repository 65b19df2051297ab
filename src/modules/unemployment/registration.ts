/**
 * Unemployment registration (O61-3.2), pure: the four places a migrant worker may register at, which
 * office may accept a registration, and the registration's workflow. Nothing here touches the database.
 */
import { defineWorkflow } from '../kernel/index.js';
import { inScope } from '../../db/scope.js';

/** 户籍地, 常住地, 就业地, 参保地 — in the order the registry keeps them. */
export const placeKinds = ['hukou', 'residence', 'employment', 'insured'] as const;
export type PlaceKind = (typeof placeKinds)[number];

export const placeLabels: Record<PlaceKind, { zh: string; en: string }> = {
  hukou: { zh: '户籍地', en: 'household registration' },
  residence: { zh: '常住地', en: 'permanent residence' },
  employment: { zh: '就业地', en: 'place of employment' },
  insured: { zh: '参保地', en: 'insured place' },
};

export function isPlaceKind(s: string): s is PlaceKind {
  return (placeKinds as readonly string[]).includes(s);
}

export const registrationStates = ['registered', 'receiving_services', 'employed', 'deregistered'] as const;
export type RegistrationStatus = (typeof registrationStates)[number];
export const activeStates: readonly RegistrationStatus[] = ['registered', 'receiving_services'];

/** Why a registration ends without a job (a fixed list, so reports can count them). */
export const deregistrationReasons = ['moved_away', 'stopped_seeking', 'enrolled_in_education', 'retired', 'deceased', 'other'] as const;
export type DeregistrationReason = (typeof deregistrationReasons)[number];

export const registrationWorkflow = defineWorkflow({
  entityType: 'unemployment_registration',
  table: 'unemployment_registrations',
  states: registrationStates,
  rules: [
    { event: 'start_services', from: 'registered', to: 'receiving_services' },
    { event: 'transfer', from: 'registered', to: 'registered' },
    { event: 'transfer', from: 'receiving_services', to: 'receiving_services' },
    { event: 'employed', from: ['registered', 'receiving_services'], to: 'employed' },
    { event: 'deregister', from: ['registered', 'receiving_services'], to: 'deregistered' },
  ],
});

/** A person's places, by kind; a kind the registry does not know is left out. */
export function placesOf(codes: ReadonlyArray<string | null>): Array<{ kind: PlaceKind; code: string }> {
  return placeKinds.flatMap((kind, i) => {
    const code = codes[i];
    return code ? [{ kind, code }] : [];
  });
}

/** The county (6 digits) a place code lies in; shorter codes are their own area. */
function countyOf(code: string): string {
  return code.length > 6 ? code.slice(0, 6) : code;
}

/**
 * True when an office (a jurisdiction code) may register a person at a place: the office lies within
 * the place's county (a township office of that county, or the county bureau itself), or the office
 * is above it (the prefecture or province). A township office of another township in the same county
 * is within the county, so it may register too: the county is the unit O61-3.2 names.
 */
export function officeAccepts(office: string, placeCode: string): boolean {
  const county = countyOf(placeCode);
  return inScope(office, [county]) || inScope(county, [office]);
}

/** The places (of the person's four) at which this office may register them. */
export function acceptingPlaces(
  office: string,
  places: ReadonlyArray<{ kind: PlaceKind; code: string }>,
): Array<{ kind: PlaceKind; code: string }> {
  return places.filter((p) => officeAccepts(office, p.code));
}

/**
 * The division the registration is kept under (its jurisdiction): the office when it lies inside the
 * place's county (a township office sees its own registrations), otherwise the place itself.
 */
export function registrationRegion(office: string, placeCode: string): string {
  return office.length > countyOf(placeCode).length && inScope(countyOf(placeCode), [office]) ? office : placeCode;
}
