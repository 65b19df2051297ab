/** The unemployment module's ports: to the people module, and to the modules that follow registrations. */
import type { Work } from '../kernel/index.js';

/** What the module asks of the people module (a port: it reads no people table itself). */
export interface RegistrantReader {
  summary(personId: string): Promise<Registrant | null>;
  /** Many people's summaries in one read, by id (unknown ids left out): the names of a list page. */
  summaries(personIds: readonly string[]): Promise<ReadonlyMap<string, Registrant>>;
}

/** A registrant as the module sees them; the ID number masked. */
export interface Registrant {
  id: string;
  name: string;
  province: string;
  codes: ReadonlyArray<string | null>;
  idNumberMasked: string;
  mergedInto: string | null;
}

/** A registration as a follower sees it before it is written. */
export interface RegistrationOpening {
  personId: string;
  province: string;
  region: string;
  registeredOn: string;
  /** The registering officer (null when the worker registered themself). */
  officerId: string | null;
}

/** A step on a registration, as a follower sees it inside the step's write. */
export interface RegistrationStep {
  registrationId: string;
  event: 'start_services' | 'transfer' | 'employed' | 'deregister';
  province: string;
  region: string;
  onDate: string;
}

/**
 * Another module that keeps something per registration (the assistance case, decision 156). Its work
 * joins the registration's own unit of work: `prepare` runs before the write, outside any transaction
 * (reads that would wait on SQLite's single writer), and returns what to do inside it.
 */
export interface RegistrationFollower {
  prepare(r: RegistrationOpening): Promise<(w: Work, registrationId: string) => Promise<void>>;
  stepped(w: Work, s: RegistrationStep): Promise<void>;
}
