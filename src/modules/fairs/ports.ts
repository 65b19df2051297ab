/** What the fairs module needs from the kernel, the jobs module and people (filled in src/modules/services.ts). */
import type { Result } from '../../core/result.js';
import type { Actor } from '../actor.js';
import type { TimersService, UnitOfWork, WorkflowEngine, Work } from '../kernel/index.js';
import type { ApplicationView, PostingView } from '../jobs/index.js';

/** A job notice to a person or an employer, in both languages (the jobs module's notices deliver it). */
export interface FairNotice {
  kind: string;
  personId?: string;
  enterpriseId?: string;
  refId: string;
  zh: string;
  en: string;
}

export interface FairsPorts {
  uow: UnitOfWork;
  workflows: WorkflowEngine;
  timers: TimersService;
  jobs: {
    postings(ids: readonly string[]): Promise<PostingView[]>;
    /** The worker's application through the jobs module, with `follow` written in its unit of work. */
    apply(
      actor: Actor,
      postingId: string,
      follow: (w: Work, a: ApplicationView) => Promise<Result<unknown>>,
    ): Promise<Result<ApplicationView>>;
    tally(applicationIds: readonly string[]): Promise<{ applications: number; hires: number }>;
    /** A job notice (in-app message and SMS) as an outbox message. */
    notice(n: FairNotice): { topic: string; payload: string };
  };
  enterpriseName(id: string): Promise<string | null>;
  people: {
    /** The person with this ID number and name, or null. */
    identify(idNumber: string, name: string): Promise<string | null>;
    namesOf(personIds: readonly string[]): Promise<Map<string, string>>;
  };
}
