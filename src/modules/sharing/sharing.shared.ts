/** Helpers both sharing services use: firms' names, and the wage against the jobs module's minimum. */
import { fieldError, refuse, type Refusal } from '../../core/result.js';
import { belowMinimumMessage } from '../jobs/index.js';
import type { SharingPorts } from './sharing.ports.js';

/** The names of firms by id (one read each; a page holds few firms). */
export async function firmNames(ports: SharingPorts, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const firms = await Promise.all(unique.map((id) => ports.enterprise(id)));
  return new Map(firms.flatMap((f) => (f ? [[f.id, f.name] as const] : [])));
}

/**
 * The refusal when a monthly wage lies below the minimum wage of the place on the date (the jobs
 * module's figures and message, decision 196), or null when it does not.
 */
export async function wageRefusal(
  ports: SharingPorts,
  wageFen: number,
  placeCode: string,
  date: string,
): Promise<{ ok: false; reason: Refusal } | null> {
  const min = await ports.minimumWage(placeCode, date);
  if (!min.ok) return refuse('sharing_minimum_wage_unknown');
  const msg = belowMinimumMessage({ payMinFen: wageFen, payPeriod: 'month', pieceMonthlyFen: null }, min.value, min.value.placeName);
  if (!msg) return null;
  return refuse('sharing_wage_below_minimum', { ...msg, errors: [fieldError('/wageFen', 'sharing_wage_below_minimum', msg)] });
}
