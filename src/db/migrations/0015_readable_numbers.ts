import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../database.js';
import { formatNumber, numberingPlace, placeLabel } from '../../modules/kernel/index.js';
import { divisionName } from '../../modules/regions/index.js';

const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/** The Beijing year of a stored UTC instant. */
function beijingYear(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? Number(iso.slice(0, 4)) : new Date(t + SHANGHAI_OFFSET_MS).getUTCFullYear();
}

interface Numbered {
  id: string;
  region: string;
  created_at: string;
}

/**
 * Numbers existing rows in the order they were made (created_at, then id) and leaves each counter at
 * the last number given, so new records continue the sequence without a gap.
 */
async function backfill(
  db: Kysely<unknown>,
  rows: Numbered[],
  kind: string,
  mark: string,
  write: (id: string, n: string) => Promise<void>,
): Promise<void> {
  const counters = new Map<string, { scope: string; year: number; last: number }>();
  for (const r of rows) {
    const scope = placeLabel(numberingPlace(r.region), divisionName);
    const year = beijingYear(r.created_at);
    const key = `${scope}|${year}`;
    const c = counters.get(key) ?? { scope, year, last: 0 };
    c.last++;
    counters.set(key, c);
    await write(r.id, formatNumber(scope, year, mark, c.last));
  }
  for (const c of counters.values()) {
    await sql`insert into number_sequences (kind, scope, year, last) values (${kind}, ${c.scope}, ${c.year}, ${c.last})`.execute(db);
  }
}

/**
 * Readable numbers (issue 7, point 1; decision 170): the per kind, place and year counters, a
 * `number` on claims, ledger entries and bank batches, and the numbers of existing rows. The ledger
 * is append-only: its update trigger is lifted for the backfill only and put back as it was.
 */
export function readableNumbers(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('number_sequences')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('last', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('number_sequences_pk', ['kind', 'scope', 'year'])
        .execute();
      for (const table of ['claims', 'payment_entries', 'payment_batches']) {
        await db.schema.alterTable(table).addColumn('number', 'text').execute();
      }

      const claims = await sql<Numbered>`select id, region, created_at from claims order by created_at, id`.execute(db);
      await backfill(db, claims.rows, 'claim', '', async (id, n) => {
        await sql`update claims set number = ${n} where id = ${id}`.execute(db);
      });

      const batches = await sql<Numbered>`select id, region, created_at from payment_batches order by created_at, id`.execute(db);
      await backfill(db, batches.rows, 'payment_batch', '批', async (id, n) => {
        await sql`update payment_batches set number = ${n} where id = ${id}`.execute(db);
      });

      const entries = await sql<Numbered>`
        select e.id, c.region, e.created_at from payment_entries e join claims c on c.id = e.claim_id order by e.created_at, e.id`.execute(
        db,
      );
      if (dialect === 'sqlite') await sql.raw('drop trigger payment_entries_no_update').execute(db);
      else await sql.raw('alter table payment_entries disable trigger payment_entries_append_only').execute(db);
      await backfill(db, entries.rows, 'payment', '付', async (id, n) => {
        await sql`update payment_entries set number = ${n} where id = ${id}`.execute(db);
      });
      if (dialect === 'sqlite') {
        await sql
          .raw(
            `create trigger payment_entries_no_update before update on payment_entries begin select raise(abort, 'payment_entries is append-only'); end`,
          )
          .execute(db);
      } else {
        await sql.raw('alter table payment_entries enable trigger payment_entries_append_only').execute(db);
      }

      await db.schema.createIndex('claims_number').on('claims').column('number').unique().execute();
      await db.schema.createIndex('payment_entries_number').on('payment_entries').column('number').unique().execute();
      await db.schema.createIndex('payment_batches_number').on('payment_batches').column('number').unique().execute();
    },
  };
}
