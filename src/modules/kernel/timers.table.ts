/** Kysely row types of the kernel's timers. */

export interface TimerRow {
  id: string;
  /** Which registered handler fires it, e.g. 'application.expire'. */
  kind: string;
  /** The record the timer is about (cancel by subject). */
  subject_id: string;
  /** ISO instant (UTC) from which the timer may fire. */
  due_at: string;
  /** JSON; ids and non-personal values only. */
  payload: string;
  created_at: string;
  /** Set in the same transaction as the handler's work: a fired timer never fires again. */
  fired_at: string | null;
  cancelled_at: string | null;
  /** Failed attempts so far (the next back-off grows with it). */
  attempts: number;
  last_error: string | null;
  /** No runner may take the timer before this instant (a runner's lease, or the back-off after a failure). */
  locked_until: string | null;
  /** The runner holding the current lease. */
  claimed_by: string | null;
}

export interface TimerTables {
  timers: TimerRow;
}
