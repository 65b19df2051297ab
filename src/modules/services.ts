/**
 * The service container: every front end (API, staff app, CLI) calls these same services.
 */
import type { Deps } from './deps.js';
import { createAuditService } from './audit/audit.service.js';
import { createAuthService } from './accounts/auth.service.js';
import { createUsersService } from './accounts/users.service.js';
import { createIdempotencyService } from './system/idempotency.service.js';
import { createOutboxService } from './system/outbox.service.js';
import { createTimersService } from './kernel/timers.service.js';
import { createCalendarService } from './kernel/calendar.service.js';
import { createWorkflowEngine } from './kernel/workflow.service.js';
import { getSetting, putSetting } from './system/settings.repository.js';
import { createLogSmsSender, type SmsSender } from './system/sms.js';
import { createWorkerSigninService } from './accounts/worker-signin.service.js';
import { createLocalBlobStore } from './blobs/blob-store.js';
import { createImportService } from './imports/import.service.js';
import { createExportService } from './exports/export.service.js';
import { createRegionService } from './regions/region.service.js';
import { createCatalogService } from './catalog/catalog.service.js';
import { createEnterprisesService } from './enterprises/enterprise.service.js';
import { createEnterpriseImporter } from './enterprises/enterprise.importer.js';
import { enterpriseRegions } from './enterprises/divisions.js';
import { createPeopleService } from './people/person.service.js';
import { createPersonHistoryService } from './people/person-history.service.js';
import { createPersonMergeService } from './people/person-merge.service.js';
import { createPersonImporter } from './people/person.importer.js';
import { regionDivisionRules } from './people/divisions.js';
import { createDashboardService } from './dashboard/dashboard.service.js';
import { dashboardSources } from './dashboard/dashboard.sources.js';
import { createPersonFactsReader } from './people/person-facts.service.js';
import { createPolicyService } from './policy-admin/policy.service.js';
import { createBenefitsServices } from './benefits/benefits.services.js';
import { createUnitOfWork } from './kernel/unit-of-work.js';

/** Options a deployment may replace: the SMS gateway (the built-in sender writes to the log). */
export interface ServiceOptions {
  sms?: SmsSender;
}

export function createServices(deps: Deps, options: ServiceOptions = {}) {
  const audit = createAuditService(deps);
  const outbox = createOutboxService(deps);
  const timers = createTimersService(deps, { record: (trx, actor, input) => audit.record(trx, actor, input), enqueue: (trx, topic, payload) => outbox.enqueue(trx, topic, payload) });
  const uow = createUnitOfWork(deps.db, { record: (trx, actor, input) => audit.record(trx, actor, input), enqueue: (trx, topic, payload) => outbox.enqueue(trx, topic, payload), afterCommit: () => void outbox.drain().catch(() => undefined) });
  const calendar = createCalendarService(deps, uow, { get: (key) => getSetting(deps.db.kysely, key), put: (trx, key, value, at) => putSetting(trx, key, value, at) });
  const workflows = createWorkflowEngine(deps);
  const auth = createAuthService(deps, audit, uow);
  const users = createUsersService(deps, uow);
  const idempotency = createIdempotencyService(deps);
  const blobs = createLocalBlobStore(deps.config.blobDir);
  const regions = createRegionService(deps, audit);
  const catalog = createCatalogService(deps);
  const enterprises = createEnterprisesService(deps, audit, enterpriseRegions);
  const enterpriseImporter = createEnterpriseImporter(deps, audit);
  const people = createPeopleService(deps, audit, regionDivisionRules);
  const personHistory = createPersonHistoryService(deps, audit, regionDivisionRules);
  const personMerge = createPersonMergeService(deps, audit);
  const personImporter = createPersonImporter(deps, audit);
  const imports = createImportService(deps, audit, blobs, () => ({ enterprises: enterpriseImporter, people: personImporter }));
  const exports = createExportService(deps, audit, people, enterprises);
  const personFacts = createPersonFactsReader(deps);
  const policy = createPolicyService(deps, audit, personFacts);
  const benefits = createBenefitsServices(deps, audit, blobs, { decide: (id, facts, asOf) => policy.decide(id, facts, asOf), factsForPerson: (id, asOf, facts) => policy.factsForPerson(id, asOf, facts) });
  const dashboard = createDashboardService(dashboardSources({ people, enterprises, imports }));
  const sms = options.sms ?? createLogSmsSender();
  outbox.on('sms', async (payload) => {
    const message: unknown = JSON.parse(deps.pii.decrypt(payload));
    if (message && typeof message === 'object' && 'to' in message && 'text' in message && typeof message.to === 'string' && typeof message.text === 'string') {
      await sms.send(message.to, message.text);
    }
  });
  const workerSignin = createWorkerSigninService(deps, audit, auth, outbox, {
    byPhone: (phone) => people.matchPhone(phone),
    byIdNumberAndName: (idNumber, name) => people.matchIdentity(idNumber, name),
  });
  return { deps, uow, audit, auth, users, idempotency, sms, outbox, timers, calendar, workflows, workerSignin, blobs, imports, exports, regions, catalog, enterprises, people, personHistory, personMerge, dashboard, personFacts, policy, benefits };
}

export type Services = ReturnType<typeof createServices>;
