/**
 * Place names for division codes (行政区划代码 → 名称), cached in the browser for the session:
 * each code is asked of the server once, the codes a page asks for in the same moment go in one
 * request (GET /regions/names?codes=…, up to 200 a request), and the answer serves every later
 * PlaceName, table cell and select label.
 *
 *   await resolvePlace('451228')  → { code, name: '都安瑶族自治县', path: '广西壮族自治区 / 河池市 / 都安瑶族自治县', level }
 *   cachedPlace('451228')         → the same, or undefined when not fetched yet (synchronous)
 *   placeText(place)              → '河池市都安瑶族自治县' (the parent's name before a county or township)
 *
 * React: <PlaceName code="451228" /> (web/src/components/PlaceName.tsx) or usePlace(code).
 */
import { getPlaceNames } from '../api/regions';
import { isDivisionCode, type Place } from './placeText';

export { isDivisionCode, placeText, type Place } from './placeText';

const resolved = new Map<string, Place | null>();
const pending = new Map<string, Promise<Place | null>>();
const listeners = new Set<() => void>();

/** The place of a code from the cache (undefined: not asked yet; null: unknown code). */
export function cachedPlace(code: string): Place | null | undefined {
  return resolved.get(code);
}

/** Codes asked for since the last request, each with the resolver of its promise. */
let queued = new Map<string, (place: Place | null) => void>();
const BATCH = 200;

/**
 * Sends the queued codes, up to BATCH a request. A code the server does not know is remembered as
 * unknown; after a failed request (network, 403) its codes are answered null but not remembered,
 * so the next page that shows them asks again (one failure must not blank a page of names).
 */
async function flush(): Promise<void> {
  const batch = queued;
  queued = new Map();
  const codes = [...batch.keys()];
  for (let i = 0; i < codes.length; i += BATCH) {
    const part = codes.slice(i, i + BATCH);
    const found = new Map<string, Place>();
    let answered = true;
    try {
      for (const d of (await getPlaceNames(part)).items)
        found.set(d.code, {
          code: d.code,
          name: d.names[d.names.length - 1] ?? d.code,
          names: d.names,
          path: d.names.join(' / '),
          level: d.level,
        });
    } catch {
      answered = false;
    }
    for (const code of part) {
      const place = found.get(code) ?? null;
      if (answered) resolved.set(code, place);
      pending.delete(code);
      batch.get(code)?.(place);
    }
    for (const l of listeners) l();
  }
}

/** The place of a code, from the cache or the server; null when the server does not know it. */
export function resolvePlace(code: string): Promise<Place | null> {
  if (!isDivisionCode(code)) return Promise.resolve(null);
  const known = resolved.get(code);
  if (known !== undefined) return Promise.resolve(known);
  const inFlight = pending.get(code);
  if (inFlight) return inFlight;
  const ask = new Promise<Place | null>((resolve) => {
    if (queued.size === 0) setTimeout(() => void flush(), 0);
    queued.set(code, resolve);
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
