/** All SQL of the classification catalogues. */
import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { likeContains, likeEscaped, likePrefix } from '../../db/dialect.js';
import type { IndustryRow, OccupationRow } from './catalog.table.js';

type Q = Kysely<Database> | Transaction<Database>;
const CHUNK = 400;

/** Inserts or updates every given industry and deletes the ones no longer in the list. */
export async function replaceIndustries(q: Q, rows: Array<Insertable<IndustryRow>>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await q
      .insertInto('industries')
      .values(rows.slice(i, i + CHUNK))
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          level: eb.ref('excluded.level'),
          parent: eb.ref('excluded.parent'),
          name: eb.ref('excluded.name'),
          priority_sector: eb.ref('excluded.priority_sector'),
        })),
      )
      .execute();
  }
  if (rows.length > 0)
    await q
      .deleteFrom('industries')
      .where(
        'code',
        'not in',
        rows.map((r) => r.code),
      )
      .execute();
}

/** Inserts or updates every given occupation and deletes the ones no longer in the list. */
export async function replaceOccupations(q: Q, rows: Array<Insertable<OccupationRow>>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await q
      .insertInto('occupations')
      .values(rows.slice(i, i + CHUNK))
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          level: eb.ref('excluded.level'),
          parent: eb.ref('excluded.parent'),
          name: eb.ref('excluded.name'),
          is_digital: eb.ref('excluded.is_digital'),
          is_green: eb.ref('excluded.is_green'),
        })),
      )
      .execute();
  }
  if (rows.length > 0)
    await q
      .deleteFrom('occupations')
      .where(
        'code',
        'not in',
        rows.map((r) => r.code),
      )
      .execute();
}

export interface CatalogQuery {
  q?: string | undefined;
  level?: string | undefined;
  limit: number;
  offset: number;
}

/** Industries whose code starts with q, whose section is q, or whose name contains q; in code order. */
export async function searchIndustries(q: Q, f: CatalogQuery): Promise<{ rows: Array<Selectable<IndustryRow>>; total: number }> {
  let base = q.selectFrom('industries');
  const text = f.q?.trim();
  if (text) {
    const upper = text.toUpperCase();
    base = base.where((eb) =>
      eb.or([likeEscaped('code', likePrefix(upper)), eb('parent', '=', upper), likeEscaped('name', likeContains(text))]),
    );
  }
  if (f.level) base = base.where('level', '=', f.level);
  const rows = await base.selectAll().orderBy('code').limit(f.limit).offset(f.offset).execute();
  const t = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(t.n) };
}

/** Occupations whose code starts with q or whose name contains q, optionally of one level; in code order. */
export async function searchOccupations(q: Q, f: CatalogQuery): Promise<{ rows: Array<Selectable<OccupationRow>>; total: number }> {
  let base = q.selectFrom('occupations');
  const text = f.q?.trim();
  if (text) base = base.where((eb) => eb.or([likeEscaped('code', likePrefix(text)), likeEscaped('name', likeContains(text))]));
  if (f.level) base = base.where('level', '=', f.level);
  const rows = await base.selectAll().orderBy('code').limit(f.limit).offset(f.offset).execute();
  const t = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(t.n) };
}

export async function countCatalogue(q: Q): Promise<{ industries: number; occupations: number }> {
  const a = await q
    .selectFrom('industries')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const b = await q
    .selectFrom('occupations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { industries: Number(a.n), occupations: Number(b.n) };
}
