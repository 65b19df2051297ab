/**
 * The mutation-testing groups (docs/SECURITY.md "Mutation testing"): each mutates a few files and runs
 * only the tests that exercise them, on SQLite, so one group finishes on a two-core machine.
 * `stryker.group.config.mjs` and `vitest.mutation.config.ts` read the group named by MUTATION_GROUP.
 */
const NOT_MUTATED = ['!**/*.test.ts', '!**/*.table.ts', '!**/index.ts'];

export const groups = {
  core: {
    mutate: ['src/core/**/*.ts', 'src/crypto/**/*.ts', 'src/modules/people/id-number.ts'],
    tests: ['src/core/**/*.test.ts', 'src/crypto/**/*.test.ts', 'src/modules/people/id-number*.test.ts'],
  },
  kernel: {
    mutate: ['src/modules/kernel/**/*.ts', '!src/modules/kernel/calendar.seed.ts'],
    tests: ['src/modules/kernel/**/*.test.ts', 'tests/kernel-*.test.ts', 'tests/numbering.test.ts'],
    ignoreStatic: true,
  },
  accounts: {
    mutate: ['src/modules/accounts/**/*.ts'],
    tests: ['tests/accounts*.test.ts', 'tests/binding*.test.ts', 'tests/worker-signin.test.ts', 'tests/login-rate-limit.test.ts'],
    ignoreStatic: true,
  },
  audit: {
    mutate: ['src/modules/audit/**/*.ts'],
    tests: ['tests/audit-*.test.ts'],
    ignoreStatic: true,
  },
  ledger: {
    mutate: ['src/modules/benefits/ledger.ts', 'src/modules/benefits/payment*.ts', 'src/modules/benefits/review.service.ts'],
    tests: [
      'src/modules/benefits/**/*.test.ts',
      'tests/benefits-*.test.ts',
      'tests/merge-money.test.ts',
      'tests/reconcile.test.ts',
      'tests/mutants-boundaries.test.ts',
    ],
    ignoreStatic: true,
  },
  policy: {
    mutate: ['src/policy/ops.ts', 'src/policy/kernels.ts', 'src/policy/batch-kernels.ts', 'src/policy/fused.ts', 'src/policy/days.ts'],
    // batch.test.ts evaluates 23,810 people through the interpreter row by row (minutes per mutant);
    // batch.cases.test.ts and a shorter agree.test.ts check the batch backends instead.
    tests: ['src/policy/**/*.test.ts', '!src/policy/batch.test.ts'],
    env: { POLICY_AGREE_RUNS: '40' },
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
