/** Builds the gigs module's services from its ports (wired in src/modules/services.ts). */
import type { Deps } from '../deps.js';
import './gigs.errors.js';
import './gigs.permissions.js';
import { createGigReader } from './gig.read.js';
import { createTaskService } from './task.service.js';
import { createSignupService } from './signup.service.js';
import { createFeedbackService } from './feedback.service.js';
import type { GigsPorts } from './ports.js';

export function createGigsServices(deps: Deps, ports: GigsPorts) {
  const read = createGigReader(deps, ports);
  return {
    tasks: createTaskService(deps, ports, read),
    signups: createSignupService(deps, ports, read),
    feedback: createFeedbackService(deps, ports, read),
  };
}

export type GigsServices = ReturnType<typeof createGigsServices>;
