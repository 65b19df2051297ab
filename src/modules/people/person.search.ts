/**
 * Turns a search request into index-friendly conditions (docs/decisions/043): one free-text `q`
 * decided by its form — an ID number or a phone (exact, through the blind index), Han characters
 * (name prefix), or ASCII letters (pinyin: initials when it has no vowel, full pinyin otherwise).
 */
import type { Pii } from '../../crypto/pii.js';
import { addDays, addMonths } from '../../core/dates.js';
import { fieldError, ok, refuse, type Result } from '../../core/result.js';
import { idIndexOf, phoneIndexOf } from './person.codec.js';
import { hasHan } from './pinyin.js';
import { normalisePhone } from './person.validate.js';
import type { Education, Sex } from './person.js';
import type { Person, Q } from './person.repository.js';
import { searchPeople as searchRows, type SearchTerm } from './person.search.repository.js';

export interface PersonSearch {
  q?: string | undefined;
  hukouCode?: string | undefined;
  residenceCode?: string | undefined;
  employmentCode?: string | undefined;
  insuredCode?: string | undefined;
  povertyRegistered?: boolean | undefined;
  dibao?: boolean | undefined;
  sex?: Sex | undefined;
  education?: Education | undefined;
  willingToGoOut?: boolean | undefined;
  ageMin?: number | undefined;
  ageMax?: number | undefined;
  includeMerged?: boolean | undefined;
  page: number;
  pageSize: number;
}

/** How a free-text query is matched. */
export function termOf(pii: Pick<Pii, 'blindIndex'>, raw: string | undefined): Result<SearchTerm> {
  const q = (raw ?? '').trim();
  if (q === '') return ok({ kind: 'none' });
  if (/^\d{17}[\dXx]$/.test(q)) return ok({ kind: 'idIndex', value: idIndexOf(pii, q.toUpperCase()) });
  const phone = normalisePhone(q);
  if (phone !== null) return ok({ kind: 'phoneIndex', value: phoneIndexOf(pii, phone) });
  if (hasHan(q)) return ok({ kind: 'name', prefix: q.replace(/\s+/g, '') });
  if (/^[A-Za-z\s]+$/.test(q)) {
    const letters = q.toLowerCase().replace(/\s+/g, '');
    return ok(/[aeiouv]/.test(letters) ? { kind: 'pinyin', prefix: letters } : { kind: 'initials', prefix: letters });
  }
  return refuse('validation_failed', {
    errors: [
      fieldError('q', 'validation_failed', {
        zh: '请输入姓名、拼音、完整身份证号码或手机号码',
        en: 'Enter a name, pinyin, a full ID number or a phone number',
      }),
    ],
  });
}

/** Searches within a jurisdiction; ages are whole years on `today`. */
export async function searchPeople(
  q: Q,
  pii: Pick<Pii, 'blindIndex'>,
  scope: string,
  today: string,
  s: PersonSearch,
): Promise<Result<{ rows: Person[]; total: number; capped: boolean }>> {
  const term = termOf(pii, s.q);
  if (!term.ok) return term;
  const bornTo = s.ageMin === undefined ? undefined : addMonths(today, -12 * s.ageMin);
  const bornFrom = s.ageMax === undefined ? undefined : addDays(addMonths(today, -12 * (s.ageMax + 1)), 1);
  const r = await searchRows(
    q,
    {
      scope,
      term: term.value,
      hukouCode: s.hukouCode,
      residenceCode: s.residenceCode,
      employmentCode: s.employmentCode,
      insuredCode: s.insuredCode,
      povertyRegistered: s.povertyRegistered,
      dibao: s.dibao,
      sex: s.sex,
      education: s.education,
      willingToGoOut: s.willingToGoOut,
      bornFrom,
      bornTo,
      includeMerged: s.includeMerged,
    },
    s.pageSize,
    (s.page - 1) * s.pageSize,
  );
  return ok(r);
}
