/**
 * The demo world's data, in order: each module that has demo data adds its seeder here.
 * A seeder runs once, on an empty database in demo mode, before the demo accounts are created.
 */
import type { Runtime } from '../runtime.js';
import { seedDemoPeople } from './people-seeder.js';
import { seedDemoEnterprises } from './enterprises.js';
import { seedDemoJobs } from './jobs.js';
import { seedDemoUnemployment } from './unemployment.js';
import { seedDemoRapidResponse } from './rapid-response.js';
import { seedDemoComplaints } from './complaints.js';
import { seedDemoAssistance } from './assistance.js';
import { seedDemoSharing } from './sharing.js';
import { seedDemoFairs } from './fairs.js';
import { seedDemoGigs } from './gigs.js';

export type DemoSeeder = (rt: Runtime) => Promise<void>;

export const demoSeeders: DemoSeeder[] = [
  seedDemoEnterprises,
  seedDemoPeople,
  seedDemoJobs,
  seedDemoUnemployment,
  seedDemoAssistance,
  seedDemoComplaints,
  seedDemoRapidResponse,
  seedDemoSharing,
  seedDemoFairs,
  seedDemoGigs,
];
