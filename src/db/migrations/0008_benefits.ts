import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../database.js';
import { serialType } from '../dialect.js';

/** Refuses UPDATE and DELETE on an append-only table, on both databases. */
async function appendOnly(db: Kysely<unknown>, dialect: DialectName, table: string): Promise<void> {
  if (dialect === 'sqlite') {
    for (const op of ['update', 'delete']) {
      await sql
        .raw(`create trigger ${table}_no_${op} before ${op} on ${table} begin select raise(abort, '${table} is append-only'); end`)
        .execute(db);
    }
    return;
  }
  await sql
    .raw(
      `create or replace function ${table}_append_only() returns trigger language plpgsql as $$ begin raise exception '${table} is append-only'; end $$`,
    )
    .execute(db);
  await sql
    .raw(`create trigger ${table}_append_only before update or delete on ${table} for each row execute function ${table}_append_only()`)
    .execute(db);
}

/**
 * Claims, multi-level review, evidence and the payment ledger. The self-approval and
 * different-reviewer rules are CHECK constraints over columns that composite foreign keys hold to
 * the claim and the earlier review; the ledger is append-only and `payment_slots` allows one
 * payment in effect per person, program and instalment.
 */
export function benefits(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('claims')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('province', 'text', (c) => c.notNull())
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('program_id', 'text', (c) => c.notNull())
        .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
        .addColumn('enterprise_id', 'text', (c) => c.references('enterprises.id'))
        .addColumn('submitted_by', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('worker', 'officer', 'employer')`))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('as_of', 'text', (c) => c.notNull())
        .addColumn('facts', 'text', (c) => c.notNull())
        .addColumn('decision', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('reconsideration_until', 'text')
        .addUniqueConstraint('claims_id_submitter', ['id', 'submitted_by'])
        .execute();
      await db.schema.createIndex('claims_queue').on('claims').columns(['province', 'status', 'region']).execute();
      await db.schema.createIndex('claims_person').on('claims').columns(['person_id', 'created_at']).execute();

      await db.schema
        .createTable('claim_reviews')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('province', 'text', (c) => c.notNull())
        .addColumn('claim_id', 'text', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull().check(sql`level in ('township', 'county', 'reconsideration')`))
        .addColumn('reviewer_id', 'text', (c) => c.notNull())
        .addColumn('submitted_by', 'text', (c) => c.notNull())
        .addColumn('prior_review_id', 'text')
        .addColumn('prior_reviewer_id', 'text')
        .addColumn('outcome', 'text', (c) => c.notNull().check(sql`outcome in ('approve', 'refuse')`))
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        // No one reviews a claim they submitted; the copy is held to the claim by the foreign key below.
        .addCheckConstraint('claim_reviews_not_submitter', sql`reviewer_id <> submitted_by`)
        // County review and reconsideration name the earlier review and are by someone else.
        .addCheckConstraint(
          'claim_reviews_other_reviewer',
          sql`(level = 'township' and prior_review_id is null and prior_reviewer_id is null) or (level <> 'township' and prior_review_id is not null and prior_reviewer_id is not null and reviewer_id <> prior_reviewer_id)`,
        )
        .addUniqueConstraint('claim_reviews_one_per_level', ['claim_id', 'level'])
        .addUniqueConstraint('claim_reviews_key', ['claim_id', 'id', 'reviewer_id'])
        .addForeignKeyConstraint('claim_reviews_submitter_fk', ['claim_id', 'submitted_by'], 'claims', ['id', 'submitted_by'])
        .addForeignKeyConstraint('claim_reviews_prior_fk', ['claim_id', 'prior_review_id', 'prior_reviewer_id'], 'claim_reviews', [
          'claim_id',
          'id',
          'reviewer_id',
        ])
        .execute();

      await db.schema
        .createTable('claim_evidence')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('province', 'text', (c) => c.notNull())
        .addColumn('claim_id', 'text', (c) => c.notNull().references('claims.id'))
        .addColumn('blob_hash', 'text', (c) => c.notNull())
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('content_type', 'text', (c) => c.notNull().check(sql`content_type in ('application/pdf', 'image/jpeg', 'image/png')`))
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('uploaded_by', 'text', (c) => c.notNull())
        .addColumn('uploaded_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('claim_evidence_claim').on('claim_evidence').column('claim_id').execute();

      await db.schema
        .createTable('payment_entries')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('province', 'text', (c) => c.notNull())
        .addColumn('claim_id', 'text', (c) => c.notNull().references('claims.id'))
        .addColumn('person_id', 'text', (c) => c.notNull())
        .addColumn('program_id', 'text', (c) => c.notNull())
        .addColumn('instalment', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('amount_fen', 'bigint', (c) => c.notNull())
        .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
        .addColumn('family_key', 'text', (c) => c.notNull())
        .addColumn('attempt', 'integer', (c) => c.notNull())
        .addColumn('reverses_entry_id', 'text', (c) => c.unique().references('payment_entries.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addCheckConstraint(
          'payment_entries_sign',
          sql`(kind = 'payment' and amount_fen > 0 and reverses_entry_id is null) or (kind = 'reversal' and amount_fen < 0 and reverses_entry_id is not null)`,
        )
        .addCheckConstraint('payment_entries_family', sql`family_key = person_id || '|' || program_id || '|' || instalment`)
        .execute();
      await db.schema.createIndex('payment_entries_claim').on('payment_entries').column('claim_id').execute();
      await db.schema.createIndex('payment_entries_person').on('payment_entries').columns(['person_id', 'program_id']).execute();
      await appendOnly(db, dialect, 'payment_entries');

      await db.schema
        .createTable('payment_slots')
        .addColumn('family_key', 'text', (c) => c.primaryKey())
        .addColumn('province', 'text', (c) => c.notNull())
        .addColumn('entry_id', 'text', (c) => c.notNull().unique().references('payment_entries.id'))
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'paid', 'failed', 'reversed')`))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('payment_batches')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('province', 'text', (c) => c.notNull())
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('entry_count', 'integer', (c) => c.notNull())
        .addColumn('total_fen', 'bigint', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('reconciled_at', 'text')
        .addColumn('reconciliation_hash', 'text')
        .execute();

      await db.schema
        .createTable('payment_batch_entries')
        .addColumn('entry_id', 'text', (c) => c.primaryKey().references('payment_entries.id'))
        .addColumn('batch_id', 'text', (c) => c.notNull().references('payment_batches.id'))
        .addColumn('province', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('payment_batch_entries_batch').on('payment_batch_entries').column('batch_id').execute();

      await db.schema
        .createTable('payment_status')
        .addColumn('id', serialType(dialect), (c) => c.primaryKey())
        .addColumn('province', 'text', (c) => c.notNull())
        .addColumn('entry_id', 'text', (c) => c.notNull().references('payment_entries.id'))
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'batched', 'paid', 'failed', 'reversed')`))
        .addColumn('batch_id', 'text')
        .addColumn('bank_reference', 'text')
        .addColumn('note', 'text')
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('by_user', 'text')
        .execute();
      await db.schema.createIndex('payment_status_entry').on('payment_status').columns(['entry_id', 'id']).execute();
      await appendOnly(db, dialect, 'payment_status');
    },
  };
}
