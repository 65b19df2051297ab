/**
 * Reads a V8 .cpuprofile (from `node --cpu-prof`) and prints where the time went: self time by
 * function and by file/package, the top entries of each.
 *   tsx bench/cpu-profile.ts FILE [top=30] [skipSeconds=0] [untilSeconds]
 * skipSeconds leaves out the first seconds of the profile (start-up: module loading, schema compiling);
 * untilSeconds the samples after that second. `(idle)` is left out of the total (shares are of busy time).
 */
import fs from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg = '30', skipArg = '0', untilArg] = process.argv.slice(2);
if (!file) throw new Error('usage: tsx bench/cpu-profile.ts FILE [top]');
const top = Number(topArg);
const p = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const skip = Number(skipArg) * 1e6;
const until = untilArg ? Number(untilArg) * 1e6 : Infinity;
const self = new Map<number, number>();
let at = 0;
p.samples.forEach((id, i) => {
  const dt = p.timeDeltas[i] ?? 0;
  at += dt;
  if (at >= skip && at < until && byId.get(id)?.callFrame.functionName !== '(idle)') self.set(id, (self.get(id) ?? 0) + dt);
});
const total = [...self.values()].reduce((a, b) => a + b, 0);

function place(url: string): string {
  if (!url) return '(native)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m?.[1]) return m[1];
  const s = /\/(src|bench)\/(.*)$/.exec(url);
  if (s) return `${s[1]}/${s[2]}`;
  return url.replace(/^.*\//, '');
}

const fn = new Map<string, number>();
const pkg = new Map<string, number>();
for (const [id, t] of self) {
  const n = byId.get(id);
  if (!n) continue;
  const where = place(n.callFrame.url);
  const key = `${n.callFrame.functionName || '(anonymous)'} ${where}:${n.callFrame.lineNumber + 1}`;
  fn.set(key, (fn.get(key) ?? 0) + t);
  pkg.set(where, (pkg.get(where) ?? 0) + t);
}
const show = (m: Map<string, number>) =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, t]) => `${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`)
    .join('\n');
console.log(
  `total ${(total / 1e6).toFixed(1)} s sampled\n\n-- self time by file or package --\n${show(pkg)}\n\n-- self time by function --\n${show(fn)}`,
);
