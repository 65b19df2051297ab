/**
 * A division code shown as its place name, the code on hover (and in the accessible title):
 *
 *   <PlaceName code="451228" />          → 河池市都安瑶族自治县   (hover: 广西壮族自治区 / 河池市 / 都安瑶族自治县 · 451228)
 *   <PlaceName code={p.hukouCode} short /> → 都安瑶族自治县
 *
 * Names are cached for the session (web/src/format/place.ts). While the name loads, and for a
 * code the server does not know, the code itself is shown. Empty codes render `fallback` ('').
 */
import { useEffect, useSyncExternalStore } from 'react';
import { cachedPlace, isDivisionCode, onPlaceResolved, placeText, resolvePlace, type Place } from '../format/place';

/** The place of a code (undefined while loading, null when unknown), re-rendering once resolved. */
export function usePlace(code: string | null | undefined): Place | null | undefined {
  const valid = isDivisionCode(code);
  const place = useSyncExternalStore(onPlaceResolved, () => (valid ? cachedPlace(code) : null));
  useEffect(() => {
    if (valid) void resolvePlace(code);
  }, [valid, code]);
  return place;
}

export function PlaceName({ code, short, fallback = '' }: { code: string | null | undefined; short?: boolean; fallback?: string }) {
  const place = usePlace(code);
  if (!code) return <>{fallback}</>;
  if (!place) return <span translate="no">{code}</span>;
  return (
    <span title={`${place.path} · ${code}`} data-code={code}>
      {short ? place.name : placeText(place)}
    </span>
  );
}
