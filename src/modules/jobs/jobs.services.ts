/** Builds the jobs module's services from its ports (wired in src/modules/services.ts). */
import type { Deps } from '../deps.js';
import './jobs.errors.js';
import './jobs.permissions.js';
import { createPostingService } from './posting.service.js';
import { createReserveService } from './reserve.service.js';
import { createApplicationService } from './application.service.js';
import { createMatchService } from './match.service.js';
import { createNotices } from './notify.js';
import { createPostingReader } from './posting.reader.js';
import type { JobsPorts } from './ports.js';

export function createJobsServices(deps: Deps, ports: JobsPorts) {
  return {
    postings: createPostingService(deps, ports),
    reserve: createReserveService(deps, ports),
    applications: createApplicationService(deps, ports),
    matching: createMatchService(deps, ports),
    notices: createNotices(deps, ports),
    postingReader: createPostingReader(deps, ports),
  };
}

export type JobsServices = ReturnType<typeof createJobsServices>;
