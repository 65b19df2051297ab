/**
 * The generic workflow: a transition table as data with guards (a made-up job-application workflow
 * shows the table rules), and the engine's step on a real table — claims, whose own table in
 * claim.ts becomes a kernel workflow in one definition — guarded by status and version in the
 * UPDATE, audited in the same transaction, and refused as a value when the row moved on.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession } from './helpers/session.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { systemActor } from '../src/modules/actor.js';
import { refuse } from '../src/core/result.js';
import { defineWorkflow, eventsFrom, nextState, planStep, rulesFromMap } from '../src/modules/kernel/workflow.js';
import { claimStatuses, nextStatus, transitions, type ClaimEvent } from '../src/modules/benefits/claim.js';

/** A workflow the next issues will need, written as the kernel expects it. */
const applicationWorkflow = defineWorkflow({
  entityType: 'application',
  table: 'claims',
  states: ['applied', 'shortlisted', 'hired', 'rejected', 'withdrawn'] as const,
  rules: [
    { event: 'shortlist', from: 'applied', to: 'shortlisted' },
    {
      event: 'hire',
      from: 'shortlisted',
      to: 'hired',
      guard: (c: { interviewed: boolean }) =>
        c.interviewed ? null : refuse('conflict', { zh: '尚未面试', en: 'Not interviewed yet' }).reason,
    },
    { event: 'reject', from: ['applied', 'shortlisted'], to: 'rejected' },
    { event: 'withdraw', from: ['applied', 'shortlisted'], to: 'withdrawn' },
  ],
});

/** Claims on the kernel: the transition table of claim.ts, unchanged, plus the refusal codes claims already use. */
const claimWorkflow = defineWorkflow({
  entityType: 'claim',
  table: 'claims',
  states: claimStatuses,
  rules: rulesFromMap(transitions),
  invalidCode: 'claim_not_reviewable',
  conflictCode: 'claim_state_changed',
});

const claimEvents: ClaimEvent[] = [
  'approve_township',
  'refuse_township',
  'approve_county',
  'refuse_county',
  'request_reconsideration',
  'approve_reconsideration',
  'refuse_reconsideration',
  'mark_paid',
];

describe('workflow tables (pure)', () => {
  it('plans steps by event or by target, applies guards, and lists what is allowed', () => {
    expect(nextState(applicationWorkflow, 'applied', 'shortlist')).toBe('shortlisted');
    expect(nextState(applicationWorkflow, 'hired', 'reject')).toBeNull();
    expect(eventsFrom(applicationWorkflow, 'shortlisted')).toEqual(['hire', 'reject', 'withdraw']);
    expect(eventsFrom(applicationWorkflow, 'hired')).toEqual([]);
    expect(planStep(applicationWorkflow, 'applied', { to: 'rejected' })).toEqual({ ok: true, value: { event: 'reject', to: 'rejected' } });
    expect(planStep(applicationWorkflow, 'applied', { event: 'hire' }, { interviewed: true })).toMatchObject({
      ok: false,
      reason: { code: 'workflow_invalid_transition' },
    });
    expect(planStep(applicationWorkflow, 'shortlisted', { event: 'hire' }, { interviewed: false })).toMatchObject({
      ok: false,
      reason: { code: 'conflict', message: { en: 'Not interviewed yet' } },
    });
    expect(planStep(applicationWorkflow, 'shortlisted', { event: 'hire' }, { interviewed: true })).toEqual({
      ok: true,
      value: { event: 'hire', to: 'hired' },
    });
    // An event and a target that disagree is not a step.
    expect(planStep(applicationWorkflow, 'applied', { event: 'reject', to: 'withdrawn' }).ok).toBe(false);
    expect(() => planStep(applicationWorkflow, 'shortlisted', { event: 'hire' })).toThrow('needs a context');
  });

  it('refuses a broken table when it is defined', () => {
    expect(() =>
      defineWorkflow<string, string>({
        entityType: 'x',
        table: 'claims',
        states: ['a', 'b'],
        rules: [{ event: 'go', from: 'a', to: 'c' }],
      }),
    ).toThrow('unknown state c');
    expect(() =>
      defineWorkflow({
        entityType: 'x',
        table: 'claims',
        states: ['a', 'b'] as const,
        rules: [
          { event: 'go', from: 'a', to: 'b' },
          { event: 'go', from: ['b', 'a'], to: 'a' },
        ],
      }),
    ).toThrow('two rules for go from a');
  });

  it('the claim table on the kernel answers exactly as claim.ts does, for every status and event', () => {
    for (const s of claimStatuses) for (const e of claimEvents) expect(nextState(claimWorkflow, s, e), `${s} ${e}`).toBe(nextStatus(s, e));
  });
});

