/** What the jobs module needs from other modules and the kernel (filled in src/modules/services.ts). */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { ParameterRow } from '../../policy/index.js';
import type { TimersService, UnitOfWork, WorkflowEngine } from '../kernel/index.js';
import type { OutboxService, SmsSender } from '../system/index.js';
import type { HireRecord, JobSeeker } from './people-port.js';

export interface JobsEnterprise {
  id: string;
  name: string;
  creditCode: string;
  addressCode: string;
  industryCode: string;
  arrears: boolean;
}

export interface JobsPorts {
  uow: UnitOfWork;
  workflows: WorkflowEngine;
  timers: TimersService;
  outbox: OutboxService;
  sms: SmsSender;
  /** The policy parameter set (seed plus recorded rows). */
  parameters(): Promise<readonly ParameterRow[]>;
  enterprise(id: string): Promise<JobsEnterprise | null>;
  /** True when the code lies in a priority area on the date (O61-4.1). */
  priorityArea(code: string, date: string): Promise<boolean>;
  people: {
    profile(personId: string, asOf: string): Promise<JobSeeker | null>;
    candidates(jurisdiction: string, asOf: string, limit: number): Promise<JobSeeker[]>;
    /** Names of live people by id (no ID number, no phone). */
    namesOf(personIds: readonly string[]): Promise<Map<string, string>>;
    phoneOf(personId: string): Promise<string | null>;
    recordHire(trx: Transaction<Database>, h: HireRecord): Promise<{ employmentId: string; province: string } | null>;
  };
}
