import type { Kysely, Migration } from 'kysely';

/**
 * Labour sharing between firms (issue 9 point 6; O61-1.3 用工余缺调剂): offers and requests (one
 * table, two sides), agreements between a lender and a borrower, and the workers lent with each one's
 * own consent (decision 194). Both firms' division codes sit on the agreement so either party's
 * officers find it with the one scope rule.
 */
export function sharing(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('sharing_listings')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('side', 'text', (c) => c.notNull())
        .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id'))
        .addColumn('province', 'text', (c) => c.notNull())
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('headcount', 'integer', (c) => c.notNull())
        .addColumn('occupation_codes', 'text', (c) => c.notNull())
        .addColumn('skills', 'text', (c) => c.notNull())
        .addColumn('start_date', 'text', (c) => c.notNull())
        .addColumn('end_date', 'text', (c) => c.notNull())
        .addColumn('place_code', 'text', (c) => c.notNull())
        .addColumn('address', 'text', (c) => c.notNull())
        .addColumn('wage_fen', 'bigint')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sharing_listings_open').on('sharing_listings').columns(['status', 'side', 'start_date']).execute();
      await db.schema.createIndex('sharing_listings_region').on('sharing_listings').columns(['region']).execute();
      await db.schema.createIndex('sharing_listings_enterprise').on('sharing_listings').columns(['enterprise_id']).execute();
      await db.schema
        .createTable('sharing_agreements')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('lender_id', 'text', (c) => c.notNull().references('enterprises.id'))
        .addColumn('borrower_id', 'text', (c) => c.notNull().references('enterprises.id'))
        .addColumn('province', 'text', (c) => c.notNull())
        .addColumn('lender_region', 'text', (c) => c.notNull())
        .addColumn('borrower_region', 'text', (c) => c.notNull())
        .addColumn('offer_id', 'text', (c) => c.references('sharing_listings.id'))
        .addColumn('request_id', 'text', (c) => c.references('sharing_listings.id'))
        .addColumn('start_date', 'text', (c) => c.notNull())
        .addColumn('end_date', 'text', (c) => c.notNull())
        .addColumn('place_code', 'text', (c) => c.notNull())
        .addColumn('address', 'text', (c) => c.notNull())
        .addColumn('occupation_code', 'text', (c) => c.notNull())
        .addColumn('wage_fen', 'bigint', (c) => c.notNull())
        .addColumn('wage_payer', 'text', (c) => c.notNull())
        .addColumn('injury_insurer', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('activated_on', 'text')
        .addColumn('ended_on', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sharing_agreements_lender').on('sharing_agreements').columns(['lender_region']).execute();
      await db.schema.createIndex('sharing_agreements_borrower').on('sharing_agreements').columns(['borrower_region']).execute();
      await db.schema
        .createTable('sharing_workers')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('agreement_id', 'text', (c) => c.notNull().references('sharing_agreements.id'))
        .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
        .addColumn('consent', 'text', (c) => c.notNull())
        .addColumn('answered_at', 'text')
        .execute();
      await db.schema.createIndex('sharing_workers_one').unique().on('sharing_workers').columns(['agreement_id', 'person_id']).execute();
      await db.schema.createIndex('sharing_workers_person').on('sharing_workers').columns(['person_id']).execute();
    },
  };
}
