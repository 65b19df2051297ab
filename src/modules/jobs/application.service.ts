/**
 * Applications and referrals on the kernel workflow: a worker applies or an officer refers; the
 * employer views, invites, offers, hires or rejects; an application left unanswered expires by a
 * timer; a hire writes the employment record, the person's 就业地 and the posting's filled count in
 * one unit of work (decision 225).
 */
import type { Deps } from '../deps.js';
import type { Actor } from '../actor.js';
import { can } from '../accounts/index.js';
import { businessDate, isoInstant } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { ok, refuse, type Result } from '../../core/result.js';
import { inScope } from '../../db/scope.js';
import type { TimerWork, Work } from '../kernel/index.js';
import { applicationWorkflow, stepNotices, type AnswerEvent, type ApplicationEvent, type RejectReason } from './application.js';
import { toApplicationView, type ApplicationView } from './application.view.js';
import { mayAnswer, mayReadApplication, mayManagePosting } from './jobs.policy.js';
import { monthlyEquivalent, postingWorkflow, type PayPeriod } from './posting.js';
import { readJobsSettings } from './posting.view.js';
import { notice, NOTIFY_TOPIC } from './posting.service.js';
import type { JobsPorts } from './ports.js';
import type { JobApplicationRow, JobPostingRow } from './jobs.table.js';
import * as postings from './posting.repository.js';
import * as repo from './application.repository.js';

/** Writes beside a new application in its unit of work (decision 205). */
export type ApplicationFollower = (w: Work, application: ApplicationView) => Promise<Result<unknown>>;

export const TIMER_APPLICATION_EXPIRE = 'jobs.application.expire';

function told(event: ApplicationEvent, a: JobApplicationRow, title: string): string {
  const n = stepNotices[event];
  return notice({
    kind: `application.${event}`,
    personId: a.person_id,
    refId: a.id,
    zh: n.zh.replace('{t}', title),
    en: n.en.replace('{t}', title),
  });
}

