/**
 * The service container: every front end (API, staff app, CLI) calls these same services.
 */
import type { Deps } from './deps.js';
import { createAuditSearch, createAuditService } from './audit/index.js';
import { createAuthService, credentialGuard } from './accounts/index.js';
import { createUsersService } from './accounts/index.js';
import { createIdempotencyService, createRateCounter } from './system/index.js';
import { createOutboxService } from './system/index.js';
import { createTimersService } from './kernel/index.js';
import { createCalendarService } from './kernel/index.js';
import { createWorkflowEngine } from './kernel/index.js';
import { readSetting as getSetting, writeSetting as putSetting } from './system/index.js';
import { createLogSmsSender, type SmsSender } from './system/index.js';
import { createWorkerSigninService } from './accounts/index.js';
import { createLocalBlobStore } from './blobs/index.js';
import { createImportService, importBlobDir } from './imports/index.js';
import { createExportService } from './exports/index.js';
import { createRegionService } from './regions/index.js';
import { createCatalogService } from './catalog/index.js';
import { createEnterprisesService } from './enterprises/index.js';
import { createEnterpriseImporter } from './enterprises/index.js';
import { enterpriseRegions } from './enterprises/index.js';
import { createPeopleService } from './people/index.js';
import { createPersonHistoryService } from './people/index.js';
import { createPersonMergeService } from './people/index.js';
import { createPersonImporter } from './people/index.js';
import { regionDivisionRules } from './people/index.js';
import { createDashboardService } from './dashboard/index.js';
import { dashboardSources } from './dashboard/index.js';
import { createPersonFactsReader } from './people/index.js';
import { createPolicyService } from './policy-admin/index.js';
import { createBenefitsServices } from './benefits/index.js';
import { createUnitOfWork } from './kernel/index.js';
import { createMaintenance } from './kernel/index.js';
import { createPersonReader } from './people/index.js';
import { createBindingService } from './accounts/index.js';
import { createJobsServices } from './jobs/index.js';
import { createPersonJobsPort } from './people/index.js';
import { createUnemploymentService } from './unemployment/index.js';
import { createComplaintsService } from './complaints/index.js';
import { systemActor } from './actor.js';
import { createEmploymentServices } from './services.employment.js';

/** Options a deployment may replace: the SMS gateway (the built-in sender writes to the log). */
export interface ServiceOptions {
  sms?: SmsSender;
}

