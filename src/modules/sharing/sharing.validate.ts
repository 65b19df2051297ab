/** Checks of what a firm submits (pure): each problem as a field error at its path. */
import { isIsoDate } from '../../core/dates.js';
import { fieldError, type FieldError } from '../../core/result.js';
import { listingSides, parties, type AgreementInput, type ListingInput } from './sharing.js';

const OCCUPATION = /^[1-8](-[0-9]{2}){0,3}$/u;
const PLACE = /^[0-9]{6}([0-9]{3})?$/u;
const MAX_DAYS = 366 * 2;

function period(i: { startDate: string; endDate: string }, today: string, errors: FieldError[]): void {
  if (!isIsoDate(i.startDate)) errors.push(fieldError('/startDate', 'sharing_invalid'));
  if (!isIsoDate(i.endDate)) errors.push(fieldError('/endDate', 'sharing_invalid'));
  if (errors.length > 0) return;
  if (i.startDate < today)
    errors.push(fieldError('/startDate', 'sharing_invalid', { zh: '开始日期不能早于今天', en: 'The start date is before today' }));
  if (i.endDate < i.startDate)
    errors.push(fieldError('/endDate', 'sharing_invalid', { zh: '结束日期早于开始日期', en: 'The end date is before the start date' }));
  else if ((Date.parse(i.endDate) - Date.parse(i.startDate)) / 86_400_000 >= MAX_DAYS)
    errors.push(fieldError('/endDate', 'sharing_invalid', { zh: '调剂期最长两年', en: 'A sharing period is at most two years' }));
}

function place(code: string, address: string, errors: FieldError[]): void {
  if (!PLACE.test(code)) errors.push(fieldError('/placeCode', 'sharing_invalid'));
  if (address.trim() === '' || address.length > 200) errors.push(fieldError('/address', 'sharing_invalid'));
}

export function listingErrors(i: ListingInput, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!listingSides.includes(i.side)) errors.push(fieldError('/side', 'sharing_invalid'));
  if (!Number.isInteger(i.headcount) || i.headcount < 1 || i.headcount > 10_000) errors.push(fieldError('/headcount', 'sharing_invalid'));
  if (i.occupationCodes.length === 0 || i.occupationCodes.length > 10 || i.occupationCodes.some((c) => !OCCUPATION.test(c)))
    errors.push(fieldError('/occupationCodes', 'sharing_invalid'));
  if (i.skills.length > 500) errors.push(fieldError('/skills', 'sharing_invalid'));
  period(i, today, errors);
  place(i.placeCode, i.address, errors);
  if (i.side === 'request' && (i.wageFen == null || !Number.isInteger(i.wageFen) || i.wageFen <= 0))
    errors.push(fieldError('/wageFen', 'sharing_invalid', { zh: '需求须填写月工资', en: 'A request gives the monthly pay' }));
  if (i.side === 'offer' && i.wageFen != null) errors.push(fieldError('/wageFen', 'sharing_invalid'));
  return errors;
}

export function agreementErrors(i: AgreementInput, today: string): FieldError[] {
  const errors: FieldError[] = [];
  period(i, today, errors);
  place(i.placeCode, i.address, errors);
  if (!OCCUPATION.test(i.occupationCode)) errors.push(fieldError('/occupationCode', 'sharing_invalid'));
  if (!Number.isInteger(i.wageFen) || i.wageFen <= 0) errors.push(fieldError('/wageFen', 'sharing_invalid'));
  if (!parties.includes(i.wagePayer)) errors.push(fieldError('/wagePayer', 'sharing_invalid'));
  if (!parties.includes(i.injuryInsurer)) errors.push(fieldError('/injuryInsurer', 'sharing_invalid'));
  if (i.workerIds.length === 0 || i.workerIds.length > 200 || new Set(i.workerIds).size !== i.workerIds.length)
    errors.push(fieldError('/workerIds', 'sharing_invalid', { zh: '请选择借调职工（不可重复）', en: 'Pick the workers lent (each once)' }));
  const fromProposal = i.offerId !== undefined || i.requestId !== undefined;
  if (fromProposal ? !(i.offerId && i.requestId) : !(i.lenderId && i.borrowerId))
    errors.push(fieldError('/offerId', 'sharing_invalid', { zh: '请指明供需双方', en: 'Name the offer and the request, or both firms' }));
  return errors;
}
