/**
 * Daily housekeeping on the kernel's own parts: one timer a day (keyed by its Beijing date, so
 * several servers starting at once schedule it once) enqueues a `maintenance.run` message and the
 * next day's timer; the outbox runs the tasks after commit, outside any transaction. Each task is
 * idempotent (purge what has expired), so a retried delivery does no harm.
 */
import type { Clock } from '../../core/clock.js';
import { businessDate } from '../../core/clock.js';
import { addDays } from '../../core/dates.js';
import type { Db } from '../../db/database.js';
import type { TimersService } from './timers.service.js';

/** One housekeeping task; returns how many records it dealt with (for the audit entry). */
export type MaintenanceTask = { name: string; run: () => Promise<number> };

export interface MaintenancePorts {
  db: Db;
  clock: Clock;
  timers: Pick<TimersService, 'on' | 'ensure'>;
  outbox: { on(topic: string, handler: (payload: string) => Promise<void>): void };
}

export const MAINTENANCE_KIND = 'maintenance.daily';
const RUN_TOPIC = 'maintenance.run';
/** The hour (Beijing time) the daily run is due: 03:00, when offices are closed. */
const HOUR_BEIJING = 3;

/** The instant of 03:00 Beijing time on a business date (UTC+8, no daylight saving). */
export function dueOn(date: string): Date {
  return new Date(`${date}T${String(HOUR_BEIJING).padStart(2, '0')}:00:00+08:00`);
}

export function createMaintenance(ports: MaintenancePorts, tasks: MaintenanceTask[]) {
  const { timers, outbox, clock, db } = ports;
  const keyOf = (date: string) => `${MAINTENANCE_KIND}:${date}`;

  timers.on(MAINTENANCE_KIND, async (w, timer) => {
    const date =
      typeof timer.payload === 'object' && timer.payload !== null && 'date' in timer.payload && typeof timer.payload.date === 'string'
        ? timer.payload.date
        : businessDate(clock.now());
    const next = addDays(date, 1);
    await timers.ensure(w.trx, keyOf(next), MAINTENANCE_KIND, 'maintenance', dueOn(next), { date: next });
    await w.send(RUN_TOPIC, JSON.stringify({ date }));
    await w.audit({ province: '00', action: 'maintenance.scheduled', entityType: 'maintenance', entityId: date, details: { next } });
  });

  outbox.on(RUN_TOPIC, async () => {
    for (const task of tasks) await task.run();
  });

  return {
    /** Makes sure today's run (or, after 03:00, tomorrow's) is scheduled; safe on every start of every server. */
    async ensureScheduled(): Promise<void> {
      const today = businessDate(clock.now());
      const date = dueOn(today).getTime() > clock.now().getTime() ? today : addDays(today, 1);
      await db.kysely
        .transaction()
        .execute((trx) => timers.ensure(trx, keyOf(date), MAINTENANCE_KIND, 'maintenance', dueOn(date), { date }));
    },
    /** Runs every task now (the CLI and tests); returns each task's count. */
    async runNow(): Promise<Record<string, number>> {
      const out: Record<string, number> = {};
      for (const task of tasks) out[task.name] = await task.run();
      return out;
    },
  };
}

export type Maintenance = ReturnType<typeof createMaintenance>;