export function createServices(deps: Deps, options: ServiceOptions = {}) {
  const audit = createAuditService(deps);
  const outbox = createOutboxService(deps);
  const timers = createTimersService(deps, {
    record: (trx, actor, input) => audit.record(trx, actor, input),
    enqueue: (trx, topic, payload) => outbox.enqueue(trx, topic, payload),
  });
  const uow = createUnitOfWork(deps.db, {
    record: (trx, actor, input) => audit.record(trx, actor, input),
    enqueue: (trx, topic, payload) => outbox.enqueue(trx, topic, payload),
    afterCommit: () => void outbox.drain().catch(() => undefined),
    cacheGuard: credentialGuard,
  });
  const calendar = createCalendarService(deps, uow, {
    get: (key) => getSetting(deps.db.kysely, key),
    put: (trx, key, value, at) => putSetting(trx, key, value, at),
  });
  const workflows = createWorkflowEngine(deps);
  const auth = createAuthService(deps, audit, uow);
  const users = createUsersService(deps, uow);
  const auditSearch = createAuditSearch(audit, users);
  const idempotency = createIdempotencyService(deps);
  const rateCounts = createRateCounter(deps);
  const blobs = createLocalBlobStore(deps.config.blobDir, deps.pii);
  // Import sources and reports live apart, so their retention can delete them without touching evidence.
  const importBlobs = createLocalBlobStore(importBlobDir(deps.config.blobDir), deps.pii);
  const regions = createRegionService(deps, uow);
  const catalog = createCatalogService(deps);
  const enterprises = createEnterprisesService(deps, audit, enterpriseRegions, {
    uow,
    employees: { employeesOf: (id, onDate, query) => personReader.employeesOf(id, onDate, query) },
  });
  const enterpriseImporter = createEnterpriseImporter(deps, audit);
  const people = createPeopleService(deps, uow, regionDivisionRules);
  // Cross-module reads through ports (decisions 105-108): the enterprise address, the people reader.
  const enterpriseReader = {
    addressOf: async (id: string) => {
      const e = await enterprises.get(systemActor(), id);
      return e.ok ? e.value.addressCode : null;
    },
  };
  const personReader = createPersonReader(deps);
  const personHistory = createPersonHistoryService(deps, uow, regionDivisionRules, enterpriseReader);
  const personMerge = createPersonMergeService(deps, audit, uow, () => [
    (w, m) => benefits.claims.moveOpenClaims(w, m),
    (w, m) => bindings.onMerged(w, m),
  ]);
  const personImporter = createPersonImporter(deps, audit);
  const imports = createImportService(deps, audit, uow, { own: importBlobs, shared: blobs }, () => ({
    enterprises: enterpriseImporter,
    people: personImporter,
  }));
  const exports = createExportService(deps, uow, () => ({ people, enterprises, benefits, audit, users }));
  const personFacts = createPersonFactsReader(deps);
  // The register answers "registered unemployed" (decision 143); read at decision time, so it may be built below.
  const policy = createPolicyService(deps, uow, {
    ...personFacts,
    registeredUnemployed: (personId: string, asOf: string) => unemployment.registeredOn(personId, asOf),
  });
  const benefits = createBenefitsServices(deps, audit, blobs, {
    uow,
    policy: {
      decide: (id, facts, asOf) => policy.decide(id, facts, asOf),
      factsForPerson: (id, asOf, facts) => policy.factsForPerson(id, asOf, facts),
    },
    people: personReader,
    enterprises: enterpriseReader,
  });
  // Each registration opens its assistance case in the same unit of work (decision 156).
  const unemployment = createUnemploymentService(deps, uow, workflows, personReader, () => [assistance.follower]);
  const complaints = createComplaintsService(
    deps,
    { uow, workflows, timers, calendar },
    {
      people: {
        summary: (id) => personReader.summary(id),
        summaries: (ids) => personReader.summaries(ids),
        employment: async (id) => {
          const h = await personHistory.list(systemActor(), id);
          return h.ok ? h.value.employment : [];
        },
      },
      enterprises: {
        get: async (id) => {
          const e = await enterprises.get(systemActor(), id);
          return e.ok
            ? { id: e.value.id, name: e.value.name, addressCode: e.value.addressCode, arrearsFlagged: e.value.arrears.flagged }
            : null;
        },
        flagArrears: (w, actor, id, input) => enterprises.flagArrearsIn(w, actor, id, input),
      },
    },
    blobs,
  );
  const dashboard = createDashboardService(deps, dashboardSources({ enterprises, imports }), calendar);
  const sms = options.sms ?? createLogSmsSender();
  outbox.on('sms', async (payload) => {
    const message: unknown = JSON.parse(deps.pii.decrypt(payload));
    if (
      message &&
      typeof message === 'object' &&
      'to' in message &&
      'text' in message &&
      typeof message.to === 'string' &&
      typeof message.text === 'string'
    ) {
      await sms.send(message.to, message.text);
    }
  });
  const personDirectory = {
    byPhone: (phone: string) => people.matchPhone(phone),
    byIdNumberAndName: (idNumber: string, name: string) => people.matchIdentity(idNumber, name),
    summary: (personId: string) => personReader.summary(personId),
    summaries: (personIds: readonly string[]) => personReader.summaries(personIds),
    survivorOf: (personId: string) => personReader.survivorOf(personId),
  };
  const workerSignin = createWorkerSigninService(deps, audit, auth, outbox, workflows, personDirectory);
  const bindings = createBindingService(deps, uow, workflows, personDirectory);
  const jobsPeople = createPersonJobsPort(deps);
  /** Whether a household-registration place is a priority area on a date (O61-4), as jobs and assistance ask it. */
  const priorityArea = async (code: string, date: string): Promise<boolean> => {
    const r = await regions.priority(systemActor(), code, date);
    return r.ok && r.value.priority;
  };
  const jobs = createJobsServices(deps, {
    uow,
    workflows,
    timers,
    outbox,
    sms,
    parameters: () => policy.parameters(),
    people: jobsPeople,
    priorityArea,
    enterprise: async (id) => {
      const e = await enterprises.get(systemActor(), id);
      return e.ok
        ? {
            id: e.value.id,
            name: e.value.name,
            creditCode: e.value.creditCode,
            addressCode: e.value.addressCode,
            industryCode: e.value.industryCode,
            arrears: e.value.arrears.flagged,
          }
        : null;
    },
  });
  const { sharing, gigs, assistance, rapidResponse, fairs } = createEmploymentServices(deps, {
    uow,
    workflows,
    timers,
    calendar,
    users,
    people,
    personReader,
    personFacts,
    jobsPeople,
    jobs,
    priorityArea,
    policy,
    unemployment: () => unemployment,
    enterprises,
  });
  const maintenance = createMaintenance({ db: deps.db, clock: deps.clock, timers, outbox }, [
    { name: 'importSources', run: () => imports.purgeExpiredImportSources(deps.clock.now()) },
    { name: 'expiredTokens', run: () => auth.sweepExpiredTokens() },
    { name: 'jobsChangeLog', run: () => jobs.matching.pruneChangeLog() },
    {
      name: 'idempotencyKeys',
      run: async () => {
        await idempotency.purge();
        return 0;
      },
    },
  ]);
  return {
    deps,
    maintenance,
    uow,
    audit,
    auditSearch,
    auth,
    users,
    idempotency,
    rateCounts,
    sms,
    outbox,
    timers,
    calendar,
    workflows,
    workerSignin,
    bindings,
    blobs,
    imports,
    exports,
    regions,
    catalog,
    enterprises,
    people,
    personHistory,
    personMerge,
    dashboard,
    personFacts,
    policy,
    benefits,
    unemployment,
    complaints,
    assistance,
    jobs,
    gigs,
    rapidResponse,
    sharing,
    fairs,
  };
}

export type Services = ReturnType<typeof createServices>;
