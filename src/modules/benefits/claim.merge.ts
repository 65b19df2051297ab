/**
 * The benefits module's part of a person merge (decisions 108, 162), run inside the merge's unit of
 * work: the duplicate's open claims move to the survivor, each audited.
 */
import type { Deps } from '../deps.js';
import { inScope } from '../../db/scope.js';
import { isoInstant } from '../../core/clock.js';
import { refuse, RefusalError } from '../../core/result.js';
import { claimElsewhere } from './benefits.errors.js';
import { openStatuses } from './claim.js';
import type { StepWork } from '../kernel/index.js';
import * as repo from './claim.repository.js';

/** The merge as the people module hands it to its followers. */
export interface MergeMove {
  duplicateId: string;
  survivorId: string;
  /** The survivor's province. */
  province: string;
  /** The merging officer's jurisdiction. */
  scope: string;
}

export function claimMergeFollower(deps: Deps) {
  const { clock } = deps;
  /**
   * Inside a merge's unit of work: the duplicate's open claims (not yet approved, or refused and
   * still open to reconsideration) move to the survivor, each audited; approved, paid and finally
   * refused claims stay with the record their ledger rows name (decision 108). A claim handled
   * outside the survivor's province is not moved by a merge there: the merge is refused. Nor is
   * one handled outside the merging officer's jurisdiction: the merge is refused naming it, so its
   * own office (or a wider one) decides (decision 162).
   */
  return async function moveOpenClaims(w: StepWork, merge: MergeMove): Promise<number> {
    const at = isoInstant(clock.now());
    const open = await repo.claimsOfPerson(w.trx, merge.duplicateId, openStatuses);
    for (const c of open) {
      if (!inScope(merge.province, [c.region])) throw new RefusalError(refuse('out_of_jurisdiction').reason);
      if (!inScope(merge.scope, [c.region])) throw new RefusalError(claimElsewhere(c.number ?? c.id, c.region));
      if (!(await repo.reassignClaim(w.trx, c.id, { personId: merge.duplicateId, version: Number(c.version) }, merge.survivorId, at))) {
        throw new RefusalError(refuse('claim_state_changed').reason);
      }
      await w.audit({
        province: c.province,
        region: c.region,
        action: 'claim.moved_to_survivor',
        entityType: 'claim',
        entityId: c.id,
        details: { number: c.number, from: merge.duplicateId, to: merge.survivorId },
      });
    }
    return open.length;
  };
}
