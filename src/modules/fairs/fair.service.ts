/**
 * Fairs and their employers: an office organises a fair; employers are invited by the officer or
 * apply from the portal and are approved; each brings some of its own open postings (read through
 * the jobs module's face). Fairs are public events: every signed-in user sees them listed; only the
 * organising office and those above it manage one (elsewhere 404, decision 206).
 */
import type { Deps } from '../deps.js';
import type { Actor } from '../actor.js';
import { can } from '../accounts/index.js';
import { businessDate, isoInstant } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { ok, refuse, type Result } from '../../core/result.js';
import { scopeProvince } from '../../db/scope.js';
import { fairEmployerWorkflow, fairErrors, reminderAt, TIMER_FAIR_REMINDER, type FairInput } from './fair.js';
import { manages, mayManage } from './fair.policy.js';
import { toFairView, toRegistrationView, type FairCounts, type FairDetail, type FairEmployerView, type FairView } from './fair.view.js';
import type { JobFairRow } from './fairs.table.js';
import type { FairsPorts } from './ports.js';
import * as repo from './fair.repository.js';
import * as regs from './registration.repository.js';

export function createFairService(deps: Deps, ports: FairsPorts) {
  const { db, clock } = deps;
  const today = () => businessDate(clock.now());
  const audit = (fair: JobFairRow, action: string, details: Record<string, unknown> = {}) => ({
    province: fair.province,
    region: fair.region,
    action,
    entityType: 'job_fair',
    entityId: fair.id,
    details,
  });

  async function employerViews(fair: JobFairRow, withApplied: boolean): Promise<FairEmployerView[]> {
    const employers = (await repo.employersOf(db.kysely, fair.id)).filter((e) => withApplied || e.status === 'joined');
    const links = await repo.postingsOf(db.kysely, fair.id);
    const postings = new Map((await ports.jobs.postings(links.map((l) => l.posting_id))).map((p) => [p.id, p]));
    const now = today();
    const views: FairEmployerView[] = [];
    for (const e of employers) {
      const own = links.filter((l) => l.enterprise_id === e.enterprise_id).flatMap((l) => postings.get(l.posting_id) ?? []);
      views.push({
        enterpriseId: e.enterprise_id,
        name: (await ports.enterpriseName(e.enterprise_id)) ?? '',
        status: e.status as 'applied' | 'joined',
        booth: e.booth,
        postings: own.map((p) => ({
          id: p.id,
          title: p.title,
          workCode: p.workCode,
          payMinFen: p.payMinFen,
          payMaxFen: p.payMaxFen,
          payPeriod: p.payPeriod,
          headcount: p.headcount,
          open: p.status === 'open' && p.expiresOn >= now && p.filled < p.headcount,
        })),
      });
    }
    return views;
  }

  /** Records a signed-in worker's visit to a running online fair, once per worker. */
  async function countVisit(actor: Actor, fair: JobFairRow): Promise<void> {
    if (actor.role !== 'worker' || !actor.personId || fair.kind === 'onsite') return;
    const now = today();
    if (now < fair.starts_on || now > fair.ends_on) return;
    if (await regs.findVisit(db.kysely, fair.id, actor.personId)) return;
    const personId = actor.personId;
    await ports.uow.write(
      actor,
      async (w) => {
        await regs.insertVisit(w.trx, { fair_id: fair.id, person_id: personId, visited_at: isoInstant(clock.now()) });
        await w.audit(audit(fair, 'job_fair.visit'));
        return ok(true);
      },
      { uniques: { '*': refuse('conflict').reason } },
    );
  }

  return {
    async create(actor: Actor, input: FairInput): Promise<Result<FairView>> {
      if (!can(actor, 'fairs.manage')) return refuse('forbidden');
      const region = actor.jurisdiction;
      const province = scopeProvince(region);
      if (!province) return refuse('forbidden');
      const errors = fairErrors(input, today());
      if (errors.length > 0) return refuse('validation_failed', { errors });
      const onsite = input.kind !== 'online';
      const row: JobFairRow = {
        id: newId(),
        province,
        region,
        name: input.name.trim(),
        kind: input.kind,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        hours: input.hours,
        venue_code: onsite ? (input.venueCode ?? null) : null,
        venue_address: onsite ? (input.venueAddress?.trim() ?? null) : null,
        target_groups: JSON.stringify([...new Set(input.targetGroups)]),
        capacity: input.capacity,
        registered: 0,
        created_at: isoInstant(clock.now()),
        created_by: actor.userId,
      };
      return ports.uow.write(actor, async (w) => {
        await repo.insertFair(w.trx, row);
        await w.audit(audit(row, 'job_fair.create', { kind: row.kind, startsOn: row.starts_on, capacity: row.capacity }));
        const remindAt = reminderAt(row.starts_on);
        if (remindAt > clock.now()) await ports.timers.schedule(w.trx, TIMER_FAIR_REMINDER, row.id, remindAt);
        return ok(toFairView(row, today(), true));
      });
    },

    /**
     * Staff: every fair (public events), latest first, marked manageable where they organise it.
     * Workers: fairs not yet over. Employers: fairs not yet over plus the ones they take part in.
     */
    async list(actor: Actor): Promise<Result<FairView[]>> {
      const now = today();
      if (actor.role === 'worker') return ok((await repo.fairsEndingFrom(db.kysely, now, 200)).map((f) => toFairView(f, now, false)));
      if (actor.role === 'employer') {
        if (!actor.enterpriseId) return refuse('forbidden');
        const mine = await repo.fairsByIds(db.kysely, await repo.fairIdsOfEnterprise(db.kysely, actor.enterpriseId));
        const open = (await repo.fairsEndingFrom(db.kysely, now, 200)).filter((f) => !mine.some((m) => m.id === f.id));
        return ok([...mine, ...open].map((f) => toFairView(f, now, false)));
      }
      if (!can(actor, 'fairs.read')) return refuse('forbidden');
      return ok((await repo.latestFairs(db.kysely, 200)).map((f) => toFairView(f, now, manages(actor, f))));
    },

    /** One fair as a public event, with its employers and postings (and the caller's own registration). */
    async detail(actor: Actor, id: string): Promise<Result<FairDetail>> {
      const fair = await repo.findFair(db.kysely, id);
      if (!fair) return refuse('not_found');
      const manageable = manages(actor, fair);
      const mine = actor.role === 'worker' && actor.personId ? await regs.registrationOf(db.kysely, id, actor.personId) : undefined;
      const part = actor.role === 'employer' && actor.enterpriseId ? await repo.findEmployer(db.kysely, id, actor.enterpriseId) : undefined;
      await countVisit(actor, fair);
      return ok({
        ...toFairView(fair, today(), manageable),
        employers: (await employerViews(fair, manageable)).filter(
          (e) => e.status === 'joined' || e.enterpriseId === part?.enterprise_id || manageable,
        ),
        myRegistration: mine ? toRegistrationView(mine) : null,
        myParticipation: (part?.status as 'applied' | 'joined' | undefined) ?? null,
      });
    },

    /** The officer invites an employer: it takes part at once, with its booth. */
    async invite(actor: Actor, id: string, enterpriseId: string, booth: string | null): Promise<Result<FairEmployerView[]>> {
      const fair = mayManage(actor, await repo.findFair(db.kysely, id));
      if (!fair.ok) return fair;
      if ((await ports.enterpriseName(enterpriseId)) === null) return refuse('not_found');
      return join(actor, fair.value, enterpriseId, 'joined', booth);
    },

    /** An employer applies from the portal; the officer approves. */
    async apply(actor: Actor, id: string): Promise<Result<FairEmployerView[]>> {
      if (!can(actor, 'fairs.exhibit') || !actor.enterpriseId) return refuse('forbidden');
      const fair = await repo.findFair(db.kysely, id);
      if (!fair) return refuse('not_found');
      if (fair.ends_on < today()) return refuse('fair_ended');
      return join(actor, fair, actor.enterpriseId, 'applied', null);
    },

    async approve(actor: Actor, id: string, enterpriseId: string, booth: string | null): Promise<Result<FairEmployerView[]>> {
      const fair = mayManage(actor, await repo.findFair(db.kysely, id));
      if (!fair.ok) return fair;
      const done = await ports.uow.write(actor, async (w) => {
        const row = await repo.findEmployer(w.trx, id, enterpriseId);
        // Only an application is approved: a joined employer is approved already (its booth stays).
        if (row?.status !== 'applied') return refuse('fair_not_participant');
        const moved = await ports.workflows.transition(w, fairEmployerWorkflow, {
          id: row.id,
          from: 'applied',
          event: 'approve',
          expectedVersion: Number(row.version),
          province: fair.value.province,
          region: fair.value.region,
          patch: { booth },
          details: { fairId: id, enterpriseId },
        });
        if (!moved.ok) return moved;
        await w.audit(audit(fair.value, 'job_fair.approve', { enterpriseId, booth }));
        w.send(
          ...message({
            kind: 'fair.joined',
            enterpriseId,
            refId: id,
            zh: `贵单位已获准参加“${fair.value.name}”${booth ? `，展位 ${booth}` : ''}`,
            en: `Your company takes part in "${fair.value.name}"${booth ? `, booth ${booth}` : ''}`,
          }),
        );
        return ok(true);
      });
      return done.ok ? ok(await employerViews(fair.value, true)) : done;
    },

    /** The employer's postings at the fair: only its own open ones (checked through the jobs module). */
    async bring(actor: Actor, id: string, postingIds: readonly string[]): Promise<Result<FairEmployerView[]>> {
      if (!can(actor, 'fairs.exhibit') || !actor.enterpriseId) return refuse('forbidden');
      const enterpriseId = actor.enterpriseId;
      const fair = await repo.findFair(db.kysely, id);
      if (!fair) return refuse('not_found');
      if (!(await repo.findEmployer(db.kysely, id, enterpriseId))) return refuse('fair_not_participant');
      const wanted = [...new Set(postingIds)];
      const found = await ports.jobs.postings(wanted);
      const now = today();
      const fit = found.filter((p) => p.enterpriseId === enterpriseId && p.status === 'open' && p.expiresOn >= now);
      if (fit.length !== wanted.length) return refuse('fair_posting_refused');
      const at = isoInstant(clock.now());
      const done = await ports.uow.write(actor, async (w) => {
        await repo.replacePostings(
          w.trx,
          id,
          enterpriseId,
          wanted.map((postingId) => ({ fair_id: id, posting_id: postingId, enterprise_id: enterpriseId, added_at: at })),
        );
        await w.audit(audit(fair, 'job_fair.postings', { enterpriseId, postingIds: wanted }));
        return ok(true);
      });
      return done.ok ? ok((await employerViews(fair, true)).filter((e) => e.enterpriseId === enterpriseId)) : done;
    },

    /** The counts of a fair, each an exact aggregate from the database (decision 207). */
    async counts(actor: Actor, id: string): Promise<Result<FairCounts>> {
      const fair = mayManage(actor, await repo.findFair(db.kysely, id));
      if (!fair.ok) return fair;
      const own = await regs.fairTallies(db.kysely, id);
      const { applications, hires } = await ports.jobs.tally(await regs.applicationIdsOf(db.kysely, id));
      return ok({ ...own, applications, hires });
    },
  };

  function message(n: Parameters<FairsPorts['jobs']['notice']>[0]): [string, string] {
    const m = ports.jobs.notice(n);
    return [m.topic, m.payload];
  }

  async function join(
    actor: Actor,
    fair: JobFairRow,
    enterpriseId: string,
    status: 'applied' | 'joined',
    booth: string | null,
  ): Promise<Result<FairEmployerView[]>> {
    const at = isoInstant(clock.now());
    const done = await ports.uow.write(
      actor,
      async (w) => {
        await repo.insertEmployer(w.trx, {
          id: newId(),
          fair_id: fair.id,
          enterprise_id: enterpriseId,
          status,
          booth,
          created_at: at,
          updated_at: at,
          version: 0,
        });
        await w.audit(audit(fair, status === 'joined' ? 'job_fair.invite' : 'job_fair.apply', { enterpriseId, booth }));
        if (status === 'joined')
          w.send(
            ...message({
              kind: 'fair.invited',
              enterpriseId,
              refId: fair.id,
              zh: `贵单位受邀参加“${fair.name}”（${fair.starts_on}）${booth ? `，展位 ${booth}` : ''}，请选择带去的岗位`,
              en: `Your company is invited to "${fair.name}" (${fair.starts_on})${booth ? `, booth ${booth}` : ''}; pick the postings you bring`,
            }),
          );
        return ok(true);
      },
      { uniques: { '*': refuse('fair_already_participant').reason } },
    );
    return done.ok ? ok((await employerViews(fair, true)).filter((e) => e.enterpriseId === enterpriseId || status === 'joined')) : done;
  }
}

export type FairService = ReturnType<typeof createFairService>;
