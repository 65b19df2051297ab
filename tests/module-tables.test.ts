/**
 * Each module's SQL names only its own tables (rules of the house, 9): another module's rows are read
 * through that module's face and ports. The owner of a table is the module whose `*.table.ts`
 * declares it. Two readers are allowed across, each for a recorded reason:
 * - the dashboard, a read model owning no table (decision 210);
 * - assistance cases, which follow unemployment registrations row for row (decision 156).
 * A new cross-module reference fails here, as do exceptions that no longer occur.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const MODULES = join(import.meta.dirname, '..', 'src', 'modules');

function filesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesOf(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
}

const moduleOf = (file: string) => file.slice(MODULES.length + 1).split(/[\\/]/)[0] ?? '';

function owners(): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of filesOf(MODULES).filter((f) => f.endsWith('.table.ts'))) {
    for (const block of readFileSync(file, 'utf8').matchAll(/interface \w+Tables[^{]*\{([^}]*)\}/g))
      for (const [, table] of (block[1] ?? '').matchAll(/^\s*(\w+)\s*:/gm)) if (table) out.set(table, moduleOf(file));
  }
  return out;
}

/** `module → table (owner)` for every query-builder call naming a table another module owns. */
function crossReferences(): string[] {
  const owner = owners();
  const found = new Set<string>();
  const call = /\b(?:selectFrom|innerJoin|leftJoin|rightJoin|updateTable|insertInto|deleteFrom|mergeInto|table)\(\s*'(\w+)/g;
  for (const file of filesOf(MODULES)) {
    const mod = moduleOf(file);
    for (const [, table] of readFileSync(file, 'utf8').matchAll(call)) {
      const by = table ? owner.get(table) : undefined;
      if (by !== undefined && by !== mod) found.add(`${mod} → ${table} (${by})`);
    }
  }
  return [...found].sort();
}

describe('module tables', () => {
  it('knows the owner of the tables it checks', () => {
    const owner = owners();
    expect(owner.get('people')).toBe('people');
    expect(owner.get('claims')).toBe('benefits');
    expect(owner.get('unemployment_registrations')).toBe('unemployment');
    expect(owner.size).toBeGreaterThan(60);
  });

  it('no module names another module’s table, but the two recorded readers', () => {
    expect(crossReferences()).toEqual([
      'assistance → unemployment_registrations (unemployment)',
      'dashboard → claims (benefits)',
      'dashboard → payment_batch_entries (benefits)',
      'dashboard → payment_batches (benefits)',
      'dashboard → payment_entries (benefits)',
      'dashboard → payment_slots (benefits)',
      'dashboard → people (people)',
      'dashboard → timers (kernel)',
      'dashboard → worker_binding_requests (accounts)',
    ]);
  });
});
