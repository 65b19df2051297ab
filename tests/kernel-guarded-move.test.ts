/**
 * The kernel's one guarded status update (`guardedMove`) on a real workflow table, both databases:
 * what it sets (status, version, updated-at, the status clock only when the status changes, the
 * whitelisted columns, a missing value as NULL), what it answers (moved, changed, missing), and what
 * it refuses to write at all (a table or column outside the whitelist); and the engine's step, whose
 * audit entry carries the record's region.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb, type Ctx } from './helpers/runtime.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { systemActor } from '../src/modules/actor.js';
import { guardedMove, type WorkflowTable } from '../src/modules/kernel/workflow.repository.js';
import { defineWorkflow, rulesFromMap } from '../src/modules/kernel/workflow.js';
import { claimStatuses, transitions } from '../src/modules/benefits/claim.js';

const T0 = '2026-11-28T02:00:00.000Z';

describeEachDb('kernel: the guarded move', (ctx: () => Ctx) => {
  const db = () => ctx().rt.services.deps.db.kysely;
  const claim = (id: string) =>
    db()
      .selectFrom('claims')
      .select(['status', 'version', 'updated_at', 'status_since', 'reconsideration_until', 'as_of', 'person_id'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  let personId = '';

  beforeAll(async () => {
    const p = await ctx().rt.services.people.create(systemActor(), {
      name: '韦守卫',
      idNumber: makeIdNumber('451228', '1990-07-07', 57),
      hukouCode: '451228100',
    });
    if (!p.ok) throw new Error(`person: ${p.reason.code}`);
    personId = p.value.id;
    await db()
      .insertInto('claims')
      .values(
        ['gm-1', 'gm-2', 'gm-3', 'gm-4'].map((id) => ({
          id,
          province: '45',
          region: '451228100',
          program_id: 'entrepreneurship-subsidy',
          person_id: personId,
          submitted_by: 'test',
          channel: 'officer' as const,
          status: 'submitted',
          as_of: '2026-11-28',
          facts: '{}',
          decision: '{}',
          version: 3,
          created_at: T0,
          updated_at: T0,
          status_since: T0,
        })),
      )
      .execute();
  });

  it('moves status and version, stamps updated-at and the status clock', async () => {
    const at = '2026-11-28T03:00:00.000Z';
    expect(await guardedMove(db(), 'claims', { id: 'gm-1', from: 'submitted', to: 'township_approved', expectedVersion: 3, at })).toBe(
      'moved',
    );
    expect(await claim('gm-1')).toMatchObject({ status: 'township_approved', version: 4, updated_at: at, status_since: at });
  });

  it('a step that keeps the status leaves the status clock where it was', async () => {
    const at = '2026-11-28T04:00:00.000Z';
    const r = await guardedMove(db(), 'claims', {
      id: 'gm-2',
      from: 'submitted',
      to: 'submitted',
      expectedVersion: 3,
      at,
      patch: { as_of: '2026-11-29' },
    });
    expect(r).toBe('moved');
    expect(await claim('gm-2')).toMatchObject({ status: 'submitted', version: 4, updated_at: at, status_since: T0, as_of: '2026-11-29' });
  });

  it('sets a whitelisted column given as missing to NULL', async () => {
    await db().updateTable('claims').set({ reconsideration_until: '2027-01-01' }).where('id', '=', 'gm-3').execute();
    const r = await guardedMove(db(), 'claims', {
      id: 'gm-3',
      from: 'submitted',
      to: 'refused',
      expectedVersion: 3,
      at: T0,
      patch: { reconsideration_until: undefined },
    });
    expect(r).toBe('moved');
    expect((await claim('gm-3')).reconsideration_until).toBeNull();
  });

  it("answers 'changed' for a row moved or edited first and 'missing' for no row, writing nothing", async () => {
    const before = await claim('gm-1');
    const move = (id: string, from: string, expectedVersion: number) =>
      guardedMove(db(), 'claims', { id, from, to: 'refused', expectedVersion, at: '2026-11-28T05:00:00.000Z' });
    expect(await move('gm-1', 'township_approved', 3)).toBe('changed');
    expect(await move('gm-1', 'submitted', 4)).toBe('changed');
    expect(await move('gm-1', 'township_approved', 5)).toBe('changed');
    expect(await move('gm-none', 'township_approved', 4)).toBe('missing');
    expect(await claim('gm-1')).toEqual(before);
  });

  it('refuses a column outside the whitelist and a table that is not a workflow table, before writing', async () => {
    const before = await claim('gm-1');
    await expect(
      guardedMove(db(), 'claims', {
        id: 'gm-1',
        from: 'township_approved',
        to: 'county_approved',
        expectedVersion: 4,
        at: T0,
        patch: { person_id: 'someone-else' } as never,
      }),
    ).rejects.toThrow('column person_id of claims cannot change with a workflow step');
    await expect(
      guardedMove(db(), 'people' as WorkflowTable, { id: personId, from: 'a', to: 'b', expectedVersion: 1, at: T0 }),
    ).rejects.toThrow('not a workflow table: people');
    await expect(
      guardedMove(db(), 'toString' as WorkflowTable, { id: personId, from: 'a', to: 'b', expectedVersion: 1, at: T0 }),
    ).rejects.toThrow('not a workflow table: toString');
    expect(await claim('gm-1')).toEqual(before);
  });

  it('moves a row of a table without a status clock', async () => {
    const user = await ctx().rt.services.users.create(systemActor(), {
      username: 'gm_worker',
      displayName: 'gm_worker',
      role: 'worker',
      jurisdiction: '',
      password: 'Passw0rd-guarded-1',
    });
    if (!user.ok) throw new Error(user.reason.code);
    await db()
      .insertInto('worker_binding_requests')
      .values({
        id: 'gm-b1',
        user_id: user.value.user.id,
        status: 'pending',
        province: '45',
        submitted_name: '韦守卫',
        created_at: T0,
        version: 0,
      })
      .execute();
    const at = '2026-11-28T06:00:00.000Z';
    const r = await guardedMove(db(), 'worker_binding_requests', {
      id: 'gm-b1',
      from: 'pending',
      to: 'rejected',
      expectedVersion: 0,
      at,
      patch: { reason: '不是本人' },
    });
    expect(r).toBe('moved');
    const row = await db()
      .selectFrom('worker_binding_requests')
      .select(['status', 'version', 'decided_at', 'reason'])
      .where('id', '=', 'gm-b1')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'rejected', version: 1, decided_at: at, reason: '不是本人' });
  });

  it("the engine's step is audited with the record's region, and without one when none is given", async () => {
    const { rt } = ctx();
    const wf = defineWorkflow({ entityType: 'claim', table: 'claims', states: claimStatuses, rules: rulesFromMap(transitions) });
    const step = (id: string, region?: string) =>
      rt.services.uow.write(systemActor('test'), (w) =>
        rt.services.workflows.transition(w, wf, {
          id,
          from: 'submitted',
          event: 'approve_township',
          expectedVersion: 3,
          province: '45',
          ...(region ? { region } : {}),
        }),
      );
    expect((await step('gm-4', '451228100')).ok).toBe(true);
    const [entry] = await rt.services.audit.history('claim', 'gm-4');
    expect(entry).toMatchObject({ action: 'claim.approve_township', province: '45', region: '451228100' });
  });
});
