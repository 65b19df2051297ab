/**
 * Workflows as data (workflow.ts, pure): a hand-written table of a small review — draft → submitted
 * → approved | rejected, withdraw from draft or submitted, a guarded approval — and what every
 * function answers on it, including the start-up checks that refuse a malformed table.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { refuse } from '../../core/result.js';
import { defineWorkflow, eventsFrom, nextState, planStep, rulesFromMap } from './workflow.js';

type S = 'draft' | 'submitted' | 'approved' | 'rejected' | 'withdrawn';
type E = 'submit' | 'approve' | 'reject' | 'withdraw' | 'reopen';
const states: readonly S[] = ['draft', 'submitted', 'approved', 'rejected', 'withdrawn'];

/** Approval needs a budget left (the guard reads the context only). */
const budgetLeft = (c: { budget: number }) => (c.budget > 0 ? null : refuse('conflict', { en: 'no budget' }).reason);

function review() {
  return defineWorkflow<S, E, { budget: number }, 'claims'>({
    entityType: 'review',
    table: 'claims',
    states,
    rules: [
      { event: 'submit', from: 'draft', to: 'submitted' },
      { event: 'approve', from: 'submitted', to: 'approved', guard: budgetLeft },
      { event: 'reject', from: 'submitted', to: 'rejected' },
      { event: 'withdraw', from: ['draft', 'submitted'], to: 'withdrawn' },
      { event: 'reopen', from: ['rejected', 'withdrawn'], to: 'draft' },
    ],
  });
}

describe('defineWorkflow', () => {
  it('keeps the table: entity, table, states, every rule with its from-list, default refusal codes', () => {
    const wf = review();
    expect(wf.entityType).toBe('review');
    expect(wf.table).toBe('claims');
    expect(wf.states).toEqual(states);
    expect(wf.rules.map((r) => [r.event, [...r.from], r.to, r.guard !== undefined])).toEqual([
      ['submit', ['draft'], 'submitted', false],
      ['approve', ['submitted'], 'approved', true],
      ['reject', ['submitted'], 'rejected', false],
      ['withdraw', ['draft', 'submitted'], 'withdrawn', false],
      ['reopen', ['rejected', 'withdrawn'], 'draft', false],
    ]);
    // An unguarded rule carries no guard key at all.
    expect('guard' in (wf.rules[0] ?? {})).toBe(false);
    expect(wf.invalidCode).toBe('workflow_invalid_transition');
    expect(wf.conflictCode).toBe('version_conflict');
    expect(Object.isFrozen(wf)).toBe(true);
  });

  it('takes the refusal codes a module names', () => {
    const wf = defineWorkflow<S, E, undefined, 'claims'>({
      entityType: 'review',
      table: 'claims',
      states,
      rules: [{ event: 'submit', from: 'draft', to: 'submitted' }],
      invalidCode: 'forbidden',
      conflictCode: 'conflict',
    });
    expect([wf.invalidCode, wf.conflictCode]).toEqual(['forbidden', 'conflict']);
    expect(planStep(wf, 'submitted', { event: 'submit' })).toMatchObject({ ok: false, reason: { code: 'forbidden' } });
  });

  it('refuses at start-up a rule naming an unknown state, as source or as target', () => {
    const spec = { entityType: 'review', table: 'claims' as const, states };
    expect(() => defineWorkflow<S | 'lost', E>({ ...spec, rules: [{ event: 'submit', from: 'lost', to: 'submitted' }] })).toThrow(
      'workflow review: unknown state lost in rule submit',
    );
    expect(() => defineWorkflow<S | 'lost', E>({ ...spec, rules: [{ event: 'submit', from: ['draft'], to: 'lost' }] })).toThrow(
      'workflow review: unknown state lost in rule submit',
    );
  });

  it('refuses two rules for the same event from the same state, also inside from-lists', () => {
    const spec = { entityType: 'review', table: 'claims' as const, states };
    expect(() =>
      defineWorkflow<S, E>({
        ...spec,
        rules: [
          { event: 'withdraw', from: ['draft', 'submitted'], to: 'withdrawn' },
          { event: 'withdraw', from: 'submitted', to: 'rejected' },
        ],
      }),
    ).toThrow('workflow review: two rules for withdraw from submitted');
    // The same event from different states, and different events from one state, are fine.
    expect(() =>
      defineWorkflow<S, E>({
        ...spec,
        rules: [
          { event: 'withdraw', from: 'draft', to: 'withdrawn' },
          { event: 'withdraw', from: 'submitted', to: 'withdrawn' },
          { event: 'reject', from: 'submitted', to: 'rejected' },
        ],
      }),
    ).not.toThrow();
  });
});

