/** What a registration looks like when it leaves the module: names, masked ID, places named. */
import { fullName } from '../regions/index.js';
import { isPlaceKind, placeLabels, type PlaceKind, type RegistrationStatus } from './registration.js';
import type { UnemploymentEventRow, UnemploymentRegistrationRow } from './registration.table.js';

export interface RegistrationEvent {
  kind: string;
  placeKind: PlaceKind | null;
  placeCode: string | null;
  placeName: string | null;
  note: string | null;
  onDate: string;
  at: string;
}

export interface RegistrationView {
  id: string;
  number: string;
  personId: string;
  personName: string;
  idNumberMasked: string;
  placeKind: PlaceKind;
  placeCode: string;
  placeName: string;
  region: string;
  regionName: string;
  status: RegistrationStatus;
  registeredOn: string;
  endedOn: string | null;
  endReason: string | null;
  version: number;
  events?: RegistrationEvent[];
}

/** The place's full name (广西壮族自治区河池市都安瑶族自治县), or the code when the name is unknown. */
export function placeName(code: string): string {
  return fullName(code) ?? code;
}

/** "户籍地 广西…都安瑶族自治县" — how a refusal names a place. */
export function describePlace(p: { kind: PlaceKind; code: string }, lang: 'zh' | 'en'): string {
  return `${placeLabels[p.kind][lang]} ${placeName(p.code)}`;
}

export function toView(
  row: UnemploymentRegistrationRow,
  person: { name: string; idNumberMasked: string },
  events?: UnemploymentEventRow[],
): RegistrationView {
  const kind: PlaceKind = isPlaceKind(row.place_kind) ? row.place_kind : 'hukou';
  const view: RegistrationView = {
    id: row.id,
    number: row.number,
    personId: row.person_id,
    personName: person.name,
    idNumberMasked: person.idNumberMasked,
    placeKind: kind,
    placeCode: row.place_code,
    placeName: placeName(row.place_code),
    region: row.region,
    regionName: placeName(row.region),
    status: row.status as RegistrationStatus,
    registeredOn: row.registered_on,
    endedOn: row.ended_on,
    endReason: row.end_reason,
    version: row.version,
  };
  if (events)
    view.events = events.map((e) => ({
      kind: e.kind,
      placeKind: e.place_kind !== null && isPlaceKind(e.place_kind) ? e.place_kind : null,
      placeCode: e.place_code,
      placeName: e.place_code === null ? null : placeName(e.place_code),
      note: e.note,
      onDate: e.on_date,
      at: e.at,
    }));
  return view;
}
