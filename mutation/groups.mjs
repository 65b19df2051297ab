/**
 * The mutation-testing groups (docs/SECURITY.md "Mutation testing"): each mutates a few files and runs
 * only the tests that exercise them, on SQLite, so one group finishes on a two-core machine.
 * `stryker.group.config.mjs` and `vitest.mutation.config.ts` read the group named by MUTATION_GROUP.
 */
const NOT_MUTATED = ['!**/*.test.ts', '!**/*.table.ts', '!**/index.ts'];

// batch.test.ts explains 23,810 people row by row and agree.test.ts 200 generated batches per program
// (seconds to minutes per mutant); batch.cases.test.ts checks both batch backends on every
// hand-computed policy case instead.
const POLICY_TESTS = ['src/policy/**/*.test.ts', '!src/policy/batch.test.ts', '!src/policy/agree.test.ts'];

export const groups = {
  core: {
    mutate: ['src/core/**/*.ts', 'src/crypto/**/*.ts', 'src/modules/people/id-number.ts'],
    tests: ['src/core/**/*.test.ts', 'src/crypto/**/*.test.ts', 'src/modules/people/id-number*.test.ts'],
  },
  // The people identity code's validation and column codec (issue 6) against their unit tests and the registry suites.
  'people-db': {
    mutate: ['src/modules/people/person.validate.ts', 'src/modules/people/person.codec.ts'],
    tests: ['src/modules/people/person.*.test.ts', 'tests/people*.test.ts'],
    ignoreStatic: true,
  },
  // The kernel's pure rules against the unit tests beside them (seconds per mutant).
  kernel: {
    mutate: [
      'src/modules/kernel/workflow.ts',
      'src/modules/kernel/calendar.ts',
      'src/modules/kernel/calendar.entry.ts',
      'src/modules/kernel/numbering.ts',
      'src/modules/kernel/backoff.ts',
      'src/modules/kernel/runner.ts',
    ],
    tests: ['src/modules/kernel/**/*.test.ts'],
  },
  // The kernel's database side (unit of work, workflow engine, timers, outbox, numbering, calendar
  // services) against the database suites: each mutant re-opens a migrated runtime per test file.
  'kernel-db': {
    mutate: [
      'src/modules/kernel/**/*.ts',
      '!src/modules/kernel/calendar.seed.ts',
      '!src/modules/kernel/workflow.ts',
      '!src/modules/kernel/calendar.ts',
      '!src/modules/kernel/calendar.entry.ts',
      '!src/modules/kernel/numbering.ts',
      '!src/modules/kernel/backoff.ts',
      '!src/modules/kernel/runner.ts',
    ],
    tests: ['tests/kernel-*.test.ts', 'tests/numbering.test.ts'],
    ignoreStatic: true,
    // One module graph for every test file: importing the app per file per mutant cost more than the tests.
    isolate: false,
  },
  // Roles and permissions, passwords, secrets, token status and the views (pure), against the unit tests beside them.
  accounts: {
    mutate: ['src/modules/accounts/account.ts', 'src/modules/accounts/binding.ts', 'src/modules/accounts/permissions.ts'],
    tests: ['src/modules/accounts/**/*.test.ts'],
  },
  // Sign-in, lock-out, sessions, tokens, users and binding services against the database suites.
  'accounts-db': {
    mutate: [
      'src/modules/accounts/**/*.ts',
      '!src/modules/accounts/account.ts',
      '!src/modules/accounts/binding.ts',
      '!src/modules/accounts/permissions.ts',
    ],
    // The module's own unit tests (the session cache's), the session read kept a second, and the
    // sign-in clocks (code, session, lock-out, token expiry) test these files too: without them the
    // first measurement counted the session cache at 24 %.
    tests: [
      'tests/accounts*.test.ts',
      'tests/binding*.test.ts',
      'tests/worker-signin.test.ts',
      'tests/login-rate-limit.test.ts',
      'src/modules/accounts/**/*.test.ts',
      'tests/perf-session.test.ts',
      'tests/mutants-boundaries.test.ts',
    ],
    ignoreStatic: true,
    isolate: false,
  },
  // The chain's hashes and checks and the anchors (pure) against the unit tests beside them.
  audit: {
    mutate: ['src/modules/audit/audit.chain.ts', 'src/modules/audit/audit.anchor.ts'],
    tests: ['src/modules/audit/**/*.test.ts'],
  },
  // Recording, scoped reads, verification and anchoring against the database suites.
  'audit-db': {
    mutate: ['src/modules/audit/**/*.ts', '!src/modules/audit/audit.chain.ts', '!src/modules/audit/audit.anchor.ts'],
    tests: ['tests/audit-*.test.ts'],
    ignoreStatic: true,
  },
  // The payment vocabulary and plan (pure) against the unit tests beside it.
  ledger: {
    mutate: ['src/modules/benefits/payment.ts'],
    tests: ['src/modules/benefits/**/*.test.ts'],
  },
  // Issuing, re-issuing, reversing and reconciling payments, and reviews, against the database suites.
  'ledger-db': {
    mutate: [
      'src/modules/benefits/ledger.ts',
      'src/modules/benefits/payment.repository.ts',
      'src/modules/benefits/payment.service.ts',
      'src/modules/benefits/review.service.ts',
    ],
    tests: ['tests/benefits-*.test.ts', 'tests/merge-money.test.ts', 'tests/reconcile.test.ts', 'tests/mutants-boundaries.test.ts'],
    ignoreStatic: true,
  },
  // The policy engine's scalar arithmetic and calendar arithmetic on day numbers.
  policy: {
    mutate: ['src/policy/ops.ts', 'src/policy/days.ts'],
    tests: POLICY_TESTS,
    ignoreStatic: true,
  },
  // The batch backends (closure kernels, fused row loop): hours on a loaded two-core machine.
  'policy-batch': {
    mutate: ['src/policy/kernels.ts', 'src/policy/batch-kernels.ts', 'src/policy/fused.ts'],
    tests: POLICY_TESTS,
    ignoreStatic: true,
  },
};

/** The group named by MUTATION_GROUP; an unknown or missing name stops the run. */
export function currentGroup() {
  const name = process.env.MUTATION_GROUP ?? '';
  const group = groups[name];
  if (!group) throw new Error(`MUTATION_GROUP must be one of ${Object.keys(groups).join(', ')} (got "${name}")`);
  return { name, ...group, mutate: [...group.mutate, ...NOT_MUTATED] };
}
