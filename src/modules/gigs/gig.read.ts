/** Turns rows into views with the employer's name, waiting counts, people's names and ratings (few reads per page). */
import type { Deps } from '../deps.js';
import { businessDate } from '../../core/clock.js';
import type { GigsPorts } from './ports.js';
import type { GigSignupRow, GigTaskRow } from './gig.table.js';
import * as repo from './gig.repository.js';
import { toSignupView, toTaskView, type SignupView, type TaskView } from './gig.view.js';

export function createGigReader(deps: Deps, ports: GigsPorts) {
  const { db, clock } = deps;

  async function enterpriseNames(ids: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    const found = await Promise.all(unique.map((id) => ports.enterprise(id)));
    return new Map(found.flatMap((e) => (e ? [[e.id, e.name] as const] : [])));
  }

  async function tasks(rows: readonly GigTaskRow[]): Promise<TaskView[]> {
    const names = await enterpriseNames(rows.map((t) => t.enterprise_id));
    const waiting = await repo.waitingCounts(
      db.kysely,
      rows.map((t) => t.id),
    );
    return rows.map((t) => toTaskView(t, names.get(t.enterprise_id) ?? '', waiting.get(t.id) ?? 0));
  }

  async function signups(rows: readonly GigSignupRow[]): Promise<SignupView[]> {
    const people = await ports.people.summaries(rows.map((s) => s.person_id));
    const ratings = await repo.ratingsOf(
      db.kysely,
      rows.map((s) => s.id),
    );
    return rows.map((s) => toSignupView(s, people.get(s.person_id)?.name ?? '', ratings));
  }

  return {
    tasks,
    signups,
    enterpriseNames,
    async task(row: GigTaskRow): Promise<TaskView> {
      const [v] = await tasks([row]);
      if (!v) throw new Error('task view');
      return v;
    },
    async signup(row: GigSignupRow): Promise<SignupView> {
      const [v] = await signups([row]);
      if (!v) throw new Error('signup view');
      return v;
    },
    today: () => businessDate(clock.now()),
  };
}

export type GigReader = ReturnType<typeof createGigReader>;
