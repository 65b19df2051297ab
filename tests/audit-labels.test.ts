/**
 * Every audit action the server can write has a label in both languages (issue 7, point 2): the
 * audit page and every record's history show an action in words, never its code. The actions are
 * read from the code itself — each literal `action: 'entity.event'`, each one handed to a module's
 * `audit(row, 'entity.event')` builder, and every workflow step
 * (`<entityType>.<event>`, the kernel's default) — so a new action without a label fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', 'src');

/** A label table of the web app (loaded by path: the web app's modules resolve as the bundler does, not as Node's). */
async function table(file: 'zh.labels.ts' | 'en.labels.ts', name: string): Promise<Record<string, string>> {
  const mod: Record<string, unknown> = await import(
    pathToFileURL(path.resolve(import.meta.dirname, '..', 'web', 'src', 'i18n', file)).href
  );
  const t = mod[name];
  if (typeof t !== 'object' || t === null) throw new Error(`${file} has no ${name}`);
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, String(v)]));
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

function isWorkflow(v: unknown): v is { entityType: string; rules: Array<{ event: string }> } {
  return typeof v === 'object' && v !== null && typeof Reflect.get(v, 'entityType') === 'string' && Array.isArray(Reflect.get(v, 'rules'));
}

async function writtenActions(): Promise<Set<string>> {
  const actions = new Set<string>();
  for (const file of sourceFiles(root)) {
    const text = fs.readFileSync(file, 'utf8');
    // Every quoted 'entity.event' on a line that sets an action (a ternary names two).
    for (const line of text.split('\n').filter((l) => /\baction: /.test(l)))
      for (const m of line.matchAll(/'([a-z_]+\.[a-z_]+)'/g)) actions.add(m[1] ?? '');
    // Actions handed to a module's own audit-entry builder: `audit(row, 'entity.event', …)`.
    for (const m of text.matchAll(/\baudit\([^,()]+, '([a-z_]+\.[a-z_]+)'/g)) actions.add(m[1] ?? '');
    // Exports write `<entity>.exported` for each entity the exports module records.
    for (const m of text.matchAll(/\brecord\(actor, '([a-z_]+)'/g)) actions.add(`${m[1] ?? ''}.exported`);
    if (!text.includes('defineWorkflow(')) continue;
    const mod: Record<string, unknown> = await import(pathToFileURL(file).href);
    for (const v of Object.values(mod)) if (isWorkflow(v)) for (const r of v.rules) actions.add(`${v.entityType}.${r.event}`);
  }
  // The templated actions of review.service.ts and person-history.service.ts, spelled out.
  for (const a of ['claim.approved', 'claim.refused']) actions.add(a);
  for (const kind of ['occupation', 'employment', 'insurance'])
    for (const end of ['added', 'removed']) actions.add(`person.${kind}_${end}`);
  return actions;
}

describe('audit action labels', () => {
  it('names every action the server writes, in Chinese and in English', async () => {
    const actions = await writtenActions();
    // The scan finds both kinds: a literal one and a workflow step.
    expect(actions.has('person.reveal')).toBe(true);
    expect([...actions].some((a) => a.startsWith('claim.'))).toBe(true);
    // An action built from a template would escape the scan: only the ones spelled out above may.
    const templated = sourceFiles(root)
      .filter((f) => /\baction: `/.test(fs.readFileSync(f, 'utf8')))
      .map((f) => path.relative(root, f));
    expect(templated.sort()).toEqual([
      'modules/benefits/review.service.ts',
      'modules/exports/export.service.ts',
      'modules/people/person-history.service.ts',
    ]);
    const zh = await table('zh.labels.ts', 'auditActionsZh');
    const en = await table('en.labels.ts', 'auditActionsEn');
    expect([...actions].filter((a) => !(a in zh)).sort()).toEqual([]);
    expect([...actions].filter((a) => !(a in en)).sort()).toEqual([]);
  });

  it('names every entity type an audit entry is written for, in Chinese and in English', async () => {
    const types = new Set<string>();
    for (const file of sourceFiles(root))
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/\bentityType: '([a-z_]+)'/g)) types.add(m[1] ?? '');
    expect(types.has('person')).toBe(true);
    const zh = await table('zh.labels.ts', 'entityTypesZh');
    const en = await table('en.labels.ts', 'entityTypesEn');
    expect([...types].filter((t) => !(t in zh)).sort()).toEqual([]);
    expect([...types].filter((t) => !(t in en)).sort()).toEqual([]);
  });
});
