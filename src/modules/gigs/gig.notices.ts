/**
 * Gig notices through the jobs module's outbox topic (an in-app message and an SMS, decision 187),
 * and the reminder the day before the start (a kernel timer per confirmed sign-up).
 */
import type { TimerWork } from '../kernel/index.js';
import { NOTIFY_TOPIC, notice } from '../jobs/index.js';
import type { GigsPorts } from './ports.js';
import type { GigTaskRow } from './gig.table.js';
import * as repo from './gig.repository.js';

export const TIMER_REMIND = 'gigs.signup.remind';

/** A notice about a task, to a worker or an employer. */
export const told = (kind: string, to: { personId?: string; enterpriseId?: string }, t: GigTaskRow, zh: string, en: string) =>
  notice({ kind: `gig.${kind}`, ...to, refId: t.id, zh, en });

/** The reminder: sent only while the sign-up is still confirmed and the task not cancelled. */
export function onReminder(ports: Pick<GigsPorts, 'timers'>): void {
  ports.timers.on(TIMER_REMIND, async (w: TimerWork, timer) => {
    const s = await repo.findSignup(w.trx, timer.subjectId);
    if (!s || s.status !== 'confirmed') return;
    const t = await repo.findTask(w.trx, s.task_id);
    if (!t || t.status === 'cancelled') return;
    await w.audit({ province: s.province, region: s.place_code, action: 'gig_signup.remind', entityType: 'gig_signup', entityId: s.id });
    await w.send(
      NOTIFY_TOPIC,
      told(
        'tomorrow',
        { personId: s.person_id },
        t,
        `明天（${t.start_date}）开工：${t.title}，地点${t.address}${t.bring ? `，请带${t.bring}` : ''}`,
        `Your gig "${t.title}" starts tomorrow (${t.start_date}) at ${t.address}${t.bring ? `; bring ${t.bring}` : ''}`,
      ),
    );
  });
}
