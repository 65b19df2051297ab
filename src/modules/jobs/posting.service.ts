/**
 * Postings: submission with screening (pay against the local minimum wage per pay period, the
 * discriminatory-term dictionary, the malicious-arrears list), the officers' screening queue,
 * refresh and close by the employer, and expiry by kernel timers with a reminder before it.
 */
import { inScope } from '../../db/scope.js';
import type { Deps } from '../deps.js';
import type { Actor } from '../actor.js';
import { can } from '../accounts/index.js';
import { businessDate, isoInstant } from '../../core/clock.js';
import { addDays, isIsoDate } from '../../core/dates.js';
import { newId } from '../../core/ids.js';
import { fieldError, ok, refuse, type FieldError, type Result } from '../../core/result.js';
import { findParameterRow } from '../../policy/index.js';
import { divisionName, isDivisionCode } from '../regions/index.js';
import { industrySection, isIndustryCode, isOccupationCode, PRIORITY_SECTOR_CODES } from '../catalog/index.js';
import type { Work } from '../kernel/index.js';
import type { TermCategory } from './posting.js';
import {
  belowMinimumMessage,
  initialStatus,
  MIN_WORKING_AGE,
  postingWorkflow,
  screeningFlags,
  type MinimumWage,
  type PostingInput,
} from './posting.js';
import { expiryInstant, morningInstant, readJobsSettings, toPostingView, type PostingView } from './posting.view.js';
import { mayManagePosting, mayReadPosting } from './jobs.policy.js';
import type { JobsPorts } from './ports.js';
import type { JobPostingRow } from './jobs.table.js';
import * as repo from './posting.repository.js';

export const TIMER_EXPIRE = 'jobs.posting.expire';
export const TIMER_REMIND = 'jobs.posting.remind';
export const NOTIFY_TOPIC = 'jobs.notify';

/** A notification: to a person or an employer, in both languages (ids and non-personal words only). */
export interface Notice {
  kind: string;
  personId?: string;
  enterpriseId?: string;
  refId: string;
  zh: string;
  en: string;
}

export function notice(n: Notice): string {
  return JSON.stringify(n);
}

function placeName(region: string): string {
  return region === 'CN' ? '全国' : (divisionName(region) ?? region);
}

/** The minimum wages at a place on a date, with their sources (null when either is missing). */
export async function minimumWageAt(ports: Pick<JobsPorts, 'parameters'>, code: string, date: string): Promise<MinimumWage | null> {
  const params = await ports.parameters();
  const monthly = findParameterRow(params, 'wage.minMonthlyFen', code, date);
  const hourly = findParameterRow(params, 'wage.minHourlyFen', code, date);
  if (!monthly || !hourly) return null;
  return {
    monthlyFen: Number(monthly.value),
    hourlyFen: Number(hourly.value),
    region: monthly.region,
    monthlySource: monthly.source,
    hourlySource: hourly.source,
    effectiveFrom: monthly.effectiveFrom > hourly.effectiveFrom ? monthly.effectiveFrom : hourly.effectiveFrom,
  };
}

function validate(i: PostingInput): FieldError[] {
  const errors: FieldError[] = [];
  const bad = (path: string, zh: string, en: string) => errors.push(fieldError(path, 'job_posting_invalid', { zh, en }));
  if (!isOccupationCode(i.occupationCode)) bad('/occupationCode', '没有这个职业代码', 'There is no such occupation code');
  if (i.industryCode !== undefined && !isIndustryCode(i.industryCode))
    bad('/industryCode', '没有这个行业代码', 'There is no such industry code');
  if (!isDivisionCode(i.workCode)) bad('/workCode', '没有这个行政区划代码', 'There is no such division code');
  if (i.payMaxFen < i.payMinFen) bad('/payMaxFen', '工资上限不能低于下限', 'The top of the pay range is below its bottom');
  if (i.payPeriod === 'piece' && (i.pieceMonthlyFen ?? 0) <= 0)
    bad('/pieceMonthlyFen', '计件工资须注明折合月收入', 'A piece rate needs its stated monthly equivalent');
  if (i.ageMin != null && i.ageMin < MIN_WORKING_AGE) bad('/ageMin', '不得招用未满16周岁的人员', 'Nobody under 16 may be employed');
  if (i.ageMin != null && i.ageMax != null && i.ageMax < i.ageMin)
    bad('/ageMax', '年龄上限低于下限', 'The age limit is below the minimum age');
  if (!isIsoDate(i.startDate)) bad('/startDate', '日期格式应为YYYY-MM-DD', 'The date must be YYYY-MM-DD');
  return errors;
}

