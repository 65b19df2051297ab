/** What rapid response asks of other modules (ports the composition root fills; it reads no other table itself). */
import type { Actor } from '../actor.js';
import type { Work } from '../kernel/index.js';
import type { Result } from '../../core/result.js';

export interface ResponsePeople {
  summary(personId: string): Promise<ResponsePerson | null>;
  /** Many people's summaries in one read, by id (unknown ids left out): the names of an event's workers. */
  summaries(personIds: readonly string[]): Promise<ReadonlyMap<string, ResponsePerson>>;
  /** The live record with this ID number AND this name, or null (unknown, or the name differs). */
  identify(idNumber: string, name: string): Promise<string | null>;
}

/** A person as rapid response sees them; the ID number masked. */
export interface ResponsePerson {
  id: string;
  name: string;
  codes: ReadonlyArray<string | null>;
  idNumberMasked: string;
  mergedInto: string | null;
}

export interface ResponseEnterprises {
  get(id: string): Promise<{ id: string; name: string; addressCode: string | null } | null>;
}

/** What a listed worker is offered (O61-3.1): registration, referrals, relief. */
export interface ResponseOffers {
  /** True when the person holds an unemployment registration in force on the date. */
  registeredOn(personId: string, date: string): Promise<boolean>;
  /**
   * Registers the person as unemployed at a place the actor's office accepts (the unemployment module
   * decides); `then` writes in the registration's unit of work, and its refusal undoes the registration.
   */
  register(
    actor: Actor,
    personId: string,
    then: (w: Work, registration: { number: string }) => Promise<Result<unknown>>,
  ): Promise<Result<{ number: string }>>;
  /** The best open postings for the person (the jobs module's recommendations). */
  referrals(personId: string, limit: number): Promise<Array<{ postingId: string; title: string }>>;
  /** The relief programs the policy engine finds the person eligible for on the date, with amounts. */
  relief(personId: string, asOf: string): Promise<Array<{ programId: string; name: { zh: string; en: string }; amountFen: number }>>;
}

export interface ResponseUsers {
  displayNames(ids: readonly string[]): Promise<Record<string, string>>;
}
