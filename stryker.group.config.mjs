/**
 * One mutation group (mutation/groups.mjs), named by MUTATION_GROUP:
 * `npm run test:mutation:<group>`; `npm run test:mutation` runs every group in turn.
 * Everything else as in stryker.config.json.
 */
import base from './stryker.config.json' with { type: 'json' };
import { currentGroup } from './mutation/groups.mjs';

const group = currentGroup();

export default {
  ...base,
  mutate: group.mutate,
  ignoreStatic: group.ignoreStatic ?? false,
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  htmlReporter: { fileName: `reports/mutation-${group.name}/index.html` },
  jsonReporter: { fileName: `reports/mutation-${group.name}/mutation.json` },
};
