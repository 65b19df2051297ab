/**
 * Binding requests (decision 105): a worker files one by ID number and name; an officer whose
 * jurisdiction holds the person confirms or rejects it in the staff app; an officer unbinds an
 * account. Each write goes through the kernel's unit of work with its audit entry. The database holds
 * one account per record (users_person_unique); a merged-away record takes no binding, and a merge
 * moves the duplicate's binding to the survivor (decision 108).
 */
import type { Deps } from '../deps.js';
import type { Actor } from '../actor.js';
import type { UnitOfWork, Work, WorkflowEngine } from '../kernel/index.js';
import { can } from './permissions.js';
import { inScope } from '../../db/scope.js';
import { isoInstant } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { fieldError, ok, refuse, type Refusal, type Result } from '../../core/result.js';
import * as repo from './binding.repository.js';
import { createBindingSteps } from './binding.steps.js';
import {
  requestView,
  staffView,
  type BindingPerson,
  type BindingRequestStaffView,
  type BindingState,
  type BindingRequestView,
  type PersonDirectory,
} from './binding.js';

/** A second account on a record, on either database's wording of the unique index. */
const ONE_ACCOUNT_PER_RECORD = {
  users_person_unique: refuse('person_already_bound').reason,
  'users.person_id': refuse('person_already_bound').reason,
  worker_binding_requests_one_pending: refuse('conflict').reason,
};

function mergedAway(survivorId: string): { ok: false; reason: Refusal } {
  return refuse('person_merged', {
    zh: `该记录已合并到记录 ${survivorId}，请对该记录办理`,
    en: `This record was merged into record ${survivorId}; use that record`,
  });
}

export interface BindingRequestInput {
  idNumber: string;
  name: string;
  note?: string | null | undefined;
}

