/**
 * `npm run test:mutation:survivors -- <group> [suffix]`: lists the survivors of a group's last report
 * (reports/mutation-<group><suffix>/mutation.json) with the number of tests each run completed, and
 * the score twice: as Stryker counts it, and without the survivors whose run completed no test.
 *
 * Stryker 9.6 with Vitest 4.1 records some mutants as Survived after a run that completed no test
 * (stryker-js issues 6213 and 5928): a mutant that is not NoCoverage has covering tests, so a run of
 * none of them measured nothing. Such a survivor counts only once planted by hand (docs/SECURITY.md
 * "Mutation testing"). Not in CI.
 */
import fs from 'node:fs';
import path from 'node:path';

interface Mutant {
  status: string;
  mutatorName: string;
  replacement?: string;
  testsCompleted?: number;
  coveredBy?: string[];
  location: { start: { line: number; column: number } };
}
interface Report {
  files: Record<string, { mutants: Mutant[] }>;
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

export function summarise(report: Report): {
  lines: string[];
  detected: number;
  undetected: number;
  unmeasured: number;
} {
  const lines: string[] = [];
  let detected = 0;
  let undetected = 0;
  let unmeasured = 0;
  for (const [name, f] of Object.entries(report.files)) {
    for (const m of f.mutants) {
      if (DETECTED.has(m.status)) detected++;
      if (!UNDETECTED.has(m.status)) continue;
      undetected++;
      const ran = m.testsCompleted ?? 0;
      const none = m.status === 'Survived' && ran === 0;
      if (none) unmeasured++;
      const where = `${path.relative(process.cwd(), path.resolve(name))}:${m.location.start.line}:${m.location.start.column}`;
      const what = `${m.mutatorName}${m.replacement === undefined ? '' : ` → ${m.replacement.replace(/\s+/g, ' ').slice(0, 60)}`}`;
      lines.push(`${m.status === 'NoCoverage' ? 'no coverage' : none ? 'no test run' : `${ran} tests`}\t${where}\t${what}`);
    }
  }
  return { lines, detected, undetected, unmeasured };
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith('mutation-survivors.ts')) {
  const [group, suffix = ''] = process.argv.slice(2);
  if (!group) {
    console.error('usage: npm run test:mutation:survivors -- <group> [suffix]');
    process.exit(2);
  }
  const file = path.join('reports', `mutation-${group}${suffix}`, 'mutation.json');
  if (!fs.existsSync(file)) {
    console.error(`no report at ${file}: run npm run test:mutation:${group} first`);
    process.exit(2);
  }
  const s = summarise(JSON.parse(fs.readFileSync(file, 'utf8')) as Report);
  for (const l of s.lines) console.log(l);
  const pct = (d: number, all: number) => (all === 0 ? '—' : `${((100 * d) / all).toFixed(2)} %`);
  console.log(`${group}: ${s.detected} detected, ${s.undetected} not (${s.unmeasured} after a run of no test)`);
  console.log(`score as Stryker counts it: ${pct(s.detected, s.detected + s.undetected)}`);
  console.log(`score without the runs of no test: ${pct(s.detected, s.detected + s.undetected - s.unmeasured)}`);
}
