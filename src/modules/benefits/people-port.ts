/**
 * What the benefits module needs to know about people and enterprises, asked through ports instead of
 * the other modules' tables (rules of the house, 9). The service container wires the people module's
 * reader and the enterprises service here (src/modules/services.ts).
 */
import { ok, refuse, type Refusal, type Result } from '../../core/result.js';
import type { BenefitsPolicy } from './policy-port.js';

/** Where a person is (for jurisdiction and the claim's region) and whether the record was merged away. */
export interface PersonPlace {
  id: string;
  province: string;
  hukouCode: string;
  /** Household registration, permanent residence, employment and insured place, in that order. */
  codes: ReadonlyArray<string | null>;
  mergedInto: string | null;
}

export interface PeopleReader {
  /** The person's place, or null when the id is unknown. */
  summary(personId: string): Promise<PersonPlace | null>;
  /** The live record a merged record ended in (itself when not merged); null when unknown. */
  survivorOf(personId: string): Promise<string | null>;
  /** Every record merged into this one, transitively (not including itself). */
  mergedInto(personId: string): Promise<string[]>;
  /** True when an employment entry links the person to the enterprise on the date. */
  employedAt(personId: string, enterpriseId: string, onDate: string): Promise<boolean>;
  /** Name and masked ID number and bank account, for the bank's instruction file. */
  payees(personIds: readonly string[]): Promise<Map<string, { name: string; idNumberMasked: string; bankAccountMasked: string }>>;
}

export interface EnterpriseReader {
  /** The enterprise's address code, or null when there is no such enterprise. */
  addressOf(enterpriseId: string): Promise<string | null>;
}

/** Everything the benefits module asks of other modules. */
export interface BenefitsPorts {
  policy: BenefitsPolicy;
  people: PeopleReader;
  enterprises: EnterpriseReader;
}

/** The refusal for a record that was merged away: it names the surviving record (decision 108). */
export function mergedAway(survivorId: string): { ok: false; reason: Refusal } {
  return refuse('person_merged', {
    zh: `该记录已合并到记录 ${survivorId}，请对该记录办理`,
    en: `This record was merged into record ${survivorId}; use that record`,
  });
}

/** The person's id when the record is live; the merged-away refusal naming the survivor; not_found when unknown. */
export async function liveRecord(people: PeopleReader, personId: string): Promise<Result<string>> {
  const survivor = await people.survivorOf(personId);
  if (survivor === null) return refuse('not_found');
  return survivor === personId ? ok(personId) : mergedAway(survivor);
}

/** The person and every record merged into it: what money limits count (decision 108). */
export async function mergeFamily(people: PeopleReader, personId: string): Promise<string[]> {
  return [personId, ...(await people.mergedInto(personId))];
}
