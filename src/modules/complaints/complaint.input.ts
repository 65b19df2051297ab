/** What a filing must hold, checked before anything is read or written (pure). */
import { fieldError, ok, refuse, type FieldError, type Result } from '../../core/result.js';
import { addDays, isIsoDate } from '../../core/dates.js';
import { isMonth, MAX_AMOUNT_FEN } from './complaint.js';
import './complaints.errors.js';

export interface FileInput {
  /** A registered employer; or name it in `employerName` (and its division in `employerCode`) when unregistered. */
  employerId?: string | undefined;
  employerName?: string | undefined;
  employerCode?: string | undefined;
  /** The project or site (工程项目或工地). */
  site: string;
  periodFrom: string;
  periodTo: string;
  description?: string | undefined;
  /** Staff: the workers affected, each with their amount. A worker files for themself with `owedFen`. */
  workers?: Array<{ personId: string; owedFen: number }> | undefined;
  owedFen?: number | undefined;
  /** Staff: the day a complaint made on paper or in person was received, when entered later (default today). */
  receivedOn?: string | undefined;
  /** The office (county) to file with: a worker's choice among their counties; staff inside their jurisdiction. */
  officeCode?: string | undefined;
}

export interface CheckedFiling {
  employerId: string | null;
  employerName: string;
  employerCode: string | null;
  site: string;
  periodFrom: string;
  periodTo: string;
  description: string;
  workers: Array<{ personId: string; owedFen: number }>;
  /** The filing date: today, or the day a complaint was received. */
  filedOn: string;
}

/** Largest group in one complaint (a larger group is filed as several). */
export const MAX_WORKERS = 200;

const amountOk = (n: number) => Number.isInteger(n) && n > 0 && n <= MAX_AMOUNT_FEN;

/** Checks a filing; `self` is the filing worker's person id (null when staff file). */
export function checkFiling(input: FileInput, self: string | null, today: string): Result<CheckedFiling> {
  const errors: FieldError[] = [];
  const bad = (path: string, zh: string, en: string) => errors.push(fieldError(path, 'validation_failed', { zh, en }));
  const employerName = (input.employerName ?? '').trim();
  if (!input.employerId && (employerName.length === 0 || employerName.length > 200))
    bad('/employerName', '请选择登记的单位或填写单位名称', 'Choose a registered employer or give its name');
  if (input.employerCode !== undefined && !/^[0-9]{6}([0-9]{3})?$/.test(input.employerCode))
    bad('/employerCode', '单位所在地应为6位或9位区划代码', 'The employer place is a 6- or 9-digit division code');
  const site = input.site.trim();
  if (site.length === 0 || site.length > 200) bad('/site', '请填写工程项目或工作地点', 'Give the project or site');
  const thisMonth = today.slice(0, 7);
  if (!isMonth(input.periodFrom)) bad('/periodFrom', '起始月份应为YYYY-MM', 'The first month is YYYY-MM');
  if (!isMonth(input.periodTo) || input.periodTo > thisMonth)
    bad('/periodTo', '截止月份应为YYYY-MM且不晚于本月', 'The last month is YYYY-MM and not after this month');
  if (isMonth(input.periodFrom) && isMonth(input.periodTo) && input.periodFrom > input.periodTo)
    bad('/periodFrom', '起始月份不能晚于截止月份', 'The first month is not after the last');
  const filedOn = input.receivedOn ?? today;
  if (input.receivedOn !== undefined && (self !== null || !isIsoDate(filedOn) || filedOn > today || filedOn < addDays(today, -366)))
    bad('/receivedOn', '收到日期应在一年内且不晚于今天', 'The day received is within the last year and not in the future');
  const description = (input.description ?? '').trim();
  if (description.length > 2000) bad('/description', '情况说明不超过2000字', 'The description is at most 2000 characters');
  let workers: Array<{ personId: string; owedFen: number }>;
  if (self !== null) {
    if (input.workers !== undefined) return refuse('complaint_workers_invalid');
    if (input.owedFen === undefined || !amountOk(input.owedFen))
      bad('/owedFen', '欠薪金额应为正整数（分）', 'The amount owed is a positive whole number of fen');
    workers = [{ personId: self, owedFen: input.owedFen ?? 0 }];
  } else {
    workers = input.workers ?? [];
    const ids = new Set(workers.map((w) => w.personId));
    if (workers.length === 0 || workers.length > MAX_WORKERS || ids.size !== workers.length || !workers.every((w) => amountOk(w.owedFen)))
      return refuse('complaint_workers_invalid', errors.length > 0 ? { errors } : undefined);
  }
  if (errors.length > 0) return refuse('validation_failed', { errors });
  return ok({
    employerId: input.employerId ?? null,
    employerName,
    employerCode: input.employerCode ?? null,
    site,
    periodFrom: input.periodFrom,
    periodTo: input.periodTo,
    description,
    workers,
    filedOn,
  });
}
