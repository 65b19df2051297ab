/**
 * One mutation group (mutation/groups.mjs), named by MUTATION_GROUP:
 * `npm run test:mutation:<group>`; `npm run test:mutation` runs every group in turn.
 * Everything else as in stryker.config.json.
 */
import base from './stryker.config.json' with { type: 'json' };
import { currentGroup } from './mutation/groups.mjs';

const group = currentGroup();
// `npm run test:mutation:recheck` writes its report beside the group's (scripts/mutation-recheck.ts).
const report = `reports/mutation-${group.name}${process.env.MUTATION_REPORT_SUFFIX ?? ''}`;

export default {
  ...base,
  mutate: group.mutate,
  ignoreStatic: group.ignoreStatic ?? false,
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  htmlReporter: { fileName: `${report}/index.html` },
  jsonReporter: { fileName: `${report}/mutation.json` },
};