describeEachDb('kernel: workflow steps on a table', (ctx) => {
  const claimIds: string[] = [];
  beforeAll(async () => {
    const { app, rt } = ctx();
    const { headers } = await userSession(app, rt, 'township_officer', '451228100');
    for (const [i, day] of ['1986-03-03', '1987-04-04', '1988-05-05', '1989-06-06'].entries()) {
      const p = await rt.services.people.create(systemActor(), {
        name: `韦流程${i}`,
        idNumber: makeIdNumber('451228', day, 41 + i * 2),
        hukouCode: '451228100',
      });
      if (!p.ok) throw new Error(`person: ${p.reason.code}`);
      const facts = {
        returnedFromWorkAway: true,
        businessRegion: '451228',
        firstBusiness: true,
        operatingNormally: true,
        businessLicenceDate: '2026-03-01',
        businessKind: 'individual',
      };
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/claims',
        headers,
        payload: { programId: 'entrepreneurship-subsidy', personId: p.value.id, facts },
      });
      if (res.statusCode !== 201) throw new Error(`claim: ${res.statusCode} ${res.body}`);
      claimIds.push(res.json().id);
    }
  });

  async function row(id: string) {
    return ctx()
      .rt.db.kysely.selectFrom('claims')
      .select(['status', 'version', 'updated_at', 'reconsideration_until'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  }

  async function stepEntries(id: string) {
    return (await ctx().rt.services.audit.history('claim', id)).filter(
      (e) => e.action.startsWith('claim.approve_') || e.action.startsWith('claim.refuse_') || e.action === 'test.refused',
    );
  }

  it('moves a row when status and version match, bumps the version and audits the step in the same transaction', async () => {
    const { rt } = ctx();
    const id = claimIds[0] ?? '';
    const before = await row(id);
    expect(before.status).toBe('submitted');
    rt.clock.set('2026-11-28T09:00:00.000Z');
    const r = await rt.services.uow.write(systemActor('test'), (w) =>
      rt.services.workflows.transition(w, claimWorkflow, {
        id,
        from: 'submitted',
        event: 'approve_township',
        expectedVersion: before.version,
        province: '45',
        details: { level: 'township' },
      }),
    );
    expect(r).toEqual({
      ok: true,
      value: { id, from: 'submitted', to: 'township_approved', event: 'approve_township', version: before.version + 1 },
    });
    expect(await row(id)).toMatchObject({
      status: 'township_approved',
      version: before.version + 1,
      updated_at: '2026-11-28T09:00:00.000Z',
    });
    const entries = await stepEntries(id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'claim.approve_township',
      entityType: 'claim',
      province: '45',
      details: { level: 'township', from: 'submitted', to: 'township_approved', event: 'approve_township', version: before.version + 1 },
    });
  });

  it('refuses as values: a stale version (claim_state_changed), a step the table has not (claim_not_reviewable), an unknown id (not_found)', async () => {
    const { rt } = ctx();
    const id = claimIds[0] ?? '';
    const now = await row(id);
    const stale = await rt.services.uow.write(systemActor('test'), (w) =>
      rt.services.workflows.transition(w, claimWorkflow, {
        id,
        from: 'township_approved',
        event: 'approve_county',
        expectedVersion: now.version - 1,
        province: '45',
      }),
    );
    expect(stale).toMatchObject({ ok: false, reason: { code: 'claim_state_changed' } });
    // The status it was read with is no longer the row's: also a conflict, not a blind overwrite.
    const moved = await rt.services.uow.write(systemActor('test'), (w) =>
      rt.services.workflows.transition(w, claimWorkflow, {
        id,
        from: 'submitted',
        event: 'refuse_township',
        expectedVersion: now.version,
        province: '45',
      }),
    );
    expect(moved).toMatchObject({ ok: false, reason: { code: 'claim_state_changed' } });
    const invalid = await rt.services.uow.write(systemActor('test'), (w) =>
      rt.services.workflows.transition(w, claimWorkflow, {
        id,
        from: 'township_approved',
        event: 'mark_paid',
        expectedVersion: now.version,
        province: '45',
      }),
    );
    expect(invalid).toMatchObject({ ok: false, reason: { code: 'claim_not_reviewable' } });
    const missing = await rt.services.uow.write(systemActor('test'), (w) =>
      rt.services.workflows.transition(w, claimWorkflow, {
        id: 'no-such-claim',
        from: 'submitted',
        event: 'approve_township',
        expectedVersion: 1,
        province: '45',
      }),
    );
    expect(missing).toMatchObject({ ok: false, reason: { code: 'not_found' } });
    expect(await row(id)).toEqual(now);
    expect(await stepEntries(id)).toHaveLength(1);
  });

  it('sets whitelisted columns with the step, by target state; a rolled-back unit of work leaves neither the step nor its audit entry', async () => {
    const { rt } = ctx();
    const id = claimIds[1] ?? '';
    const v = (await row(id)).version;
    const aborted = await rt.services.uow.write(systemActor('test'), async (w) => {
      const step = await rt.services.workflows.transition(w, claimWorkflow, {
        id,
        from: 'submitted',
        to: 'refused',
        expectedVersion: v,
        province: '45',
        patch: { reconsideration_until: '2027-01-27' },
      });
      if (!step.ok) return step;
      return w.abort('conflict');
    });
    expect(aborted).toMatchObject({ ok: false, reason: { code: 'conflict' } });
    expect(await row(id)).toMatchObject({ status: 'submitted', version: v, reconsideration_until: null });
    expect(await stepEntries(id)).toHaveLength(0);
    const done = await rt.services.uow.write(systemActor('test'), (w) =>
      rt.services.workflows.transition(w, claimWorkflow, {
        id,
        from: 'submitted',
        to: 'refused',
        expectedVersion: v,
        province: '45',
        patch: { reconsideration_until: '2027-01-27' },
      }),
    );
    expect(done).toMatchObject({ ok: true, value: { event: 'refuse_township', to: 'refused', version: v + 1 } });
    expect(await row(id)).toMatchObject({ status: 'refused', version: v + 1, reconsideration_until: '2027-01-27' });
  });

  it('two steps from the same version at the same moment: one moves the row, the other is refused', async () => {
    const { rt } = ctx();
    const id = claimIds[2] ?? '';
    const v = (await row(id)).version;
    const step = (event: ClaimEvent) =>
      rt.services.uow.write(systemActor('test'), (w) =>
        rt.services.workflows.transition(w, claimWorkflow, { id, from: 'submitted', event, expectedVersion: v, province: '45' }),
      );
    const results = await Promise.all([
      step('approve_township'),
      step('refuse_township'),
      step('approve_township'),
      step('refuse_township'),
    ]);
    const won = results.filter((r) => r.ok);
    expect(won).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.reason.code))).toEqual([
      'claim_state_changed',
      'claim_state_changed',
      'claim_state_changed',
    ]);
    const after = await row(id);
    expect(after.version).toBe(v + 1);
    expect(won[0]?.ok && won[0].value.to).toBe(after.status);
    expect(await stepEntries(id)).toHaveLength(1);
  });
});
