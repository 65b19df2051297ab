/**
 * The service container: every front end (API, staff app, CLI) calls these same services.
 */
import type { Deps } from './deps.js';
import { createAuditSearch, createAuditService } from './audit/index.js';
import { createAuthService } from './accounts/index.js';
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
import { createRapidResponseService } from './rapid-response/index.js';
import { createSharingServices } from './sharing/index.js';
import { createAssistanceServices } from './assistance/index.js';
import { createComplaintsService } from './complaints/index.js';
import { createFairsServices } from './fairs/index.js';
import { createGigsServices } from './gigs/index.js';
import { systemActor } from './actor.js';

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
  const jobs = createJobsServices(deps, {
    uow,
    workflows,
    timers,
    outbox,
    sms,
    parameters: () => policy.parameters(),
    people: jobsPeople,
    priorityArea: async (code, date) => {
      const r = await regions.priority(systemActor(), code, date);
      return r.ok && r.value.priority;
    },
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
  /** An enterprise as the newer modules' ports read it (name and place), for ids the module itself checked. */
  const enterpriseBrief = async (id: string): Promise<{ id: string; name: string; addressCode: string } | null> => {
    const e = await enterprises.get(systemActor(), id);
    return e.ok ? { id: e.value.id, name: e.value.name, addressCode: e.value.addressCode } : null;
  };
  // Labour sharing reads firms, staff and names through ports, and the minimum wage through jobs (decision 196).
  const sharing = createSharingServices(deps, {
    uow,
    workflows,
    timers,
    enterprise: enterpriseBrief,
    staffAmong: async (enterpriseId, personIds, onDate) => {
      const found = await Promise.all(personIds.map((id) => personReader.employedAt(id, enterpriseId, onDate)));
      return new Set(personIds.filter((_, i) => found[i]));
    },
    namesOf: (ids) => jobsPeople.namesOf(ids),
    minimumWage: (code, date) => jobs.postings.minimumWage(systemActor(), code, date),
  });
  // Gig work reuses the jobs module's day-rate check and its notices (issue 9.5, decision 187).
  const gigs = createGigsServices(deps, {
    uow,
    workflows,
    timers,
    checkDayRate: (code, date, fen) => jobs.postings.checkPay(code, date, { payMinFen: fen, payPeriod: 'day' }, '/dayRateFen'),
    enterprise: enterpriseBrief,
    people: { summaries: (ids) => personReader.summaries(ids) },
  });
  const assistance = createAssistanceServices(deps, {
    uow,
    workflows,
    timers,
    addWorkingDays: (date, n) => calendar.addWorkingDays(date, n),
    parameters: () => policy.parameters(),
    people: {
      summary: async (id) => {
        const p = await personReader.summary(id);
        return p && { name: p.name, idNumberMasked: p.idNumberMasked, hukouCode: p.hukouCode };
      },
      poverty: async (id) => {
        const r = await personFacts.record(id);
        return r && { registered: r.povertyRegistered, from: r.povertyFrom ?? null, to: r.povertyTo ?? null };
      },
    },
    priorityArea: async (code, date) => {
      const r = await regions.priority(systemActor(), code, date);
      return r.ok && r.value.priority;
    },
    recommend: (actor, personId, limit) => jobs.matching.forPerson(actor, personId, limit),
    refer: async (actor, postingId, personId, follower) => {
      const titled = (a: { id: string; postingTitle?: string | null }) => ({ id: a.id, postingTitle: a.postingTitle ?? '' });
      const r = await jobs.applications.refer(actor, postingId, personId, (w, a) => follower(w, titled(a)));
      return r.ok ? { ok: true, value: titled(r.value) } : r;
    },
    entitlements: (personId, asOf) => policy.entitlements(personId, asOf),
  });
  // Rapid response reads people, enterprises, the register, the jobs and the policy engine through ports (decision 176).
  const rapidResponse = createRapidResponseService(deps, {
    uow,
    workflows,
    timers,
    calendar,
    users,
    people: {
      summary: (id) => personReader.summary(id),
      identify: async (idNumber, name) => (await people.matchIdentity(idNumber, name))?.personId ?? null,
    },
    enterprises: { get: enterpriseBrief },
    offers: {
      registeredOn: (personId, date) => unemployment.registeredOn(personId, date),
      register: async (actor, personId, then) => {
        const r = await unemployment.register(actor, { personId }, then);
        return r.ok ? { ok: true, value: { number: r.value.number } } : r;
      },
      referrals: async (personId, limit) => {
        const r = await jobs.matching.forPerson(systemActor(), personId, limit);
        return r.ok ? r.value.map((m) => ({ postingId: m.posting.id, title: m.posting.title })) : [];
      },
      relief: async (personId, asOf) => {
        const r = await policy.entitlements(personId, asOf);
        if (!r.ok) return [];
        return r.value
          .filter((e) => e.status === 'eligible')
          .map((e) => ({ programId: e.programId, name: e.programName, amountFen: e.amountFen }));
      },
    },
  });
  // Job fairs read postings, apply and notify through the jobs module's face (decisions 205, 208).
  const fairs = createFairsServices(deps, {
    uow,
    workflows,
    timers,
    jobs: {
      postings: (ids) => jobs.postingReader.byIds(ids),
      apply: (actor, postingId, follow) => jobs.applications.apply(actor, postingId, follow),
      tally: (ids) => jobs.applications.tally(ids),
      notice: (n) => jobs.notices.compose(n),
    },
    enterpriseName: async (id) => (await enterpriseBrief(id))?.name ?? null,
    people: {
      identify: async (idNumber, name) => (await people.matchIdentity(idNumber, name))?.personId ?? null,
      namesOf: (ids) => jobsPeople.namesOf(ids),
    },
  });
  const maintenance = createMaintenance({ db: deps.db, clock: deps.clock, timers, outbox }, [
    { name: 'importSources', run: () => imports.purgeExpiredImportSources(deps.clock.now()) },
    { name: 'expiredTokens', run: () => auth.sweepExpiredTokens() },
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
