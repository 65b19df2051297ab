/**
 * The worker registry's use cases: register, correct, read (masked), search, reveal one value
 * (audited) and a worker's own record. Each write is one unit of work (kernel), audit entry inside.
 */
import type { Deps } from '../deps.js';
import type { UnitOfWork } from '../kernel/index.js';
import type { Actor } from '../actor.js';
import { can } from '../accounts/index.js';
import { ok, refuse, type Result } from '../../core/result.js';
import { businessDate, isoInstant } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { maskIdNumber } from '../../crypto/mask.js';
import * as repo from './person.repository.js';
import { changedFields, encodePerson, idIndexOf, maskedIdNumberOf, maskedPhoneOf, phoneIndexOf, viewOf } from './person.codec.js';
import { inJurisdiction, readAccess, staffAccess } from './person.policy.js';
import { validatePerson, type DivisionRules } from './person.validate.js';
import type { PersonInput, PersonView, RevealableField, ValidPerson } from './person.js';
import type { PersonDataColumns } from './person.table.js';
import { searchPeople, type PersonSearch } from './person.search.js';
import { personRegion } from './person.region.js';

export type { PersonSearch } from './person.search.js';

export function createPeopleService(deps: Deps, uow: UnitOfWork, divisions: DivisionRules) {
  const { db, clock, pii } = deps;
  const now = () => isoInstant(clock.now());
  const today = () => businessDate(clock.now());

  function validated(input: PersonInput): Result<ValidPerson> {
    const v = validatePerson(input, { today: today(), divisions });
    return v.ok ? ok(v.value) : refuse('validation_failed', { errors: v.errors });
  }

  /** The refusal for an ID number another record holds: names only its masked ID. */
  function duplicate(idNumber: string) {
    const masked = maskIdNumber(idNumber);
    return refuse('duplicate_person', { zh: `身份证号码 ${masked} 已登记`, en: `The ID number ${masked} is already registered` });
  }

  const outsideScope = () =>
    refuse('forbidden', { zh: '四个地点都不在您的管辖范围内', en: 'None of the four localities is inside your jurisdiction' });

  return {
    /**
     * Fills the masked forms of people written before migration 0032 (decision 238), a batch per
     * transaction; the runtime runs it at start. No audit entry: nothing a person or officer sees changes.
     */
    async fillMaskedForms(batch = 2000): Promise<number> {
      let after = '';
      let filled = 0;
      for (;;) {
        const rows = await repo.peopleWithoutMasks(db.kysely, after, batch);
        const last = rows[rows.length - 1];
        if (!last) return filled;
        await db.kysely.transaction().execute(async (trx) => {
          for (const r of rows) await repo.setMasks(trx, r.id, maskedIdNumberOf(pii, r), maskedPhoneOf(pii, r));
        });
        filled += rows.length;
        after = last.id;
      }
    },

    /** Registers a person; the ID number must be new nationally (duplicate_person otherwise). */
    async create(actor: Actor, input: PersonInput): Promise<Result<PersonView>> {
      if (!can(actor, 'people.write')) return refuse('forbidden');
      const v = validated(input);
      if (!v.ok) return v;
      const data = encodePerson(pii, v.value);
      if (!inJurisdiction(actor.jurisdiction, data)) return outsideScope();
      const id = newId();
      const t = now();
      const done = await uow.write(actor, async (w) => {
        if (!(await repo.claimIdentity(w.trx, data.id_index, id))) return duplicate(v.value.idNumber);
        await repo.insertPerson(w.trx, { ...data, id, merged_into: null, version: 1, created_at: t, updated_at: t });
        await w.audit({
          province: data.province,
          region: personRegion(data),
          action: 'person.created',
          entityType: 'person',
          entityId: id,
        });
        return ok(id);
      });
      if (!done.ok) return done;
      return this.get(actor, id);
    },

    /**
     * Replaces a person's data when `version` is current (version_conflict otherwise). Fields named
     * in `keep` (ID number, phone, bank account) keep their stored value: an edit form that shows
     * them masked sends none, so opening it reveals nothing and records no reveal.
     */
    async update(
      actor: Actor,
      id: string,
      body: Omit<PersonInput, 'idNumber'> & { idNumber?: string | undefined; keep?: RevealableField[] | undefined; version: number },
    ): Promise<Result<PersonView>> {
      const row = await repo.findPersonById(db.kysely, id);
      if (!row) return refuse('out_of_jurisdiction');
      const access = staffAccess(actor, 'people.write', row);
      if (!access.ok) return access;
      if (row.merged_into !== null)
        return refuse('conflict', { zh: '该记录已合并，不能修改', en: 'This record was merged and cannot be changed' });
      const { keep = [], ...rest } = body;
      const stored = (column: string | null) => (column === null ? null : pii.decrypt(column));
      const input: PersonInput & { version: number } = {
        ...rest,
        idNumber: keep.includes('idNumber') ? (stored(row.id_enc) ?? '') : (rest.idNumber ?? ''),
        phone: keep.includes('phone') ? stored(row.phone_enc) : rest.phone,
        bankAccount: keep.includes('bankAccount') ? stored(row.bank_enc) : rest.bankAccount,
      };
      const v = validated(input);
      if (!v.ok) return v;
      const data: PersonDataColumns = encodePerson(pii, v.value);
      if (!inJurisdiction(actor.jurisdiction, data)) return outsideScope();
      const changed = changedFields(row, data);
      const done = await uow.write(actor, async (w) => {
        if (data.id_index !== row.id_index) {
          if (!(await repo.claimIdentity(w.trx, data.id_index, id))) return duplicate(v.value.idNumber);
          await repo.releaseIdentity(w.trx, row.id_index, id);
        }
        if (!(await repo.updatePerson(w.trx, id, input.version, data, now()))) return refuse('version_conflict');
        await w.audit({
          province: data.province,
          region: personRegion(data),
          action: 'person.updated',
          entityType: 'person',
          entityId: id,
          details: { changed },
        });
        return ok(id);
      });
      if (!done.ok) return done;
      return this.get(actor, id);
    },

    /** One person, masked; a worker reading their own record gets it unmasked. */
    async get(actor: Actor, id: string): Promise<Result<PersonView>> {
      const row = await repo.findPersonById(db.kysely, id);
      if (!row) return refuse('out_of_jurisdiction');
      const access = readAccess(actor, id, row);
      if (!access.ok) return access;
      return ok(viewOf(pii, row, !access.own));
    },

    /** The signed-in worker's own record, unmasked. */
    async self(actor: Actor): Promise<Result<PersonView>> {
      if (actor.role !== 'worker' || actor.personId === null) return refuse('not_found');
      const row = await repo.findPersonById(db.kysely, actor.personId);
      return row ? ok(viewOf(pii, row, false)) : refuse('not_found');
    },

    /** Search and filters within the actor's jurisdiction, masked, paged. */
    async search(actor: Actor, s: PersonSearch): Promise<Result<{ items: PersonView[]; total: number; totalCapped: boolean }>> {
      if (!can(actor, 'people.read')) return refuse('forbidden');
      const r = await searchPeople(db.kysely, pii, actor.jurisdiction, today(), s);
      if (!r.ok) return r;
      return ok({ items: r.value.rows.map((row) => viewOf(pii, row, true)), total: r.value.total, totalCapped: r.value.capped });
    },

    /** Shows one personal value in clear to an officer in jurisdiction; audited with the field name only. */
    async reveal(actor: Actor, id: string, field: RevealableField): Promise<Result<{ field: RevealableField; value: string | null }>> {
      const row = await repo.findPersonById(db.kysely, id);
      if (!row) return refuse('out_of_jurisdiction');
      const access = staffAccess(actor, 'people.reveal', row);
      if (!access.ok) return access;
      const stored = field === 'idNumber' ? row.id_enc : field === 'phone' ? row.phone_enc : row.bank_enc;
      const seen = await uow.write(actor, async (w) => {
        await w.audit({
          province: row.province,
          region: personRegion(row),
          action: 'person.reveal',
          entityType: 'person',
          entityId: id,
          details: { field },
        });
        return ok(true);
      });
      if (!seen.ok) return seen;
      return ok({ field, value: stored === null ? null : pii.decrypt(stored) });
    },

    /**
     * The live record holding an ID number when the name matches too (binding a worker's account at
     * first sign-in); null otherwise. System use: no actor, no personal data returned.
     */
    async matchIdentity(idNumber: string, name: string): Promise<{ personId: string; province: string } | null> {
      const identity = await repo.findIdentity(db.kysely, idIndexOf(pii, idNumber.trim().toUpperCase()));
      if (!identity) return null;
      const row = await repo.findPersonById(db.kysely, identity.person_id);
      return row && row.merged_into === null && row.name === name.trim() ? { personId: row.id, province: row.province } : null;
    },

    /** The one live record carrying this phone number, or null when none or several do (system use). */
    async matchPhone(phone: string): Promise<string | null> {
      const ids = await repo.liveIdsByPhoneIndex(db.kysely, phoneIndexOf(pii, phone), 2);
      return ids.length === 1 ? (ids[0] ?? null) : null;
    },

    count: () => repo.countPeople(db.kysely),
  };
}

export type PeopleService = ReturnType<typeof createPeopleService>;
