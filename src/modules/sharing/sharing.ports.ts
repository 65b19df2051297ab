/** What labour sharing needs from other modules and the kernel (filled in src/modules/services.ts). */
import type { Result } from '../../core/result.js';
import type { TimersService, UnitOfWork, WorkflowEngine } from '../kernel/index.js';
import type { MinimumWage } from '../jobs/index.js';

export interface SharingFirm {
  id: string;
  name: string;
  addressCode: string;
}

export interface SharingPorts {
  uow: UnitOfWork;
  workflows: WorkflowEngine;
  timers: TimersService;
  enterprise(id: string): Promise<SharingFirm | null>;
  /** Of these people, those with an employment record at the firm covering the date. */
  staffAmong(enterpriseId: string, personIds: readonly string[], onDate: string): Promise<Set<string>>;
  /** Names of live people by id (no ID number, no phone). */
  namesOf(personIds: readonly string[]): Promise<Map<string, string>>;
  /** The jobs module's minimum wage at a place on a date, with the place's name. */
  minimumWage(code: string, date: string): Promise<Result<MinimumWage & { placeName: string }>>;
}
