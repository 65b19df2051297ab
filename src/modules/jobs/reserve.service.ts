/**
 * The job reserve (岗位储备, O61-3.1): expiry and reminders by timers, the officers' view by region,
 * occupation and priority sector with counts over time, the term dictionary and the settings.
 */
import type { Deps } from '../deps.js';
import type { Actor } from '../actor.js';
import { can } from '../accounts/index.js';
import { businessDate, isoInstant } from '../../core/clock.js';
import { addMonths } from '../../core/dates.js';
import { newId } from '../../core/ids.js';
import { ok, refuse, type Result } from '../../core/result.js';
import { writeSetting } from '../system/index.js';
import { divisionName } from '../regions/index.js';
import { occupationName } from '../catalog/index.js';
import type { TimerWork } from '../kernel/index.js';
import { postingWorkflow, type TermCategory } from './posting.js';
import { readJobsSettings, SETTING_KEYS, type JobsSettings } from './posting.view.js';
import { notice, NOTIFY_TOPIC, TIMER_EXPIRE, TIMER_REMIND } from './posting.service.js';
import type { JobsPorts } from './ports.js';
import * as repo from './posting.repository.js';

export interface ReserveGroup {
  key: string;
  name: string;
  postings: number;
  places: number;
}

export function createReserveService(deps: Deps, ports: JobsPorts) {
  const { db, clock } = deps;

  ports.timers.on(TIMER_EXPIRE, async (w: TimerWork, timer) => {
    const row = await repo.findPosting(w.trx, timer.subjectId);
    if (!row || row.status !== 'open') return;
    if (row.expires_on >= businessDate(clock.now())) return; // refreshed since (its new timer will come)
    const moved = await ports.workflows.transition(w, postingWorkflow, {
      id: row.id,
      from: 'open',
      event: 'expire',
      expectedVersion: Number(row.version),
      province: row.province,
      region: row.work_code,
      patch: { ended_at: isoInstant(clock.now()) },
    });
    if (!moved.ok) return;
    await w.send(
      NOTIFY_TOPIC,
      notice({
        kind: 'posting.expired',
        enterpriseId: row.enterprise_id,
        refId: row.id,
        zh: `您发布的岗位“${row.title}”已过期下架，可重新发布`,
        en: `Your posting "${row.title}" has expired; post it again to keep it open`,
      }),
    );
  });

  ports.timers.on(TIMER_REMIND, async (w: TimerWork, timer) => {
    const row = await repo.findPosting(w.trx, timer.subjectId);
    if (!row || row.status !== 'open') return;
    await w.send(
      NOTIFY_TOPIC,
      notice({
        kind: 'posting.refresh_reminder',
        enterpriseId: row.enterprise_id,
        refId: row.id,
        zh: `您发布的岗位“${row.title}”将于${row.expires_on}到期，请及时刷新`,
        en: `Your posting "${row.title}" expires after ${row.expires_on}; refresh it to keep it open`,
      }),
    );
    await w.audit({
      province: row.province,
      region: row.work_code,
      action: 'job_posting.remind',
      entityType: 'job_posting',
      entityId: row.id,
      details: { expiresOn: row.expires_on },
    });
  });

  function names(by: 'region' | 'occupation' | 'sector', key: string): string {
    if (by === 'region') return divisionName(key) ?? key;
    if (by === 'occupation') return occupationName(key) ?? key;
    return key === '1' ? '重点行业 / priority sectors' : '其他行业 / other sectors';
  }

  return {
    /** Open postings and places by region (one level below the jurisdiction), occupation (middle group) or priority sector. */
    async reserve(actor: Actor, by: 'region' | 'occupation' | 'sector'): Promise<Result<{ groups: ReserveGroup[] }>> {
      if (!can(actor, 'jobs.reserve') && !can(actor, 'jobs.screen')) return refuse('forbidden');
      const j = actor.jurisdiction.length;
      const rows =
        by === 'region'
          ? await repo.reserveBy(db.kysely, actor.jurisdiction, 'work_code', j < 2 ? 2 : j < 4 ? 4 : 6)
          : by === 'occupation'
            ? await repo.reserveBy(db.kysely, actor.jurisdiction, 'occupation_code', 4)
            : await repo.reserveBy(db.kysely, actor.jurisdiction, 'priority_sector', null);
      return ok({ groups: rows.map((r) => ({ ...r, name: names(by, r.key) })) });
    },

    /** Open postings and places at the end of each of the last `months` months (the current one up to today). */
    async overTime(actor: Actor, months: number): Promise<Result<{ points: Array<{ month: string; postings: number; places: number }> }>> {
      if (!can(actor, 'jobs.reserve') && !can(actor, 'jobs.screen')) return refuse('forbidden');
      const now = isoInstant(clock.now());
      const thisMonth = `${businessDate(clock.now()).slice(0, 7)}-01`;
      const first = addMonths(thisMonth, -(months - 1));
      const spans = await repo.reserveSpans(db.kysely, actor.jurisdiction, `${first}T00:00:00.000Z`);
      const points = [];
      for (let i = 0; i < months; i++) {
        const start = addMonths(first, i);
        const end = i === months - 1 ? now : `${addMonths(start, 1)}T00:00:00.000Z`;
        const live = spans.filter((s) => s.opened_at < end && (s.ended_at === null || s.ended_at >= end));
        points.push({ month: start.slice(0, 7), postings: live.length, places: live.reduce((n, s) => n + s.places, 0) });
      }
      return ok({ points });
    },

    async terms(actor: Actor): Promise<Result<Array<{ id: string; term: string; category: TermCategory }>>> {
      if (!can(actor, 'jobs.screen') && !can(actor, 'jobs.admin')) return refuse('forbidden');
      return ok((await repo.listTerms(db.kysely)).map((t) => ({ id: t.id, term: t.term, category: t.category as TermCategory })));
    },

    async addTerm(
      actor: Actor,
      term: string,
      category: TermCategory,
    ): Promise<Result<{ id: string; term: string; category: TermCategory }>> {
      if (!can(actor, 'jobs.admin')) return refuse('forbidden');
      const id = newId();
      return ports.uow.write(
        actor,
        async (w) => {
          await repo.insertTerm(w.trx, { id, term: term.trim(), category, created_by: actor.userId, created_at: isoInstant(clock.now()) });
          await w.audit({
            province: '00',
            action: 'job_term.add',
            entityType: 'job_term',
            entityId: id,
            details: { term: term.trim(), category },
          });
          return ok({ id, term: term.trim(), category });
        },
        { uniques: { '*': refuse('job_term_exists').reason } },
      );
    },

    async removeTerm(actor: Actor, id: string): Promise<Result<{ ok: true }>> {
      if (!can(actor, 'jobs.admin')) return refuse('forbidden');
      return ports.uow.write(actor, async (w) => {
        const row = await repo.deleteTerm(w.trx, id);
        if (!row) return refuse('not_found');
        await w.audit({ province: '00', action: 'job_term.remove', entityType: 'job_term', entityId: id, details: { term: row.term } });
        return ok({ ok: true as const });
      });
    },

    async settings(actor: Actor): Promise<Result<JobsSettings>> {
      if (!can(actor, 'jobs.screen') && !can(actor, 'jobs.admin')) return refuse('forbidden');
      return ok(await readJobsSettings(db.kysely));
    },

    async updateSettings(actor: Actor, next: Partial<JobsSettings>): Promise<Result<JobsSettings>> {
      if (!can(actor, 'jobs.admin')) return refuse('forbidden');
      return ports.uow.write(actor, async (w) => {
        const at = isoInstant(clock.now());
        for (const key of Object.keys(SETTING_KEYS) as Array<keyof JobsSettings>) {
          const v = next[key];
          if (v !== undefined) await writeSetting(w.trx, SETTING_KEYS[key], String(v), at);
        }
        await w.audit({ province: '00', action: 'jobs.settings', entityType: 'setting', entityId: 'jobs', details: { ...next } });
        return ok(await readJobsSettings(w.trx));
      });
    },
  };
}

export type ReserveService = ReturnType<typeof createReserveService>;
