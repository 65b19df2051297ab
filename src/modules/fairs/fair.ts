/**
 * Job fairs (招聘会), issue 9 point 7: an office organises a fair online, on site or both, for target
 * groups such as poor labourers (O61-4.1: orderly outbound work, poor labourers put forward first)
 * and returning migrants; employers bring open postings to keep jobs stable (O61-1.1). Pure rules here.
 */
import { randomInt } from 'node:crypto';
import { addDays, isIsoDate } from '../../core/dates.js';
import { beijingMidnightUtc } from '../../core/clock.js';
import type { FieldError } from '../../core/result.js';
import { isDivisionCode } from '../regions/index.js';
import { defineWorkflow } from '../kernel/index.js';

/**
 * A fair's employer: `applied` from the portal, `joined` once the officer approves (an invitation
 * joins at once). The approval is a kernel workflow step (decision 178).
 */
export const fairEmployerWorkflow = defineWorkflow({
  entityType: 'job_fair_employer',
  table: 'job_fair_employers',
  states: ['applied', 'joined'] as const,
  rules: [{ event: 'approve' as const, from: 'applied' as const, to: 'joined' as const }],
  invalidCode: 'fair_not_participant',
});

export const fairKinds = ['online', 'onsite', 'both'] as const;
export type FairKind = (typeof fairKinds)[number];

/** Target groups a fair is held for (the first is the O61-4.1 priority group). */
export const targetGroups = ['poor_labourers', 'returning_migrants', 'relocated', 'unemployed', 'graduates'] as const;
export type TargetGroup = (typeof targetGroups)[number];

export const registrationChannels = ['phone', 'door'] as const;
export type RegistrationChannel = (typeof registrationChannels)[number];

/** The kernel timer that reminds registered workers the day before (subject: the fair; fires once). */
export const TIMER_FAIR_REMINDER = 'fairs.reminder';

export type FairPhase = 'upcoming' | 'running' | 'ended';

export interface FairInput {
  name: string;
  kind: FairKind;
  startsOn: string;
  endsOn: string;
  hours: string;
  venueCode?: string | null;
  venueAddress?: string | null;
  targetGroups: TargetGroup[];
  capacity: number;
}

/** The longest fair the form accepts (a week; the 春风行动 runs many fairs, each a day or two). */
export const MAX_FAIR_DAYS = 7;

const HOURS = /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/;

function bad(path: string, zh: string, en: string): FieldError {
  return { path, code: 'invalid', message: { zh, en } };
}

/** Field errors of a fair (empty when it is well-formed); `today` is the Beijing business date. */
export function fairErrors(f: FairInput, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (f.name.trim().length === 0) errors.push(bad('/name', '请填写招聘会名称', 'The fair needs a name'));
  if (!isIsoDate(f.startsOn)) errors.push(bad('/startsOn', '开始日期无效', 'The start date is not a date'));
  else if (f.startsOn < today) errors.push(bad('/startsOn', '开始日期不能早于今天', 'The fair cannot start before today'));
  if (!isIsoDate(f.endsOn)) errors.push(bad('/endsOn', '结束日期无效', 'The end date is not a date'));
  else if (isIsoDate(f.startsOn) && (f.endsOn < f.startsOn || f.endsOn > addDays(f.startsOn, MAX_FAIR_DAYS - 1)))
    errors.push(bad('/endsOn', `结束日期须在开始日期之后${MAX_FAIR_DAYS}天内`, `The fair ends within ${MAX_FAIR_DAYS} days of its start`));
  const hours = HOURS.exec(f.hours);
  if (!hours || f.hours.slice(6) <= f.hours.slice(0, 5))
    errors.push(bad('/hours', '开放时间格式为 09:00-17:00，结束晚于开始', 'Hours read 09:00-17:00, closing after opening'));
  if (f.kind !== 'online') {
    if (!f.venueCode || !isDivisionCode(f.venueCode))
      errors.push(bad('/venueCode', '现场招聘会须选择举办地', 'An on-site fair needs its venue place'));
    if (!f.venueAddress?.trim()) errors.push(bad('/venueAddress', '现场招聘会须填写详细地址', 'An on-site fair needs the venue address'));
  }
  if (f.targetGroups.length === 0) errors.push(bad('/targetGroups', '请至少选择一个服务对象', 'Choose at least one target group'));
  if (!Number.isInteger(f.capacity) || f.capacity < 1) errors.push(bad('/capacity', '可报名人数至少为1', 'The capacity is at least 1'));
  return errors;
}

/** Where a fair stands on a date. */
export function phaseOn(fair: { startsOn: string; endsOn: string }, today: string): FairPhase {
  if (today < fair.startsOn) return 'upcoming';
  return today > fair.endsOn ? 'ended' : 'running';
}

/** The reminder's instant: 09:00 Beijing time on the day before the fair (01:00 UTC). */
export function reminderAt(startsOn: string): Date {
  return new Date(new Date(beijingMidnightUtc(addDays(startsOn, -1))).getTime() + 9 * 3_600_000);
}

/** Letters and digits that cannot be misread on a cheap screen or typed wrong (no 0/O, 1/I/L). */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 6;

export function newRegistrationCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** A code as the officer typed it: spaces and dashes dropped, capitals. */
export function normaliseCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase();
}
