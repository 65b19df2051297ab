import type { Kysely, Migration } from 'kysely';

/**
 * Wage-arrears complaints and legal-aid referrals (issue 10, point 3; O61-3.5). A complaint with its
 * workers (one row each, with their own amounts), an append-only history, evidence files (blobs in
 * the encrypted store) and referrals to legal aid. Kept under the filing office's division
 * (decision 145); the deadlines are kernel timers, their dates kept on the row for the lists.
 */
export function complaints(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('complaints')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('number', 'text', (c) => c.notNull().unique())
        .addColumn('province', 'text', (c) => c.notNull())
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('employer_id', 'text', (c) => c.references('enterprises.id'))
        .addColumn('employer_name', 'text', (c) => c.notNull())
        .addColumn('employer_code', 'text')
        .addColumn('site', 'text', (c) => c.notNull())
        .addColumn('period_from', 'text', (c) => c.notNull())
        .addColumn('period_to', 'text', (c) => c.notNull())
        .addColumn('owed_fen', 'bigint', (c) => c.notNull())
        .addColumn('recovered_fen', 'bigint')
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('filed_on', 'text', (c) => c.notNull())
        .addColumn('accept_due', 'text', (c) => c.notNull())
        .addColumn('accepted_on', 'text')
        .addColumn('conclude_due', 'text')
        .addColumn('escalation', 'text')
        .addColumn('escalated_at', 'text')
        .addColumn('outcome', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('complaints_region').on('complaints').columns(['region', 'status']).execute();
      await db.schema.createIndex('complaints_employer').on('complaints').columns(['employer_id']).execute();
      await db.schema
        .createTable('complaint_workers')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('complaint_id', 'text', (c) => c.notNull().references('complaints.id'))
        .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
        .addColumn('owed_fen', 'bigint', (c) => c.notNull())
        .addColumn('recovered_fen', 'bigint')
        .addUniqueConstraint('complaint_workers_one', ['complaint_id', 'person_id'])
        .execute();
      await db.schema.createIndex('complaint_workers_person').on('complaint_workers').columns(['person_id']).execute();
      await db.schema
        .createTable('complaint_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('complaint_id', 'text', (c) => c.notNull().references('complaints.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('amount_fen', 'bigint')
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('by_user', 'text')
        .execute();
      await db.schema.createIndex('complaint_events_complaint').on('complaint_events').columns(['complaint_id', 'at']).execute();
      await db.schema
        .createTable('complaint_evidence')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('complaint_id', 'text', (c) => c.notNull().references('complaints.id'))
        .addColumn('blob_hash', 'text', (c) => c.notNull())
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('content_type', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('uploaded_by', 'text', (c) => c.notNull())
        .addColumn('uploaded_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('complaint_evidence_complaint').on('complaint_evidence').columns(['complaint_id']).execute();
      await db.schema
        .createTable('legal_aid_referrals')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('complaint_id', 'text', (c) => c.notNull().references('complaints.id'))
        .addColumn('province', 'text', (c) => c.notNull())
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('person_ids', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('legal_aid_referrals_region').on('legal_aid_referrals').columns(['region', 'status']).execute();
      await db.schema.createIndex('legal_aid_referrals_complaint').on('legal_aid_referrals').columns(['complaint_id']).execute();
    },
  };
}
