/** Mainland China mobile numbers. */

/** Strips +86/0086, spaces and dashes; returns the 11-digit number or null when it is not a mobile number. */
export function normalisePhone(raw: string): string | null {
  let s = raw.replace(/[\s-]/g, '');
  if (s.startsWith('+86')) s = s.slice(3);
  else if (s.startsWith('0086')) s = s.slice(4);
  return /^1[3-9]\d{9}$/.test(s) ? s : null;
}
