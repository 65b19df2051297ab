/**
 * A worker's own answer to a sharing agreement (decision 197): only the worker, signed in on their
 * phone, may consent or decline; an employer or officer asking gets a refusal. A decline removes the
 * worker and tells the lender; when nobody is left the agreement is cancelled. The agreement turns
 * active on its start date for those who consented (the start timer, or the first consent after that
 * day) and ends by its end timer; the kernel fires each timer once, across restarts.
 */
import type { Deps } from '../deps.js';
import type { Actor } from '../actor.js';
import { businessDate, isoInstant } from '../../core/clock.js';
import { ok, refuse, type Result } from '../../core/result.js';
import { NOTIFY_TOPIC, notice } from '../jobs/index.js';
import type { StepWork } from '../kernel/index.js';
import * as repo from './sharing.repository.js';
import { agreementWorkflow, type AgreementStatus } from './sharing.js';
import { agreementReadRefusal } from './sharing.policy.js';
import type { AgreementView } from './sharing.view.js';
import type { SharingAgreementRow } from './sharing.table.js';
import type { SharingPorts } from './sharing.ports.js';
import { TIMER_END, TIMER_START, type createAgreementService } from './agreement.service.js';

type Agreements = ReturnType<typeof createAgreementService>;

export function createConsentService(deps: Deps, ports: SharingPorts, agreements: Agreements) {
  const { db, clock } = deps;

  function step(
    w: StepWork,
    row: SharingAgreementRow,
    event: 'activate' | 'end' | 'cancel',
    patch?: { activated_on?: string; ended_on?: string },
  ) {
    return ports.workflows.transition(w, agreementWorkflow, {
      id: row.id,
      from: row.status as AgreementStatus,
      event,
      expectedVersion: row.version,
      province: row.province,
      region: row.lender_region,
      ...(patch ? { patch } : {}),
    });
  }

  /** Cancels an agreement nobody is left in, giving its listings back (open again). */
  async function cancelEmpty(w: StepWork, row: SharingAgreementRow): Promise<Result<unknown>> {
    const moved = await step(w, row, 'cancel');
    if (!moved.ok) return moved;
    await ports.timers.cancel(w.trx, row.id);
    for (const l of [row.offer_id, row.request_id]) {
      const r = await agreements.moveListing(w, l, 'reopen');
      if (!r.ok) return r;
    }
    return ok(null);
  }

  ports.timers.on(TIMER_START, async (w, timer) => {
    const row = await repo.findAgreement(w.trx, timer.subjectId);
    if (!row || row.status !== 'awaiting_consent') return;
    const workers = await repo.workersOf(w.trx, [row.id]);
    if (workers.some((x) => x.consent === 'consented')) {
      const r = await step(w, row, 'activate', { activated_on: row.start_date });
      if (!r.ok) throw new Error(r.reason.code);
    } else if (workers.every((x) => x.consent === 'declined')) {
      const r = await cancelEmpty(w, row);
      if (!r.ok) throw new Error(r.reason.code);
    }
  });

  ports.timers.on(TIMER_END, async (w, timer) => {
    const row = await repo.findAgreement(w.trx, timer.subjectId);
    if (!row || (row.status !== 'active' && row.status !== 'awaiting_consent')) return;
    const r = row.status === 'active' ? await step(w, row, 'end', { ended_on: row.end_date }) : await step(w, row, 'cancel');
    if (!r.ok) throw new Error(r.reason.code);
    for (const l of [row.offer_id, row.request_id]) {
      const c = await agreements.moveListing(w, l, 'close');
      if (!c.ok) throw new Error(c.reason.code);
    }
  });

  return {
    /** The worker's own answer: consent or decline, once. */
    async answer(actor: Actor, id: string, answer: 'consent' | 'decline'): Promise<Result<AgreementView>> {
      const row = await repo.findAgreement(db.kysely, id);
      if (!row) return refuse('out_of_jurisdiction');
      const workers = await repo.workersOf(db.kysely, [id]);
      if (actor.role !== 'worker') {
        const hidden = agreementReadRefusal(actor, row, workers);
        return hidden ? { ok: false, reason: hidden } : refuse('sharing_consent_own_only');
      }
      const mine = workers.find((x) => x.person_id === actor.personId);
      if (!mine || row.status === 'draft') return refuse('out_of_jurisdiction');
      if (row.status !== 'awaiting_consent' && row.status !== 'active') return refuse('sharing_agreement_wrong_state');
      const today = businessDate(clock.now());
      const done = await ports.uow.write(actor, async (w) => {
        const answered = await repo.answer(w.trx, mine.id, answer === 'consent' ? 'consented' : 'declined', isoInstant(clock.now()));
        if (!answered) return refuse('sharing_already_answered');
        await w.audit({
          province: row.province,
          region: row.lender_region,
          action: answer === 'consent' ? 'sharing_agreement.consented' : 'sharing_agreement.declined',
          entityType: 'sharing_agreement',
          entityId: row.id,
          details: { line: mine.id },
        });
        const fresh = await repo.findAgreement(w.trx, id);
        if (!fresh) return refuse('not_found');
        if (answer === 'decline') {
          w.send(
            NOTIFY_TOPIC,
            notice({
              kind: 'sharing.declined',
              enterpriseId: row.lender_id,
              refId: row.id,
              zh: `有一名职工不同意共享用工（${row.start_date}至${row.end_date}），已从协议中移除`,
              en: `A worker declined the labour-sharing agreement (${row.start_date} to ${row.end_date}) and was removed from it`,
            }),
          );
          const all = await repo.workersOf(w.trx, [id]);
          if (all.every((x) => x.consent === 'declined')) return cancelEmpty(w, fresh);
        } else if (fresh.status === 'awaiting_consent' && today >= fresh.start_date) {
          return step(w, fresh, 'activate', { activated_on: today });
        }
        return ok(null);
      });
      if (!done.ok) return done;
      return agreements.get(actor, id);
    },
  };
}
