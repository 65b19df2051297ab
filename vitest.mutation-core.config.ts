/**
 * The unit tests beside src/core, src/crypto and the GB 11643 code: the test set of
 * `npm run test:mutation:core` (stryker.core.config.mjs, docs/decisions/137). A Vitest config of its
 * own rather than Stryker's `testFiles`, which in Stryker 9.6 activates static mutants only after
 * their module has loaded (stryker-js issue 6144) and so reports them as surviving.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/core/**/*.test.ts', 'src/crypto/**/*.test.ts', 'src/modules/people/id-number*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
