/**
 * Workers at a fair: registration from the phone or at the door (a short code, capacity guarded in
 * the database), one check-in per registration, and applications to the fair's postings through the
 * jobs module with the fair's link written in the same unit of work (decision 205). Notices through
 * the jobs module's: registration confirmed with the code, and a reminder the day before by one
 * kernel timer per fair (fires once across restarts, decision 208).
 */
import type { Deps } from '../deps.js';
import type { Actor } from '../actor.js';
import { can } from '../accounts/index.js';
import { businessDate, isoInstant } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { ok, refuse, type Result } from '../../core/result.js';
import type { ApplicationView } from '../jobs/index.js';
import { newRegistrationCode, normaliseCode, TIMER_FAIR_REMINDER, type RegistrationChannel } from './fair.js';
import { mayManage } from './fair.policy.js';
import { toRegistrationView, type RegistrationView } from './fair.view.js';
import type { JobFairRow } from './fairs.table.js';
import type { FairsPorts } from './ports.js';
import * as repo from './fair.repository.js';
import * as regs from './registration.repository.js';

/** Tries at a fresh code when one collides with another registration's at the same fair. */
const CODE_TRIES = 3;

export function createAttendService(deps: Deps, ports: FairsPorts) {
  const { db, clock } = deps;
  const today = () => businessDate(clock.now());
  const where = (fair: JobFairRow) => (fair.venue_address ? `，地点：${fair.venue_address}` : '');

  ports.timers.on(TIMER_FAIR_REMINDER, async (w, timer) => {
    const fair = await repo.findFair(w.trx, timer.subjectId);
    if (!fair) return;
    const people = await regs.registrationsOfFair(w.trx, fair.id);
    for (const r of people) {
      const m = ports.jobs.notice({
        kind: 'fair.reminder',
        personId: r.person_id,
        refId: fair.id,
        zh: `明天${fair.starts_on}（${fair.hours}）举行“${fair.name}”${where(fair)}，报名码 ${r.code}`,
        en: `"${fair.name}" is tomorrow, ${fair.starts_on} (${fair.hours}); your registration code is ${r.code}`,
      });
      await w.send(m.topic, m.payload);
    }
    await w.audit({
      province: fair.province,
      region: fair.region,
      action: 'job_fair.remind',
      entityType: 'job_fair',
      entityId: fair.id,
      details: { registrations: people.length },
    });
  });

  async function register(
    actor: Actor,
    fair: JobFairRow,
    personId: string,
    channel: RegistrationChannel,
  ): Promise<Result<RegistrationView>> {
    if (fair.ends_on < today()) return refuse('fair_ended');
    if (await regs.registrationOf(db.kysely, fair.id, personId)) return refuse('fair_already_registered');
    for (let attempt = 1; ; attempt++) {
      const code = newRegistrationCode();
      const done = await ports.uow.write(
        actor,
        async (w) => {
          if (!(await repo.takePlace(w.trx, fair.id))) return refuse('fair_full');
          const row = {
            id: newId(),
            fair_id: fair.id,
            person_id: personId,
            code,
            channel,
            registered_at: isoInstant(clock.now()),
            checked_in_at: null,
            checked_in_by: null,
          };
          await regs.insertRegistration(w.trx, row);
          await w.audit({
            province: fair.province,
            region: fair.region,
            action: 'job_fair.register',
            entityType: 'job_fair_registration',
            entityId: row.id,
            details: { fairId: fair.id, channel },
          });
          const m = ports.jobs.notice({
            kind: 'fair.registered',
            personId,
            refId: fair.id,
            zh: `您已报名“${fair.name}”（${fair.starts_on} ${fair.hours}${where(fair)}），报名码 ${code}，入场时出示`,
            en: `You are registered for "${fair.name}" (${fair.starts_on} ${fair.hours}); show code ${code} at the door`,
          });
          w.send(m.topic, m.payload);
          return ok(toRegistrationView(row, { fairName: fair.name, startsOn: fair.starts_on }));
        },
        {
          uniques: {
            // A drawn code already taken at this fair: draw again. PostgreSQL names the constraint,
            // SQLite the columns ("UNIQUE constraint failed: job_fair_registrations.fair_id, job_fair_registrations.code").
            job_fair_registrations_code: refuse('conflict').reason,
            'job_fair_registrations.code': refuse('conflict').reason,
            '*': refuse('fair_already_registered').reason,
          },
        },
      );
      if (done.ok || done.reason.code !== 'conflict' || attempt >= CODE_TRIES) return done;
    }
  }

  return {
    /** A worker registers from the phone. */
    async register(actor: Actor, fairId: string): Promise<Result<RegistrationView>> {
      if (!can(actor, 'fairs.attend') || !actor.personId) return refuse('forbidden');
      const fair = await repo.findFair(db.kysely, fairId);
      if (!fair) return refuse('not_found');
      return register(actor, fair, actor.personId, 'phone');
    },

    /** An officer of the organising office registers a worker at the door, by ID number and name. */
    async registerAtDoor(actor: Actor, fairId: string, idNumber: string, name: string): Promise<Result<RegistrationView>> {
      const fair = mayManage(actor, await repo.findFair(db.kysely, fairId));
      if (!fair.ok) return fair;
      const personId = await ports.people.identify(idNumber, name);
      if (!personId) return refuse('fair_no_person');
      const made = await register(actor, fair.value, personId, 'door');
      return made.ok ? ok({ ...made.value, personName: name.trim() }) : made;
    },

    /** The officer checks a code in, once; a second check-in is refused with the time of the first. */
    async checkIn(actor: Actor, fairId: string, typed: string): Promise<Result<RegistrationView>> {
      const fair = mayManage(actor, await repo.findFair(db.kysely, fairId));
      if (!fair.ok) return fair;
      if (fair.value.kind === 'online') return refuse('fair_not_onsite');
      const reg = await regs.registrationByCode(db.kysely, fairId, normaliseCode(typed));
      if (!reg) return refuse('fair_code_unknown');
      const at = isoInstant(clock.now());
      const name = (await ports.people.namesOf([reg.person_id])).get(reg.person_id) ?? '';
      return ports.uow.write(actor, async (w) => {
        if (!(await regs.checkIn(w.trx, reg.id, at, actor.userId))) {
          const first = await regs.registrationOf(w.trx, fairId, reg.person_id);
          const when = first?.checked_in_at ?? '';
          return refuse('fair_already_checked_in', {
            zh: `报名码 ${reg.code}（${name}）已于 ${when} 签到，不能重复签到`,
            en: `Code ${reg.code} was checked in at ${when}; a second check-in is refused`,
          });
        }
        await w.audit({
          province: fair.value.province,
          region: fair.value.region,
          action: 'job_fair.check_in',
          entityType: 'job_fair_registration',
          entityId: reg.id,
          details: { fairId },
        });
        return ok(toRegistrationView({ ...reg, checked_in_at: at, checked_in_by: actor.userId }, { personName: name }));
      });
    },

    /** The fair's registrations with names, for its organisers. */
    async registrations(actor: Actor, fairId: string): Promise<Result<RegistrationView[]>> {
      const fair = mayManage(actor, await repo.findFair(db.kysely, fairId));
      if (!fair.ok) return fair;
      const rows = await regs.registrationsOfFair(db.kysely, fairId);
      const names = await ports.people.namesOf(rows.map((r) => r.person_id));
      return ok(rows.map((r) => toRegistrationView(r, { personName: names.get(r.person_id) ?? '' })));
    },

    /** The worker's own registrations with their codes. */
    async mine(actor: Actor): Promise<Result<RegistrationView[]>> {
      if (!can(actor, 'fairs.attend') || !actor.personId) return refuse('forbidden');
      const rows = await regs.registrationsOfPerson(db.kysely, actor.personId);
      const fairs = new Map(
        (
          await repo.fairsByIds(
            db.kysely,
            rows.map((r) => r.fair_id),
          )
        ).map((f) => [f.id, f]),
      );
      return ok(
        rows.map((r) =>
          toRegistrationView(r, { fairName: fairs.get(r.fair_id)?.name ?? '', startsOn: fairs.get(r.fair_id)?.starts_on ?? '' }),
        ),
      );
    },

    /** A worker applies to a posting at the fair; the application is the fair's from the start. */
    async apply(actor: Actor, fairId: string, postingId: string): Promise<Result<ApplicationView>> {
      if (!can(actor, 'fairs.attend') || !actor.personId) return refuse('forbidden');
      const fair = await repo.findFair(db.kysely, fairId);
      if (!fair) return refuse('not_found');
      const link = await repo.findFairPosting(db.kysely, fairId, postingId);
      const employer = link && (await repo.findEmployer(db.kysely, fairId, link.enterprise_id));
      if (!link || employer?.status !== 'joined') return refuse('fair_posting_not_in_fair');
      return ports.jobs.apply(actor, postingId, async (w, a) => {
        await regs.insertFairApplication(w.trx, {
          application_id: a.id,
          fair_id: fairId,
          posting_id: postingId,
          person_id: a.personId,
          created_at: a.createdAt,
        });
        await w.audit({
          province: fair.province,
          region: fair.region,
          action: 'job_fair.application',
          entityType: 'job_fair',
          entityId: fairId,
          details: { applicationId: a.id, postingId },
        });
        return ok(true);
      });
    },
  };
}

export type AttendService = ReturnType<typeof createAttendService>;
