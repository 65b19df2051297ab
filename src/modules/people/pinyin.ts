/**
 * Pinyin of a person's name for search: full pinyin without tones or spaces ('weixiaoming') and
 * initials ('wxm'). Surnames use their surname reading (单 shan, 曾 zeng). Results are memoised,
 * because names repeat a lot in bulk imports.
 */
import { pinyin } from 'pinyin-pro';

export interface NamePinyin {
  full: string;
  initials: string;
}

const cache = new Map<string, NamePinyin>();
/**
 * Names kept; when full the oldest name is forgotten (a Map iterates in insertion order), so a file
 * with more distinct names than this keeps its common names instead of emptying the whole cache
 * every CACHE_LIMIT names as it did (issue 8). About 20 MiB per parse thread when full.
 */
const CACHE_LIMIT = 200_000;

/** Lower-case ASCII letters only ('ü' is written 'v'). */
function letters(s: string): string {
  return s
    .toLowerCase()
    .replace(/ü/g, 'v')
    .replace(/[^a-z]/g, '');
}

/** Full pinyin and initials of a name; non-Han characters (·, Latin letters) are kept as letters or dropped. */
export function namePinyin(name: string): NamePinyin {
  const hit = cache.get(name);
  if (hit) return hit;
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head', v: true })
    .map(letters)
    .filter((s) => s.length > 0);
  const value = { full: syllables.join(''), initials: syllables.map((s) => s.charAt(0)).join('') };
  if (cache.size >= CACHE_LIMIT) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(name, value);
  return value;
}

/** True when the text contains a Han character (then a search is a name prefix). */
export function hasHan(s: string): boolean {
  return /\p{Script=Han}/u.test(s);
}
