/**
 * Delivery of job notices (outbox topic jobs.notify): an in-app message, and for a person an SMS
 * through the outbox's `sms` topic, both in one transaction keyed by the message id, so a retried
 * delivery neither duplicates the message nor the SMS (decision 226).
 */
import type { Deps } from '../deps.js';
import type { Actor } from '../actor.js';
import { isoInstant } from '../../core/clock.js';
import { ok, refuse, type Result } from '../../core/result.js';
import type { Notice } from './posting.service.js';
import { NOTIFY_TOPIC, notice } from './posting.service.js';
import type { JobsPorts } from './ports.js';
import * as repo from './posting.repository.js';

export interface MessageView {
  id: string;
  kind: string;
  refId: string;
  zh: string;
  en: string;
  createdAt: string;
  readAt: string | null;
}

export function createNotices(deps: Deps, ports: JobsPorts) {
  const { db, pii, clock } = deps;
  ports.outbox.on(NOTIFY_TOPIC, async (payload, meta) => {
    const n = JSON.parse(payload) as Notice;
    const phone = n.personId ? await ports.people.phoneOf(n.personId) : null;
    // A plain transaction, not uow.write: a delivery has no actor and no audit row (the step that sent the
    // notice audited itself); it only ties the message to its SMS, idempotent by the outbox message id.
    await db.kysely.transaction().execute(async (trx) => {
      const inserted = await repo.insertMessageOnce(trx, {
        id: String(meta.id),
        person_id: n.personId ?? null,
        enterprise_id: n.enterpriseId ?? null,
        kind: n.kind,
        ref_id: n.refId,
        text_zh: n.zh,
        text_en: n.en,
        created_at: isoInstant(clock.now()),
        read_at: null,
      });
      if (inserted && phone) await ports.outbox.enqueue(trx, 'sms', pii.encrypt(JSON.stringify({ to: phone, text: `【务工】${n.zh}` })));
    });
  });

  return {
    /** A notice as an outbox message (topic and payload) for another module's unit of work to send. */
    compose(n: Notice): { topic: string; payload: string } {
      return { topic: NOTIFY_TOPIC, payload: notice(n) };
    },

    /** The signed-in worker's or employer's messages, newest first. */
    async messages(actor: Actor, limit = 50): Promise<Result<MessageView[]>> {
      const owner =
        actor.role === 'worker' && actor.personId
          ? { personId: actor.personId }
          : actor.role === 'employer' && actor.enterpriseId
            ? { enterpriseId: actor.enterpriseId }
            : null;
      if (!owner) return refuse('forbidden');
      const rows = await repo.listMessages(db.kysely, owner, limit);
      return ok(
        rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          refId: r.ref_id,
          zh: r.text_zh,
          en: r.text_en,
          createdAt: r.created_at,
          readAt: r.read_at,
        })),
      );
    },
  };
}
