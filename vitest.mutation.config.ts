/**
 * The test set of one mutation group (mutation/groups.mjs, named by MUTATION_GROUP): only the tests
 * that exercise the group's files, on SQLite. A Vitest config rather than Stryker's `testFiles`, which
 * in Stryker 9.6 activates static mutants only after their module has loaded (stryker-js issue 6144).
 */
import { configDefaults, defineConfig } from 'vitest/config';
// @ts-expect-error plain JavaScript module shared with stryker.group.config.mjs
import { currentGroup } from './mutation/groups.mjs';

const group = currentGroup() as { tests: string[]; isolate?: boolean };

export default defineConfig({
  test: {
    include: group.tests.filter((t) => !t.startsWith('!')),
    exclude: [...configDefaults.exclude, ...group.tests.filter((t) => t.startsWith('!')).map((t) => t.slice(1))],
    environment: 'node',
    // A group whose test files pass sharing one module graph runs them without re-importing the app per file.
    isolate: group.isolate ?? true,
    setupFiles: ['mutation/fast-check.setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
