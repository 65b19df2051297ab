/**
 * What other modules may read of a person, without the people tables (rules of the house, 9): the
 * localities that decide jurisdiction, the merge family (the surviving record of a merged one, and
 * every record merged into a survivor, transitively), current employment at a registered enterprise,
 * and the masked payee details of a bank file. Benefits and worker binding take this through their
 * ports (src/modules/benefits/people-port.ts, src/modules/accounts/binding.ts).
 */
import type { Deps } from '../deps.js';
import { maskBankAccount } from '../../crypto/mask.js';
import { maskedIdNumberOf } from './person.codec.js';
import * as repo from './person.repository.js';
import * as hist from './person-history.repository.js';
import { localityCodes } from './person.policy.js';

/** What a bank file shows of a payee: the name, the masked ID number and bank account. */
export interface Payee {
  name: string;
  idNumberMasked: string;
  bankAccountMasked: string;
}

/** A person as other modules see them: where, which province, whether merged; the ID number masked. */
export interface PersonSummary {
  id: string;
  name: string;
  province: string;
  hukouCode: string;
  /** Household registration, permanent residence, employment and insured place (null when unknown). */
  codes: Array<string | null>;
  idNumberMasked: string;
  mergedInto: string | null;
}

/** A person's name and masked ID number as a page shows them: empty when the record is not found. */
export function nameOf(p: Pick<PersonSummary, 'name' | 'idNumberMasked'> | null | undefined): { name: string; idNumberMasked: string } {
  return { name: p?.name ?? '', idNumberMasked: p?.idNumberMasked ?? '' };
}

/** Longest merge chain followed; merges never form a cycle, this only bounds a corrupted one. */
const MAX_HOPS = 64;

export function createPersonReader(deps: Deps) {
  const { db, pii } = deps;
  const summaryOf = (row: repo.Person): PersonSummary => ({
    id: row.id,
    name: row.name,
    province: row.province,
    hukouCode: row.hukou_code,
    codes: localityCodes(row),
    idNumberMasked: maskedIdNumberOf(pii, row),
    mergedInto: row.merged_into,
  });
  return {
    /** The person's summary, or null when the id is unknown. */
    async summary(personId: string): Promise<PersonSummary | null> {
      const row = await repo.findPersonById(db.kysely, personId);
      return row ? summaryOf(row) : null;
    },

    /** Many people's summaries in one read, by id (unknown ids are left out). */
    async summaries(personIds: readonly string[]): Promise<Map<string, PersonSummary>> {
      const ids = [...new Set(personIds)];
      if (ids.length === 0) return new Map();
      return new Map((await repo.findPeopleByIds(db.kysely, ids)).map((row) => [row.id, summaryOf(row)]));
    },

    /** The live record a merged one ended in (itself when not merged); null when the id is unknown. */
    async survivorOf(personId: string): Promise<string | null> {
      const last = await repo.lastMergeLink(db.kysely, personId, MAX_HOPS);
      if (!last) return null;
      if (last.merged_into === null) return last.id;
      throw new Error(`merge chain of ${personId} is longer than ${MAX_HOPS}`);
    },

    /** Every record merged into this one, directly or through another merged record (one query). */
    mergedInto: (personId: string): Promise<string[]> => repo.mergedFamilyIds(db.kysely, personId),

    /** True when an employment entry links the person to the enterprise on that date. */
    employedAt: (personId: string, enterpriseId: string, onDate: string): Promise<boolean> =>
      hist.employedAt(db.kysely, personId, enterpriseId, onDate),

    /** The people employed at an enterprise on a date (the employer portal), ID numbers masked. */
    async employeesOf(
      enterpriseId: string,
      onDate: string,
      query: { name?: string | undefined; page: number; pageSize: number },
    ): Promise<{ items: Array<{ id: string; name: string; idNumberMasked: string; hukouCode: string }>; total: number }> {
      const { rows, total } = await hist.employeesOf(
        db.kysely,
        enterpriseId,
        onDate,
        query.name?.trim() || undefined,
        query.pageSize,
        (query.page - 1) * query.pageSize,
      );
      const items = rows.map((r) => ({
        id: r.id,
        name: r.name,
        idNumberMasked: maskedIdNumberOf(pii, r),
        hukouCode: r.hukou_code,
      }));
      return { items, total };
    },

    /** Name, masked ID number and masked bank account for a bank instruction file. */
    /** The masked payee details of each person (one query for a whole bank batch). */
    async payees(personIds: readonly string[]): Promise<Map<string, Payee>> {
      const rows = await repo.findPeopleByIds(db.kysely, [...new Set(personIds)]);
      return new Map(
        rows.map((row) => [
          row.id,
          {
            name: row.name,
            idNumberMasked: maskedIdNumberOf(pii, row),
            bankAccountMasked: row.bank_enc ? maskBankAccount(pii.decrypt(row.bank_enc)) : '',
          },
        ]),
      );
    },
  };
}

export type PersonReader = ReturnType<typeof createPersonReader>;
