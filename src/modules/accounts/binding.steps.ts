/**
 * The steps of a binding request through the kernel's workflow engine (decision 163): the one place
 * a request's status changes. Used by the binding service (confirm, reject, a new request withdrawing
 * the pending one) and by the worker sign-in (a binding by phone withdraws the pending request in the
 * same transaction).
 */
import { refuse, ok, type Result } from '../../core/result.js';
import type { StepWork, Transitioned, WorkflowEngine } from '../kernel/index.js';
import * as repo from './binding.repository.js';
import { bindingWorkflow, isBindingStatus, type BindingEvent, type BindingStatus } from './binding.js';

type StepRow = Pick<repo.BindingRequest, 'id' | 'user_id' | 'status' | 'version' | 'province' | 'hukou_code'>;

export function createBindingSteps(workflows: WorkflowEngine) {
  async function step(
    w: StepWork,
    row: StepRow,
    event: BindingEvent,
    decided: { by: string | null; reason: string | null } = { by: null, reason: null },
  ): Promise<Result<Transitioned<BindingStatus, BindingEvent>>> {
    if (!isBindingStatus(row.status)) return refuse('binding_decided');
    return workflows.transition(w, bindingWorkflow, {
      id: row.id,
      from: row.status,
      event,
      expectedVersion: Number(row.version),
      province: row.province,
      region: row.hukou_code,
      patch: { decided_by: decided.by, reason: decided.reason },
      details: { userId: row.user_id },
    });
  }
  return {
    step,
    /** Withdraws the account's pending request, if any (a new request or a binding by phone replaces it). */
    async withdrawPending(w: StepWork, userId: string): Promise<Result<unknown>> {
      const pending = await repo.pendingOf(w.trx, userId);
      return pending ? step(w, pending, 'withdraw') : ok(null);
    },
  };
}

export type BindingSteps = ReturnType<typeof createBindingSteps>;
