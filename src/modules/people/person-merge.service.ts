/**
 * Merging duplicate records and reading a record's audit history (docs/decisions/042). The
 * duplicate is kept, marked merged into the survivor; its histories move to the survivor; its
 * identity row is released so a wrongly entered ID number no longer blocks registering it correctly.
 * Other modules follow a merge in the same unit of work (decision 108): benefits moves the
 * duplicate's open claims to the survivor, accounts moves its worker binding.
 */
import type { Deps } from '../deps.js';
import type { AuditEntry, AuditService } from '../audit/index.js';
import type { Actor } from '../actor.js';
import type { UnitOfWork, Work } from '../kernel/index.js';
import { ok, refuse, type Result } from '../../core/result.js';
import { isoInstant } from '../../core/clock.js';
import * as repo from './person.repository.js';
import { readAccess, staffAccess } from './person.policy.js';
import { personRegion } from './person.region.js';

const invalid = (zh: string, en: string) => refuse('merge_invalid', { zh, en });
const alreadyMerged = () => invalid('其中一条记录已被合并', 'One of the records is already merged');

/** What another module does inside a merge's transaction (a port: the people module knows no other tables). */
export type MergeFollower = (
  w: Pick<Work, 'trx' | 'audit'>,
  merge: {
    survivorId: string;
    duplicateId: string;
    province: string;
    region: string;
    /** The merging officer's jurisdiction: a follower refuses to move what lies outside it (decision 162). */
    scope: string;
  },
) => Promise<unknown>;

/** `followers` is read at merge time, so modules built after this service can still follow merges. */
export function createPersonMergeService(
  deps: Deps,
  audit: AuditService,
  uow: UnitOfWork,
  followers: () => readonly MergeFollower[] = () => [],
) {
  const { db, clock } = deps;
  return {
    /** Merges `duplicateId` into `survivorId`; both in jurisdiction, neither already merged. */
    async merge(
      actor: Actor,
      survivorId: string,
      duplicateId: string,
      reason: string,
    ): Promise<Result<{ survivorId: string; duplicateId: string }>> {
      if (survivorId === duplicateId) return invalid('不能与自身合并', 'A record cannot be merged into itself');
      if (reason.trim() === '') return invalid('请填写合并原因', 'A reason is required');
      const [survivor, dup] = await Promise.all([repo.findPersonById(db.kysely, survivorId), repo.findPersonById(db.kysely, duplicateId)]);
      if (!survivor || !dup) return refuse('out_of_jurisdiction');
      for (const row of [survivor, dup]) {
        const access = staffAccess(actor, 'people.merge', row);
        if (!access.ok) return access;
      }
      if (survivor.merged_into !== null || dup.merged_into !== null) return alreadyMerged();
      return uow.write(actor, async (w) => {
        // Checked again under lock: a merge of the same pair the other way may have committed since.
        const locked = await repo.lockPeopleForMerge(w.trx, db.dialect, [survivorId, duplicateId]);
        if (locked.length !== 2 || locked.some((p) => p.merged_into !== null)) return alreadyMerged();
        const t = isoInstant(clock.now());
        // Only a record not yet merged is marked: zero rows means a merge won the race; refuse it all.
        if (!(await repo.markMerged(w.trx, duplicateId, survivorId, t))) return alreadyMerged();
        await repo.moveChildren(w.trx, duplicateId, survivorId, survivor.province);
        await repo.releaseIdentity(w.trx, dup.id_index, duplicateId);
        await repo.touchPerson(w.trx, survivorId, t);
        const r = reason.trim();
        await w.audit({
          province: survivor.province,
          region: personRegion(survivor),
          action: 'person.merged',
          entityType: 'person',
          entityId: survivorId,
          details: { duplicateId, reason: r },
        });
        await w.audit({
          province: dup.province,
          region: personRegion(dup),
          action: 'person.merged_into',
          entityType: 'person',
          entityId: duplicateId,
          details: { survivorId, reason: r },
        });
        for (const follow of followers())
          await follow(w, {
            survivorId,
            duplicateId,
            province: survivor.province,
            region: personRegion(survivor),
            scope: actor.jurisdiction,
          });
        return ok({ survivorId, duplicateId });
      });
    },

    /** Audit entries of a record and of the records merged into it, newest first. */
    async history(actor: Actor, personId: string): Promise<Result<AuditEntry[]>> {
      const row = await repo.findPersonById(db.kysely, personId);
      if (!row) return refuse('out_of_jurisdiction');
      const access = readAccess(actor, personId, row);
      if (!access.ok || access.own) return access.ok ? refuse('forbidden') : access;
      const ids = [personId, ...(await repo.mergedFamilyIds(db.kysely, personId))];
      const lists = await Promise.all(ids.map((id) => audit.history('person', id)));
      return ok(lists.flat().sort((a, b) => b.id - a.id));
    },
  };
}

export type PersonMergeService = ReturnType<typeof createPersonMergeService>;
