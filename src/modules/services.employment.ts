/**
 * The employment side's composition (issues 9 and 10): labour sharing, gig work, assistance cases,
 * rapid response and job fairs, each wired to the modules it reads through ports. Split from
 * services.ts, which builds the registry, accounts, policy, benefits and jobs they stand on.
 */
import type { Deps } from './deps.js';
import type { UnitOfWork, createTimersService, createCalendarService, createWorkflowEngine } from './kernel/index.js';
import type { createUsersService } from './accounts/index.js';
import type { createEnterprisesService } from './enterprises/index.js';
import type { createPeopleService, createPersonReader, createPersonFactsReader, createPersonJobsPort } from './people/index.js';
import type { createPolicyService } from './policy-admin/index.js';
import type { createJobsServices } from './jobs/index.js';
import type { createUnemploymentService } from './unemployment/index.js';
import { createRapidResponseService } from './rapid-response/index.js';
import { createSharingServices } from './sharing/index.js';
import { createAssistanceServices } from './assistance/index.js';
import { createFairsServices } from './fairs/index.js';
import { createGigsServices } from './gigs/index.js';
import { systemActor } from './actor.js';

/** What the employment side stands on, built by createServices. */
export interface EmploymentBase {
  uow: UnitOfWork;
  workflows: ReturnType<typeof createWorkflowEngine>;
  timers: ReturnType<typeof createTimersService>;
  calendar: ReturnType<typeof createCalendarService>;
  users: ReturnType<typeof createUsersService>;
  people: ReturnType<typeof createPeopleService>;
  personReader: ReturnType<typeof createPersonReader>;
  personFacts: ReturnType<typeof createPersonFactsReader>;
  jobsPeople: ReturnType<typeof createPersonJobsPort>;
  jobs: ReturnType<typeof createJobsServices>;
  /** Whether a household-registration place is a priority area on a date (O61-4). */
  priorityArea: (code: string, date: string) => Promise<boolean>;
  policy: ReturnType<typeof createPolicyService>;
  /** Lazily: the register is built before assistance, which follows it. */
  unemployment: () => ReturnType<typeof createUnemploymentService>;
  enterprises: ReturnType<typeof createEnterprisesService>;
}

export function createEmploymentServices(deps: Deps, base: EmploymentBase) {
  const {
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
    enterprises,
  } = base;
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
      summary: (id) => personReader.summary(id),
      summaries: (ids) => personReader.summaries(ids),
      poverty: async (id) => {
        const r = await personFacts.record(id);
        return r && { registered: r.povertyRegistered, from: r.povertyFrom ?? null, to: r.povertyTo ?? null };
      },
    },
    priorityArea,
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
      summaries: (ids) => personReader.summaries(ids),
      identify: async (idNumber, name) => (await people.matchIdentity(idNumber, name))?.personId ?? null,
    },
    enterprises: { get: enterpriseBrief },
    offers: {
      registeredOn: (personId, date) => base.unemployment().registeredOn(personId, date),
      register: async (actor, personId, then) => {
        const r = await base.unemployment().register(actor, { personId }, then);
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
  return { sharing, gigs, assistance, rapidResponse, fairs };
}
