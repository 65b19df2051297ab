/**
 * `npm run test:mutation`: every mutation group (mutation/groups.mjs) in turn, one Stryker run each
 * (`npm run test:mutation:<group>`), so the whole set finishes on a two-core machine. A group below
 * the break threshold does not stop the others; the command fails if any group failed.
 * Reports: reports/mutation-<group>/. Not in CI (docs/SECURITY.md "Mutation testing").
 */
import { spawnSync } from 'node:child_process';
// @ts-expect-error plain JavaScript module shared with the Stryker and Vitest configs
import { groups } from '../mutation/groups.mjs';

// Groups named on the command line (`npm run test:mutation -- kernel audit`), or all of them: the
// quick ones first (minutes), then the database groups and the batch backends (hours; decision 198).
const all = Object.keys(groups as Record<string, unknown>);
const asked = process.argv.slice(2);
const unknown = asked.filter((n) => !all.includes(n));
if (unknown.length > 0) {
  console.error(`unknown mutation group(s): ${unknown.join(', ')}; groups: ${all.join(', ')}`);
  process.exit(2);
}
const slow = (n: string) => n.endsWith('-db') || n === 'policy-batch';
const names = asked.length > 0 ? asked : [...all.filter((n) => !slow(n)), ...all.filter(slow)];
const failed: string[] = [];
for (const name of names) {
  const started = Date.now();
  const run = spawnSync('npx', ['stryker', 'run', 'stryker.group.config.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, MUTATION_GROUP: name },
  });
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  console.log(`mutation group ${name}: ${run.status === 0 ? 'passed' : 'FAILED'} in ${minutes} min`);
  if (run.status !== 0) failed.push(name);
}
if (failed.length > 0) {
  console.error(`mutation groups below the threshold or broken: ${failed.join(', ')}`);
  process.exit(1);
}
