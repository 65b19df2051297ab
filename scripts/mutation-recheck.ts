/**
 * `npm run test:mutation:recheck -- <group>`: runs Stryker again over the lines of the mutants the
 * group's last report (reports/mutation-<group>/mutation.json) counts as surviving. Under load the
 * Vitest runner can end a filtered run with no test executed and count the mutant as survived
 * (stryker-js issue 6073); a survivor that survives again, on a quiet machine, is a real one.
 * Report: reports/mutation-<group>-recheck/. Not in CI (docs/SECURITY.md "Mutation testing").
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

interface Report {
  files: Record<string, { mutants: Array<{ status: string; location: { start: { line: number } } }> }>;
}

const group = process.argv[2];
if (!group) {
  console.error('usage: npm run test:mutation:recheck -- <group>');
  process.exit(2);
}
const file = path.join('reports', `mutation-${group}`, 'mutation.json');
if (!fs.existsSync(file)) {
  console.error(`no report at ${file}: run npm run test:mutation:${group} first`);
  process.exit(2);
}
const report = JSON.parse(fs.readFileSync(file, 'utf8')) as Report;
const ranges: string[] = [];
for (const [name, f] of Object.entries(report.files)) {
  const lines = [...new Set(f.mutants.filter((m) => m.status === 'Survived').map((m) => m.location.start.line))];
  for (const line of lines.sort((a, b) => a - b)) ranges.push(`${path.relative(process.cwd(), path.resolve(name))}:${line}-${line}`);
}
if (ranges.length === 0) {
  console.log(`${group}: no survivors to check`);
  process.exit(0);
}
console.log(`${group}: checking the ${ranges.length} line(s) with survivors again`);
const run = spawnSync('npx', ['stryker', 'run', 'stryker.group.config.mjs', '--mutate', ranges.join(',')], {
  stdio: 'inherit',
  env: { ...process.env, MUTATION_GROUP: group, MUTATION_REPORT_SUFFIX: '-recheck' },
});
process.exit(run.status ?? 1);