export function createPostingService(deps: Deps, ports: JobsPorts) {
  const { db, clock } = deps;
  const today = () => businessDate(clock.now());

  /** Schedules expiry and the reminder for an open posting (inside the write). */
  async function scheduleExpiry(w: Pick<Work, 'trx'>, id: string, expiresOn: string, reminderDays: number): Promise<void> {
    await ports.timers.cancel(w.trx, id, TIMER_EXPIRE);
    await ports.timers.cancel(w.trx, id, TIMER_REMIND);
    await ports.timers.schedule(w.trx, TIMER_EXPIRE, id, expiryInstant(expiresOn), {});
    const remindOn = addDays(expiresOn, -reminderDays);
    if (remindOn > today()) await ports.timers.schedule(w.trx, TIMER_REMIND, id, morningInstant(remindOn), {});
  }

  /**
   * Pay against the local minimum wage at a place on a date: the minimum, or the refusal naming the
   * figure, the region and the source (also the gig module's day-rate check, issue 9.5).
   */
  async function checkPay(
    code: string,
    date: string,
    pay: Pick<PostingInput, 'payMinFen' | 'payPeriod' | 'pieceMonthlyFen'>,
    path: string,
  ): Promise<Result<MinimumWage>> {
    const min = await minimumWageAt(ports, code, date);
    if (!min) return refuse('job_minimum_wage_unknown');
    const below = belowMinimumMessage(pay, min, placeName(min.region));
    return below ? refuse('job_pay_below_minimum', { ...below, errors: [fieldError(path, 'job_pay_below_minimum', below)] }) : ok(min);
  }

  async function loadManaged(actor: Actor, id: string): Promise<Result<JobPostingRow>> {
    const row = await repo.findPosting(db.kysely, id);
    if (!row) return refuse('not_found');
    const may = mayManagePosting(actor, row);
    return may.ok ? ok(row) : may;
  }

  async function step(
    actor: Actor,
    id: string,
    event: 'release' | 'reject' | 'refresh' | 'close',
    version: number,
    note: string | null,
  ): Promise<Result<PostingView>> {
    const row = await repo.findPosting(db.kysely, id);
    if (!row) return refuse('not_found');
    const may = event === 'release' || event === 'reject' ? screenable(actor, row) : mayManagePosting(actor, row);
    if (!may.ok) return may;
    const settings = await readJobsSettings(db.kysely);
    const now = isoInstant(clock.now());
    const expiresOn = addDays(today(), settings.expiryDays);
    return ports.uow.write(actor, async (w) => {
      const patch: Record<string, string | null> = {};
      if (event === 'release' || event === 'refresh') patch.expires_on = expiresOn;
      if (event === 'release') patch.opened_at = now;
      if (event === 'close') patch.ended_at = now;
      if (note !== null) patch.screen_note = note;
      const moved = await ports.workflows.transition(w, postingWorkflow, {
        id,
        from: row.status as never,
        event,
        expectedVersion: version,
        province: row.province,
        region: row.work_code,
        patch,
      });
      if (!moved.ok) return moved;
      if (event === 'release' || event === 'refresh') await scheduleExpiry(w, id, expiresOn, settings.reminderDays);
      if (event === 'close') await ports.timers.cancel(w.trx, id);
      if (event === 'release' || event === 'reject') {
        const zh = event === 'release' ? `您发布的岗位“${row.title}”已通过审核` : `您发布的岗位“${row.title}”未通过审核`;
        const en =
          event === 'release' ? `Your posting "${row.title}" passed screening` : `Your posting "${row.title}" was rejected in screening`;
        w.send(NOTIFY_TOPIC, notice({ kind: `posting.${event}`, enterpriseId: row.enterprise_id, refId: id, zh, en }));
      }
      const after = await repo.findPosting(w.trx, id);
      return after ? ok(toPostingView(after)) : refuse('not_found');
    });
  }

  /** Screening is for officers over the work place or the employer, whatever the posting's status (an open posting is public, its screening is not). */
  function screenable(actor: Actor, row: JobPostingRow): Result<true> {
    if (!can(actor, 'jobs.screen')) return refuse('forbidden');
    return inScope(actor.jurisdiction, [row.work_code, row.enterprise_code]) ? ok(true) : refuse('out_of_jurisdiction');
  }

  return {
    async create(actor: Actor, input: PostingInput): Promise<Result<PostingView>> {
      if (!can(actor, 'jobs.post')) return refuse('forbidden');
      const enterpriseId = actor.role === 'employer' ? actor.enterpriseId : (input.enterpriseId ?? null);
      if (enterpriseId === null) {
        return actor.role === 'employer'
          ? refuse('job_no_employer')
          : refuse('validation_failed', { errors: [fieldError('/enterpriseId', 'job_posting_invalid')] });
      }
      const errors = validate(input);
      if (errors.length > 0) return refuse('validation_failed', { errors });
      const employer = await ports.enterprise(enterpriseId);
      if (!employer) return refuse('not_found');
      const industryCode = input.industryCode ?? employer.industryCode;
      const may = mayManagePosting(actor, { enterprise_id: employer.id, work_code: input.workCode, enterprise_code: employer.addressCode });
      if (!may.ok) return may;
      // The minimum wage in force when the work starts (or today, for a start date already past).
      const asOf = input.startDate > today() ? input.startDate : today();
      const min = await checkPay(input.workCode, asOf, input, input.payPeriod === 'piece' ? '/pieceMonthlyFen' : '/payMinFen');
      if (!min.ok) return min;
      const terms = (await repo.listTerms(db.kysely)).map((t) => ({ term: t.term, category: t.category as TermCategory }));
      const flags = screeningFlags(input, terms, employer.arrears);
      const status = initialStatus(flags);
      const settings = await readJobsSettings(db.kysely);
      const now = isoInstant(clock.now());
      const section = industrySection(industryCode);
      const row: JobPostingRow = {
        id: newId(),
        province: input.workCode.slice(0, 2),
        enterprise_id: employer.id,
        enterprise_code: employer.addressCode,
        title: input.title,
        occupation_code: input.occupationCode,
        industry_code: industryCode,
        priority_sector: PRIORITY_SECTOR_CODES.has(industryCode) || (section !== null && PRIORITY_SECTOR_CODES.has(section)) ? 1 : 0,
        work_code: input.workCode,
        work_address: input.workAddress,
        headcount: input.headcount,
        filled: 0,
        pay_min_fen: input.payMinFen,
        pay_max_fen: input.payMaxFen,
        pay_period: input.payPeriod,
        piece_monthly_fen: input.payPeriod === 'piece' ? (input.pieceMonthlyFen ?? null) : null,
        contract_kind: input.contractKind,
        housing: input.housing ? 1 : 0,
        meals: input.meals ? 1 : 0,
        requirements: input.requirements,
        education: input.education ?? null,
        skills: JSON.stringify(input.skills),
        age_min: input.ageMin ?? null,
        age_max: input.ageMax ?? null,
        start_date: input.startDate,
        expires_on: addDays(today(), settings.expiryDays),
        status,
        flags: JSON.stringify(flags),
        screen_note: null,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
        opened_at: status === 'open' ? now : null,
        ended_at: null,
        version: 1,
      };
      return ports.uow.write(actor, async (w) => {
        await repo.insertPosting(w.trx, row);
        await w.audit({
          province: row.province,
          region: row.work_code,
          action: 'job_posting.create',
          entityType: 'job_posting',
          entityId: row.id,
          details: { status, flags: flags.map((f) => f.kind), enterpriseId: employer.id, minimumWageRegion: min.value.region },
        });
        if (status === 'open') await scheduleExpiry(w, row.id, row.expires_on, settings.reminderDays);
        return ok(toPostingView(row, employer.name));
      });
    },

    async get(actor: Actor, id: string): Promise<Result<PostingView>> {
      const row = await repo.findPosting(db.kysely, id);
      if (!row) return refuse('not_found');
      const may = mayReadPosting(actor, row);
      if (!may.ok) return may;
      const e = await ports.enterprise(row.enterprise_id);
      return ok(toPostingView(row, e?.name ?? null));
    },

    /** Staff: postings in the jurisdiction; an employer: its own; a worker: open ones. */
    async list(actor: Actor, f: Omit<repo.PostingQuery, 'enterpriseId'>): Promise<Result<{ items: PostingView[]; total: number }>> {
      let jurisdiction = actor.jurisdiction;
      let query: repo.PostingQuery = f;
      if (actor.role === 'employer') {
        if (!actor.enterpriseId) return refuse('job_no_employer');
        jurisdiction = '';
        query = { ...f, enterpriseId: actor.enterpriseId };
      } else if (actor.role === 'worker') {
        jurisdiction = '';
        query = { ...f, status: ['open'] };
      } else if (!can(actor, 'jobs.reserve') && !can(actor, 'jobs.post')) return refuse('forbidden');
      const { rows, total } = await repo.listPostings(db.kysely, jurisdiction, query);
      return ok({ items: rows.map((r) => toPostingView(r)), total });
    },

    /** The screening queue: flagged and held postings in the officer's jurisdiction, oldest first. */
    async queue(actor: Actor): Promise<Result<{ items: PostingView[]; total: number }>> {
      if (!can(actor, 'jobs.screen')) return refuse('forbidden');
      const { rows, total } = await repo.listPostings(db.kysely, actor.jurisdiction, {
        status: ['screening', 'held'],
        limit: 200,
        offset: 0,
      });
      return ok({ items: rows.map((r) => toPostingView(r)).reverse(), total });
    },

    release: (actor: Actor, id: string, version: number, note: string | null) => step(actor, id, 'release', version, note),
    reject: (actor: Actor, id: string, version: number, note: string) => step(actor, id, 'reject', version, note),
    refresh: (actor: Actor, id: string, version: number) => step(actor, id, 'refresh', version, null),
    close: (actor: Actor, id: string, version: number) => step(actor, id, 'close', version, null),
    loadManaged,
    checkPay,

    /** The minimum wage that applies at a place on a date (for the employer's form). */
    async minimumWage(_actor: Actor, code: string, date: string): Promise<Result<MinimumWage & { placeName: string }>> {
      if (!isDivisionCode(code) || !isIsoDate(date)) return refuse('validation_failed');
      const min = await minimumWageAt(ports, code, date);
      return min ? ok({ ...min, placeName: placeName(min.region) }) : refuse('job_minimum_wage_unknown');
    },
  };
}

export type PostingService = ReturnType<typeof createPostingService>;
