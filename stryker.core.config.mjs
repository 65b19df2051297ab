/**
 * `npm run test:mutation:core`: src/core, src/crypto and the GB 11643 code against the unit tests
 * beside them (docs/decisions/137); everything else as in stryker.config.json.
 */
import base from './stryker.config.json' with { type: 'json' };

export default {
  ...base,
  mutate: ['src/core/**/*.ts', 'src/crypto/**/*.ts', 'src/modules/people/id-number.ts', '!**/*.test.ts'],
  vitest: { configFile: 'vitest.mutation-core.config.ts', related: true },
  htmlReporter: { fileName: 'reports/mutation-core/index.html' },
  jsonReporter: { fileName: 'reports/mutation-core/mutation.json' },
};
