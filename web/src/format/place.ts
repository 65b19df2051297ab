/**
 * Place names for division codes (行政区划代码 → 名称), cached in the browser for the session:
 * each code is asked of the server once (GET /regions/:code), concurrent asks share one request,
 * and the answer serves every later PlaceName, table cell and select label.
 *
 *   await resolvePlace('451228')  → { code, name: '都安瑶族自治县', path: '广西壮族自治区 / 河池市 / 都安瑶族自治县', level }
 *   cachedPlace('451228')         → the same, or undefined when not fetched yet (synchronous)
 *   placeText(place)              → '河池市都安瑶族自治县' (the parent's name before a county or township)
 *
 * React: <PlaceName code="451228" /> (web/src/components/PlaceName.tsx) or usePlace(code).
 */
import { getDivision } from '../api/regions';
import { isDivisionCode, type Place } from './placeText';

export { isDivisionCode, placeText, type Place } from './placeText';

const resolved = new Map<string, Place | null>();
const pending = new Map<string, Promise<Place | null>>();
const listeners = new Set<() => void>();

/** The place of a code from the cache (undefined: not asked yet; null: unknown code). */
export function cachedPlace(code: string): Place | null | undefined {
  return resolved.get(code);
}

/** The place of a code, from the cache or the server; null when the server does not know it. */
export function resolvePlace(code: string): Promise<Place | null> {
  if (!isDivisionCode(code)) return Promise.resolve(null);
  const known = resolved.get(code);
  if (known !== undefined) return Promise.resolve(known);
  const inFlight = pending.get(code);
  if (inFlight) return inFlight;
  const ask = getDivision(code)
    .then((d): Place => {
      const chain = [...d.ancestors, d.division];
      return {
        code,
        name: d.division.name,
        names: chain.map((a) => a.name),
        path: chain.map((a) => a.name).join(' / '),
        level: d.division.level,
      };
    })
    .catch((): null => null)
    .then((place) => {
      resolved.set(code, place);
      pending.delete(code);
      // A failed lookup (network, 403) is remembered only for this session, like a hit.
      for (const l of listeners) l();
      return place;
    });
  pending.set(code, ask);
  return ask;
}

/** Subscribes to "a place was resolved" (for useSyncExternalStore); returns the unsubscribe. */
export function onPlaceResolved(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Seeds the cache (tests, or a page that already holds the names). */
export function rememberPlace(place: Place): void {
  resolved.set(place.code, place);
  for (const l of listeners) l();
}