export function createBindingService(deps: Deps, uow: UnitOfWork, workflows: WorkflowEngine, directory: PersonDirectory) {
  const { db, clock, pii } = deps;
  const steps = createBindingSteps(workflows);
  const now = () => isoInstant(clock.now());

  /** The live person of a request when the actor's jurisdiction holds them; otherwise the refusal that reveals nothing. */
  async function personInScope(actor: Actor, personId: string | null): Promise<Result<BindingPerson>> {
    if (!can(actor, 'people.write')) return refuse('forbidden');
    const person = personId === null ? null : await directory.summary(personId);
    if (!person || !inScope(actor.jurisdiction, person.codes)) return refuse('out_of_jurisdiction');
    return ok(person);
  }

  /** One request as staff see it, after a decision (the phone is not shown again). */
  async function one(id: string, person: BindingPerson | null): Promise<Result<BindingRequestStaffView>> {
    const row = await repo.findRequest(db.kysely, id);
    return row ? ok(staffView({ ...row, phone_enc: null }, person, (s) => pii.decrypt(s))) : refuse('not_found');
  }

  return {
    /**
     * Files a binding request. The answer is the same whether or not the ID number and name match a
     * record ("request received"); a new request replaces the account's pending one.
     */
    async request(actor: Actor, input: BindingRequestInput): Promise<Result<{ received: true; request: BindingRequestView }>> {
      if (actor.role !== 'worker' || actor.userId === null) return refuse('forbidden');
      if (actor.personId !== null)
        return refuse('conflict', { zh: '账户已绑定登记信息', en: 'The account is already bound to a registry record' });
      const userId = actor.userId;
      const idNumber = input.idNumber.trim().toUpperCase();
      const name = input.name.trim();
      if (name === '') return refuse('validation_failed', { errors: [fieldError('/name', 'validation_failed')] });
      const found = await directory.byIdNumberAndName(idNumber, name);
      const person = found ? await directory.summary(found.personId) : null;
      const [hukou, residence, employment, insured] = person?.codes ?? [null, null, null, null];
      const row = {
        id: newId(),
        user_id: userId,
        status: 'pending',
        person_id: person?.id ?? null,
        province: person?.province ?? '00',
        hukou_code: hukou ?? null,
        residence_code: residence ?? null,
        employment_code: employment ?? null,
        insured_code: insured ?? null,
        id_enc: pii.encrypt(idNumber),
        submitted_name: name.slice(0, 50),
        note: input.note?.trim().slice(0, 500) || null,
        created_at: now(),
        decided_at: null,
        decided_by: null,
        reason: null,
        version: 0,
      };
      return uow.write(
        actor,
        async (w) => {
          const withdrawn = await steps.withdrawPending(w, userId);
          if (!withdrawn.ok) return withdrawn;
          await repo.insertRequest(w.trx, row);
          await w.audit(
            person
              ? {
                  province: person.province,
                  region: person.hukouCode,
                  action: 'worker.binding_requested',
                  entityType: 'person',
                  entityId: person.id,
                  details: { requestId: row.id, userId },
                }
              : {
                  province: '00',
                  action: 'worker.binding_requested',
                  entityType: 'user',
                  entityId: userId,
                  details: { requestId: row.id, matched: false },
                },
          );
          return ok({ received: true as const, request: requestView(row) });
        },
        { uniques: ONE_ACCOUNT_PER_RECORD },
      );
    },

    /** The signed-in worker's binding and latest request. */
    async state(actor: Actor): Promise<Result<BindingState>> {
      if (actor.role !== 'worker' || actor.userId === null) return refuse('forbidden');
      const latest = await repo.latestRequestOf(db.kysely, actor.userId);
      return ok({ bound: actor.personId !== null, request: latest ? requestView(latest) : null });
    },

    /** The queue: requests whose person lies in the officer's jurisdiction (unmatched ones: nationwide only). */
    async list(
      actor: Actor,
      q: { status: string; page: number; pageSize: number },
    ): Promise<Result<{ items: BindingRequestStaffView[]; total: number }>> {
      if (!can(actor, 'people.write')) return refuse('forbidden');
      const { rows, total } = await repo.listRequests(db.kysely, actor.jurisdiction, q.status, q.pageSize, (q.page - 1) * q.pageSize);
      const people = await directory.summaries(rows.flatMap((r) => (r.person_id === null ? [] : [r.person_id])));
      const items: BindingRequestStaffView[] = [];
      for (const row of rows) {
        const person = row.person_id === null ? null : (people.get(row.person_id) ?? null);
        // The stored localities may be stale: show only what the live record puts in scope.
        if (row.person_id !== null && (!person || !inScope(actor.jurisdiction, person.codes))) continue;
        items.push(staffView(row, person, (s) => pii.decrypt(s)));
      }
      return ok({ items, total });
    },

    /** Binds the request's account to its record: the officer's jurisdiction holds the person, the record is live and unbound. */
    async confirm(actor: Actor, id: string): Promise<Result<BindingRequestStaffView>> {
      const row = await repo.findRequest(db.kysely, id);
      const person = await personInScope(actor, row?.person_id ?? null);
      if (!person.ok) return person;
      if (!row) return refuse('out_of_jurisdiction');
      if (row.status !== 'pending') return refuse('binding_decided');
      if (person.value.mergedInto !== null) return mergedAway((await directory.survivorOf(person.value.id)) ?? person.value.mergedInto);
      const p = person.value;
      const done = await uow.write(
        actor,
        async (w) => {
          const at = now();
          const moved = await steps.step(w, row, 'confirm', { by: actor.userId, reason: null });
          if (!moved.ok) return moved;
          if (!(await repo.bindUser(w.trx, row.user_id, p.id, at)))
            return refuse('conflict', { zh: '该账户已绑定其他登记信息', en: 'The account is already bound to another record' });
          await w.audit({
            province: p.province,
            region: p.hukouCode,
            action: 'worker.binding_confirmed',
            entityType: 'person',
            entityId: p.id,
            details: { requestId: id, userId: row.user_id },
          });
          return ok(true);
        },
        { uniques: ONE_ACCOUNT_PER_RECORD },
      );
      return done.ok ? one(id, p) : done;
    },

    /** Rejects a pending request with a reason the worker sees. */
    async reject(actor: Actor, id: string, reason: string): Promise<Result<BindingRequestStaffView>> {
      const row = await repo.findRequest(db.kysely, id);
      if (!row) return refuse('out_of_jurisdiction');
      // A request that matched no record belongs to no jurisdiction: a nationwide officer decides it.
      const person =
        row.person_id === null
          ? can(actor, 'people.write') && actor.jurisdiction === ''
            ? ok(null)
            : refuse('out_of_jurisdiction')
          : await personInScope(actor, row.person_id);
      if (!person.ok) return person;
      if (reason.trim() === '')
        return refuse('validation_failed', {
          errors: [fieldError('/reason', 'validation_failed', { zh: '请填写不予绑定的理由', en: 'Give the reason for the rejection' })],
        });
      if (row.status !== 'pending') return refuse('binding_decided');
      const p = person.value;
      const done = await uow.write(actor, async (w) => {
        const moved = await steps.step(w, row, 'reject', { by: actor.userId, reason: reason.trim().slice(0, 500) });
        if (!moved.ok) return moved;
        await w.audit(
          p
            ? {
                province: p.province,
                region: p.hukouCode,
                action: 'worker.binding_rejected',
                entityType: 'person',
                entityId: p.id,
                details: { requestId: id, userId: row.user_id },
              }
            : { province: '00', action: 'worker.binding_rejected', entityType: 'user', entityId: row.user_id, details: { requestId: id } },
        );
        return ok(true);
      });
      return done.ok ? one(id, p) : done;
    },

    /** Ends the binding of the account that holds a record (the officer's jurisdiction holds the person); audited with the reason. */
    async unbind(actor: Actor, personId: string, reason: string): Promise<Result<{ personId: string; userId: string }>> {
      const person = await personInScope(actor, personId);
      if (!person.ok) return person;
      if (reason.trim() === '') return refuse('validation_failed', { errors: [fieldError('/reason', 'validation_failed')] });
      const holder = await repo.holderOf(db.kysely, personId);
      if (!holder) return refuse('not_found', { zh: '该登记信息没有绑定账户', en: 'No account is bound to this record' });
      const p = person.value;
      return uow.write(actor, async (w) => {
        if (!(await repo.rebindUser(w.trx, holder.id, personId, null, now()))) return refuse('not_found');
        await w.audit({
          province: p.province,
          region: p.hukouCode,
          action: 'worker.unbound',
          entityType: 'person',
          entityId: personId,
          details: { userId: holder.id, reason: reason.trim().slice(0, 500) },
        });
        return ok({ personId, userId: holder.id });
      });
    },

    /**
     * Inside a merge's unit of work: an account bound to the duplicate moves to the survivor when the
     * survivor has none, and is unbound otherwise (one account per record); either way audited.
     */
    async onMerged(
      w: Pick<Work, 'trx' | 'audit'>,
      merge: { duplicateId: string; survivorId: string; province: string; region: string },
    ): Promise<void> {
      const holder = await repo.holderOf(w.trx, merge.duplicateId);
      if (!holder) return;
      const taken = await repo.holderOf(w.trx, merge.survivorId);
      const at = now();
      if (!taken && (await repo.rebindUser(w.trx, holder.id, merge.duplicateId, merge.survivorId, at))) {
        await w.audit({
          province: merge.province,
          region: merge.region,
          action: 'worker.binding_moved',
          entityType: 'person',
          entityId: merge.survivorId,
          details: { userId: holder.id, from: merge.duplicateId },
        });
        return;
      }
      if (await repo.rebindUser(w.trx, holder.id, merge.duplicateId, null, at)) {
        await w.audit({
          province: merge.province,
          region: merge.region,
          action: 'worker.unbound',
          entityType: 'person',
          entityId: merge.duplicateId,
          details: { userId: holder.id, reason: `merged into ${merge.survivorId}, which another account holds` },
        });
      }
    },
  };
}

export type BindingService = ReturnType<typeof createBindingService>;
