/** What the gigs module needs from other modules and the kernel (filled in src/modules/services.ts). */
import type { Result } from '../../core/result.js';
import type { TimersService, UnitOfWork, WorkflowEngine } from '../kernel/index.js';

export interface GigsPorts {
  uow: UnitOfWork;
  workflows: WorkflowEngine;
  timers: TimersService;
  /** The jobs module's minimum-wage check for daily pay (8 × the hourly minimum), with its refusal. */
  checkDayRate(placeCode: string, date: string, dayRateFen: number): Promise<Result<unknown>>;
  enterprise(id: string): Promise<{ id: string; name: string; addressCode: string } | null>;
  people: {
    /** Names, localities and masked ID numbers of people by id (unknown ids left out). */
    summaries(ids: readonly string[]): Promise<Map<string, { name: string; codes: Array<string | null>; idNumberMasked: string }>>;
  };
}
