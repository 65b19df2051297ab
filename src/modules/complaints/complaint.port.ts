/** What the complaints module asks of the people and enterprises modules (ports: it reads none of their tables). */
import type { Actor } from '../actor.js';
import type { Result } from '../../core/result.js';
import type { Work } from '../kernel/index.js';

export interface ComplaintPeople {
  /** Name, masked ID number, four places (household, residence, employment, insured), merge mark. */
  summary(personId: string): Promise<{
    id: string;
    name: string;
    codes: ReadonlyArray<string | null>;
    idNumberMasked: string;
    mergedInto: string | null;
  } | null>;
  /** Names and masked ID numbers of many people at once (one read), by id; unknown ids are left out. */
  summaries(personIds: readonly string[]): Promise<ReadonlyMap<string, { name: string; idNumberMasked: string }>>;
  /** The person's employment entries, newest first (the pre-fill of a worker's complaint). */
  employment(
    personId: string,
  ): Promise<
    Array<{ enterpriseId: string | null; enterpriseName: string; divisionCode: string; startDate: string; endDate: string | null }>
  >;
}

export interface ComplaintEnterprises {
  /** The registered employer's name, address and arrears flag; null when unknown. */
  get(id: string): Promise<{ id: string; name: string; addressCode: string; arrearsFlagged: boolean } | null>;
  /** The enterprises module's malicious-arrears flag (its own policy, audit and refusals), inside the complaint's unit of work. */
  flagArrears(w: Pick<Work, 'trx' | 'audit'>, actor: Actor, id: string, input: { reason: string; date: string }): Promise<Result<unknown>>;
}

export interface ComplaintPorts {
  people: ComplaintPeople;
  enterprises: ComplaintEnterprises;
}
