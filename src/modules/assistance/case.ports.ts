/** What the assistance module needs from other modules and the kernel (filled in src/modules/services.ts). */
import type { Actor } from '../actor.js';
import type { Result } from '../../core/result.js';
import type { ParameterRow } from '../../policy/index.js';
import type { TimersService, UnitOfWork, Work, WorkflowEngine } from '../kernel/index.js';
import type { Match, PostingView } from '../jobs/index.js';
import type { PolicyService } from '../policy-admin/index.js';

/** What the policy engine says a person may claim (the same answer as the worker's own entitlements). */
export type Entitlements = Awaited<ReturnType<PolicyService['entitlements']>>;
export type Recommendation = { posting: PostingView } & Match;

/** A person as assistance cases show them; the ID number masked. */
export interface CasePerson {
  name: string;
  idNumberMasked: string;
  hukouCode: string;
}

export interface AssistancePorts {
  uow: UnitOfWork;
  workflows: WorkflowEngine;
  timers: TimersService;
  /** The kernel calendar's working days. */
  addWorkingDays(date: string, n: number): Promise<string>;
  /** The policy parameter set (seed plus recorded rows): the service standard lives there. */
  parameters(): Promise<readonly ParameterRow[]>;
  people: {
    summary(personId: string): Promise<CasePerson | null>;
    /** Many people's summaries in one read, by id (unknown ids left out): the names of a list. */
    summaries(personIds: readonly string[]): Promise<ReadonlyMap<string, CasePerson>>;
    /** Poverty registration (建档立卡) as the registry holds it. */
    poverty(personId: string): Promise<{ registered: boolean; from: string | null; to: string | null } | null>;
  };
  /** True when the code lies in a priority area on the date (the regions module's designations). */
  priorityArea(code: string, date: string): Promise<boolean>;
  /** The matching engine's recommendations for a person, as the officer may see them. */
  recommend(actor: Actor, personId: string, limit: number): Promise<Result<Recommendation[]>>;
  /**
   * The jobs module's referral (an application lodged by the officer); `follower` records it on the
   * case in the same unit of work, and its refusal rolls the referral back too.
   */
  refer(
    actor: Actor,
    postingId: string,
    personId: string,
    follower: (w: Work, application: { id: string; postingTitle: string }) => Promise<Result<unknown>>,
  ): Promise<Result<{ id: string; postingTitle: string }>>;
  entitlements(personId: string, asOf: string): Promise<Entitlements>;
}