export function createApplicationService(deps: Deps, ports: JobsPorts) {
  const { db, clock } = deps;

  ports.timers.on(TIMER_APPLICATION_EXPIRE, async (w: TimerWork, timer) => {
    const a = await repo.findApplication(w.trx, timer.subjectId);
    if (!a || (a.status !== 'submitted' && a.status !== 'viewed')) return;
    const p = await postings.findPosting(w.trx, a.posting_id);
    const moved = await ports.workflows.transition(w, applicationWorkflow, {
      id: a.id,
      from: a.status,
      event: 'expire',
      expectedVersion: Number(a.version),
      province: a.province,
      region: a.work_code,
    });
    if (moved.ok) await w.send(NOTIFY_TOPIC, told('expire', a, p?.title ?? ''));
  });

  /** Inserts the application with its expiry timer and the employer's notice (inside the write). */
  async function lodge(w: Work, actor: Actor, p: JobPostingRow, personId: string, personCode: string): Promise<Result<ApplicationView>> {
    const settings = await readJobsSettings(w.trx);
    const now = isoInstant(clock.now());
    const row: JobApplicationRow = {
      id: newId(),
      posting_id: p.id,
      person_id: personId,
      province: p.province,
      work_code: p.work_code,
      person_code: personCode,
      status: 'submitted',
      reject_reason: null,
      referred_by: actor.role === 'worker' ? null : actor.userId,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await repo.insertApplication(w.trx, row);
    const referred = row.referred_by !== null;
    await w.audit({
      province: p.province,
      region: p.work_code,
      action: referred ? 'job_application.refer' : 'job_application.submit',
      entityType: 'job_application',
      entityId: row.id,
      details: { postingId: p.id },
    });
    await ports.timers.schedule(
      w.trx,
      TIMER_APPLICATION_EXPIRE,
      row.id,
      new Date(clock.now().getTime() + settings.applicationDays * 86_400_000),
    );
    w.send(
      NOTIFY_TOPIC,
      notice({
        kind: referred ? 'application.referred' : 'application.submitted',
        enterpriseId: p.enterprise_id,
        refId: row.id,
        zh: `岗位“${p.title}”收到一份${referred ? '推荐' : '新的申请'}`,
        en: `The posting "${p.title}" has a new ${referred ? 'referral' : 'application'}`,
      }),
    );
    return ok(toApplicationView(row, { postingTitle: p.title }));
  }

  async function openPosting(id: string): Promise<Result<JobPostingRow>> {
    const p = await postings.findPosting(db.kysely, id);
    if (!p) return refuse('not_found');
    if (p.status !== 'open' || p.expires_on < businessDate(clock.now())) return refuse('job_posting_not_open');
    if (Number(p.filled) >= Number(p.headcount)) return refuse('job_posting_full');
    return ok(p);
  }

  /** Lodges the application and lets a follower write in the same unit of work; a second application of the person is refused. */
  function lodgeFollowed(
    actor: Actor,
    posting: JobPostingRow,
    person: { personId: string; hukouCode: string },
    follower: ApplicationFollower | undefined,
  ): Promise<Result<ApplicationView>> {
    return ports.uow.write(
      actor,
      async (w) => {
        const made = await lodge(w, actor, posting, person.personId, person.hukouCode);
        if (!made.ok || !follower) return made;
        const followed = await follower(w, made.value);
        return followed.ok ? made : followed;
      },
      { uniques: { '*': refuse('job_already_applied').reason } },
    );
  }

  return {
    /**
     * A worker applies for an open posting. A `follower` (a job fair attributing the application)
     * writes in the same unit of work: the application and its link commit or fail together.
     */
    async apply(actor: Actor, postingId: string, follower?: ApplicationFollower): Promise<Result<ApplicationView>> {
      if (!can(actor, 'jobs.apply')) return refuse('forbidden');
      if (!actor.personId) return refuse('job_no_person');
      const p = await openPosting(postingId);
      if (!p.ok) return p;
      const person = await ports.people.profile(actor.personId, businessDate(clock.now()));
      if (!person) return refuse('job_no_person');
      return lodgeFollowed(actor, p.value, person, follower);
    },

    /** How many of these applications there are and how many ended in a hire (exact, from the database). */
    async tally(ids: readonly string[]): Promise<{ applications: number; hires: number }> {
      return repo.tallyApplications(db.kysely, ids);
    },

    /**
     * An officer refers a person of their jurisdiction to an open posting (anywhere). A `follower`
     * (an assistance case recording the referral) writes in the same unit of work (decision 177).
     */
    async refer(actor: Actor, postingId: string, personId: string, follower?: ApplicationFollower): Promise<Result<ApplicationView>> {
      if (!can(actor, 'jobs.refer')) return refuse('forbidden');
      const person = await ports.people.profile(personId, businessDate(clock.now()));
      if (!person || !inScope(actor.jurisdiction, person.codes)) return refuse('out_of_jurisdiction');
      const p = await openPosting(postingId);
      if (!p.ok) return p;
      return lodgeFollowed(actor, p.value, person, follower);
    },

    /** The worker's own applications, newest first. */
    async mine(actor: Actor): Promise<Result<ApplicationView[]>> {
      if (!actor.personId) return refuse('job_no_person');
      const rows = await repo.applicationsOfPerson(db.kysely, actor.personId);
      const titles = new Map(
        (await postings.postingsByIds(db.kysely, [...new Set(rows.map((r) => r.posting_id))])).map((p) => [p.id, p.title]),
      );
      return ok(rows.map((r) => toApplicationView(r, { postingTitle: titles.get(r.posting_id) ?? '' })));
    },

    /** A posting's applicants, for its employer or an officer over it (names only: no ID number or phone). */
    async ofPosting(actor: Actor, postingId: string): Promise<Result<ApplicationView[]>> {
      const p = await postings.findPosting(db.kysely, postingId);
      if (!p) return refuse('not_found');
      const may = mayManagePosting(actor, p);
      if (!may.ok) return may;
      const rows = await repo.applicationsOfPosting(db.kysely, postingId);
      const names = await ports.people.namesOf(rows.map((r) => r.person_id));
      return ok(rows.map((r) => toApplicationView(r, { postingTitle: p.title, personName: names.get(r.person_id) ?? '' })));
    },

    /** Referrals and applications in an officer's jurisdiction. */
    async inScope(actor: Actor, status: string | undefined): Promise<Result<ApplicationView[]>> {
      if (!can(actor, 'jobs.refer') && !can(actor, 'jobs.reserve')) return refuse('forbidden');
      return ok((await repo.applicationsInScope(db.kysely, actor.jurisdiction, status, 200)).map((r) => toApplicationView(r)));
    },

    async get(actor: Actor, id: string): Promise<Result<ApplicationView>> {
      const a = await repo.findApplication(db.kysely, id);
      if (!a) return refuse('not_found');
      const p = await postings.findPosting(db.kysely, a.posting_id);
      const may = mayReadApplication(actor, a, p?.enterprise_id ?? '');
      return may.ok ? ok(toApplicationView(a, { postingTitle: p?.title ?? '' })) : may;
    },

    /** One step: the employer's answers, or the worker's withdrawal. A hire writes everything in one unit of work. */
    async step(
      actor: Actor,
      id: string,
      event: AnswerEvent | 'withdraw',
      version: number,
      reason?: RejectReason,
    ): Promise<Result<ApplicationView>> {
      const a = await repo.findApplication(db.kysely, id);
      if (!a) return refuse('not_found');
      const p = await postings.findPosting(db.kysely, a.posting_id);
      if (!p) return refuse('not_found');
      const may =
        event === 'withdraw'
          ? actor.personId === a.person_id
            ? ok(true)
            : refuse('out_of_jurisdiction')
          : mayAnswer(actor, a, p.enterprise_id);
      if (!may.ok) return may;
      if (event === 'reject' && !reason) return refuse('validation_failed');
      const employer = event === 'hire' ? await ports.enterprise(p.enterprise_id) : null;
      return ports.uow.write(actor, async (w) => {
        const moved = await ports.workflows.transition(w, applicationWorkflow, {
          id,
          from: a.status as never,
          event,
          expectedVersion: version,
          province: a.province,
          region: a.work_code,
          ...(event === 'reject' ? { patch: { reject_reason: reason ?? null } } : {}),
        });
        if (!moved.ok) return moved;
        await ports.timers.cancel(w.trx, id, TIMER_APPLICATION_EXPIRE);
        if (event === 'hire') {
          const current = await postings.findPosting(w.trx, p.id);
          if (!current || Number(current.filled) >= Number(current.headcount)) return refuse('job_posting_full');
          const hired = await ports.people.recordHire(w.trx, {
            personId: a.person_id,
            enterpriseId: p.enterprise_id,
            enterpriseName: employer?.name ?? '',
            creditCode: employer?.creditCode ?? null,
            workCode: p.work_code,
            occupationCode: p.occupation_code,
            startDate: p.start_date > businessDate(clock.now()) ? p.start_date : businessDate(clock.now()),
            monthlyWageFen: monthlyEquivalent(Number(p.pay_min_fen), p.pay_period as PayPeriod, p.piece_monthly_fen),
          });
          if (!hired) return refuse('not_found');
          await w.audit({
            province: hired.province,
            region: p.work_code,
            action: 'person.employment_from_hire',
            entityType: 'person',
            entityId: a.person_id,
            details: { employmentId: hired.employmentId, applicationId: id, employmentCode: p.work_code },
          });
          const after = await postings.addFilled(w.trx, p.id);
          if (after && Number(after.filled) >= Number(after.headcount) && after.status === 'open') {
            const filled = await ports.workflows.transition(w, postingWorkflow, {
              id: p.id,
              from: 'open',
              event: 'fill',
              expectedVersion: Number(after.version),
              province: p.province,
              region: p.work_code,
              patch: { ended_at: isoInstant(clock.now()) },
            });
            if (!filled.ok) return filled;
            await ports.timers.cancel(w.trx, p.id);
          }
        }
        w.send(NOTIFY_TOPIC, told(event, a, p.title));
        const row = await repo.findApplication(w.trx, id);
        return row ? ok(toApplicationView(row, { postingTitle: p.title })) : refuse('not_found');
      });
    },
  };
}

export type ApplicationService = ReturnType<typeof createApplicationService>;
