/** Place names without the network: the Place shape, code check and display text (place.ts fetches). */

export interface Place {
  code: string;
  /** The division's own name, e.g. 都安瑶族自治县. */
  name: string;
  /** Province to the division, joined with " / ". */
  path: string;
  /** Names from the province down to the division. */
  names: string[];
  level: string;
}

/** Division codes are 2, 4, 6 or 9 digits. */
export function isDivisionCode(code: string | null | undefined): code is string {
  return typeof code === 'string' && /^\d{2}(\d{2}(\d{2}(\d{3})?)?)?$/.test(code);
}

/**
 * The name to show: a county or township with its parent (河池市都安瑶族自治县, 都安瑶族自治县地苏镇)
 * so that two places of the same name can be told apart; a province or prefecture by itself.
 */
export function placeText(place: Place): string {
  const n = place.names.length;
  if (n >= 3) return `${place.names[n - 2] ?? ''}${place.name}`;
  return place.name;
}
