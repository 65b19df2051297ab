/**
 * The ordered migration set, shared by SQLite and PostgreSQL. Append new migrations; never edit a
 * migration that has shipped.
 */
import type { Migration } from 'kysely';
import type { DialectName } from '../database.js';
import { foundation } from './0001_foundation.js';
import { regions } from './0002_regions.js';
import { people } from './0003_people.js';
import { enterprises } from './0004_enterprises.js';
import { imports } from './0005_imports.js';
import { workerSignin } from './0006_worker_signin.js';
import { policy } from './0007_policy.js';
import { benefits } from './0008_benefits.js';
import { accountTrust } from './0009_account_trust.js';
import { auditKeyed } from './0011_audit_keyed.js';
import { kernelTimersCalendar } from './0012_kernel_timers_calendar.js';
import { bindingAndMerges } from './0010_binding_and_merges.js';
import { importRetention } from './0013_import_retention.js';
import { readableNumbers } from './0015_readable_numbers.js';
import { jobLeases } from './0014_job_leases.js';
import { jobs } from './0017_jobs.js';

import { unemployment } from './0020_unemployment.js';
import { assistance } from './0022_assistance.js';
import { complaints } from './0021_complaints.js';
import { rapidResponse } from './0023_rapid_response.js';
import { fairs } from './0027_fairs.js';
import { sharing } from './0026_sharing.js';
import { gigs } from './0025_gigs.js';
import { workflowVersions } from './0028_workflow_versions.js';
import { jobPostingsChanges } from './0029_job_postings_changes.js';
import { rateLimitHits } from './0030_rate_limit_hits.js';
import { jobPostingsLog } from './0031_job_postings_log.js';
import { peopleMasked } from './0032_people_masked.js';
export const migrationList: Array<[string, (dialect: DialectName) => Migration]> = [
  ['0001_foundation', foundation],
  ['0002_regions', regions],
  ['0003_people', people],
  ['0004_enterprises', enterprises],
  ['0005_imports', imports],
  ['0006_worker_signin', workerSignin],
  ['0007_policy', policy],
  ['0008_benefits', benefits],
  ['0009_account_trust', accountTrust],
  ['0012_kernel_timers_calendar', kernelTimersCalendar],
  ['0011_audit_keyed', auditKeyed],
  ['0010_binding_and_merges', bindingAndMerges],
  ['0013_import_retention', importRetention],
  ['0014_job_leases', jobLeases],
  ['0015_readable_numbers', readableNumbers],
  ['0017_jobs', jobs],
  ['0020_unemployment', unemployment],
  ['0022_assistance', assistance],
  ['0021_complaints', complaints],
  ['0023_rapid_response', rapidResponse],
  ['0026_sharing', sharing],
  ['0025_gigs', gigs],
  ['0027_fairs', fairs],
  ['0028_workflow_versions', workflowVersions],
  ['0029_job_postings_changes', jobPostingsChanges],
  ['0030_rate_limit_hits', rateLimitHits],
  ['0031_job_postings_log', jobPostingsLog],
  ['0032_people_masked', peopleMasked],
];