describe('rulesFromMap', () => {
  it('one rule per state and event of a { state: { event: next } } table, undefined entries skipped', () => {
    const map: Record<S, Partial<Record<E, S>>> = {
      draft: { submit: 'submitted', withdraw: 'withdrawn', reject: undefined },
      submitted: { approve: 'approved' },
      approved: {},
      rejected: {},
      withdrawn: { reopen: 'draft' },
    };
    expect(rulesFromMap<S, E>(map)).toEqual([
      { event: 'submit', from: 'draft', to: 'submitted' },
      { event: 'withdraw', from: 'draft', to: 'withdrawn' },
      { event: 'approve', from: 'submitted', to: 'approved' },
      { event: 'reopen', from: 'withdrawn', to: 'draft' },
    ]);
  });
});

describe('nextState and eventsFrom', () => {
  it('answer from the table only, guards not applied', () => {
    const wf = review();
    expect(nextState(wf, 'draft', 'submit')).toBe('submitted');
    expect(nextState(wf, 'submitted', 'withdraw')).toBe('withdrawn');
    expect(nextState(wf, 'submitted', 'approve')).toBe('approved');
    expect(nextState(wf, 'approved', 'withdraw')).toBeNull();
    expect(nextState(wf, 'unknown', 'submit')).toBeNull();
    expect(eventsFrom(wf, 'draft')).toEqual(['submit', 'withdraw']);
    expect(eventsFrom(wf, 'submitted')).toEqual(['approve', 'reject', 'withdraw']);
    expect(eventsFrom(wf, 'approved')).toEqual([]);
  });
});

describe('planStep', () => {
  // Built inside each test, not while the file is collected, so a mutation run sees which test reads it.
  let wf: ReturnType<typeof review>;
  const ctx = { budget: 1 };
  beforeEach(() => {
    wf = review();
  });

  it('by event: the rule of that event from the status', () => {
    expect(planStep(wf, 'draft', { event: 'submit' })).toEqual({ ok: true, value: { event: 'submit', to: 'submitted' } });
    expect(planStep(wf, 'submitted', { event: 'withdraw' })).toEqual({ ok: true, value: { event: 'withdraw', to: 'withdrawn' } });
  });

  it('by event from a status the rule does not start from: the invalid-transition refusal', () => {
    const r = planStep(wf, 'approved', { event: 'withdraw' });
    expect(r).toMatchObject({ ok: false, reason: { code: 'workflow_invalid_transition' } });
  });

  it('by event and target: refused when the event leads elsewhere', () => {
    expect(planStep(wf, 'submitted', { event: 'reject', to: 'rejected' })).toEqual({
      ok: true,
      value: { event: 'reject', to: 'rejected' },
    });
    expect(planStep(wf, 'submitted', { event: 'reject', to: 'approved' })).toMatchObject({
      ok: false,
      reason: { code: 'workflow_invalid_transition' },
    });
  });

  it('by target alone: the one rule leading there from the status', () => {
    expect(planStep(wf, 'submitted', { to: 'rejected' })).toEqual({ ok: true, value: { event: 'reject', to: 'rejected' } });
    expect(planStep(wf, 'withdrawn', { to: 'draft' })).toEqual({ ok: true, value: { event: 'reopen', to: 'draft' } });
    // No rule from 'approved' leads to 'draft'; a rule to 'draft' exists from other states only.
    expect(planStep(wf, 'approved', { to: 'draft' })).toMatchObject({ ok: false, reason: { code: 'workflow_invalid_transition' } });
  });

  it('by target when two events lead there from the status: a programming error', () => {
    const two = defineWorkflow<S, E>({
      entityType: 'review',
      table: 'claims',
      states,
      rules: [
        { event: 'withdraw', from: 'submitted', to: 'withdrawn' },
        { event: 'reject', from: ['draft', 'submitted'], to: 'withdrawn' },
      ],
    });
    expect(() => planStep(two, 'submitted', { to: 'withdrawn' })).toThrow(
      'workflow review: several events lead from submitted to withdrawn; name the event',
    );
    // From 'draft' only one of them applies.
    expect(planStep(two, 'draft', { to: 'withdrawn' })).toEqual({ ok: true, value: { event: 'reject', to: 'withdrawn' } });
  });

  it('neither event nor target: refused', () => {
    expect(planStep(wf, 'draft', {})).toMatchObject({ ok: false, reason: { code: 'workflow_invalid_transition' } });
  });

  it('a guarded rule: passes with the context the guard accepts, refuses with its refusal, throws without a context', () => {
    expect(planStep(wf, 'submitted', { event: 'approve' }, ctx)).toEqual({ ok: true, value: { event: 'approve', to: 'approved' } });
    expect(planStep(wf, 'submitted', { event: 'approve' }, { budget: 0 })).toEqual({
      ok: false,
      reason: { code: 'conflict', message: { zh: refuse('conflict').reason.message.zh, en: 'no budget' } },
    });
    expect(() => planStep(wf, 'submitted', { event: 'approve' })).toThrow(
      'workflow review: the approve step is guarded and needs a context',
    );
    // An unguarded rule needs no context.
    expect(planStep(wf, 'submitted', { event: 'reject' })).toEqual({ ok: true, value: { event: 'reject', to: 'rejected' } });
  });
});
