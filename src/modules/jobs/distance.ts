/**
 * Distance between two division codes in kilometres, from the county centroids in
 * seed/division-centroids.tsv (copied from shared/data; its SOURCE file says what it is), falling back
 * to division tiers (same township, county, prefecture, province) where a code is missing (decision 222).
 */
import fs from 'node:fs';

const CENTROIDS_FILE = new URL('./seed/division-centroids.tsv', import.meta.url);
let centroids: Map<string, [number, number]> | undefined;

function table(): Map<string, [number, number]> {
  if (centroids) return centroids;
  const map = new Map<string, [number, number]>();
  for (const line of fs.readFileSync(CENTROIDS_FILE, 'utf8').split('\n').slice(1)) {
    const [code, , lng, lat] = line.split('\t');
    if (code && lng && lat) map.set(code, [Number(lng), Number(lat)]);
  }
  centroids = map;
  return map;
}

/** The centroid of a code's county (a township uses its county; a prefecture without counties, e.g. 441900, itself). */
export function centroidOf(code: string): [number, number] | null {
  const t = table();
  return t.get(code.slice(0, 6)) ?? null;
}

/** Great-circle distance in km (haversine, earth radius 6371 km). */
export function haversineKm(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLng = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export type Tier = 'township' | 'county' | 'prefecture' | 'province' | 'country';

/** The closest level two codes share. */
export function tierOf(a: string, b: string): Tier {
  if (a.length >= 9 && b.length >= 9 && a.slice(0, 9) === b.slice(0, 9)) return 'township';
  if (a.slice(0, 6) === b.slice(0, 6)) return 'county';
  if (a.slice(0, 4) === b.slice(0, 4)) return 'prefecture';
  if (a.slice(0, 2) === b.slice(0, 2)) return 'province';
  return 'country';
}

/** The distance in km when both centroids are known (0 within one county), or the shared tier. */
export function distanceBetween(a: string, b: string): { km: number | null; tier: Tier } {
  const tier = tierOf(a, b);
  if (tier === 'township' || tier === 'county') return { km: 0, tier };
  const ca = centroidOf(a);
  const cb = centroidOf(b);
  return { km: ca && cb ? Math.round(haversineKm(ca, cb)) : null, tier };
}
