import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The first screening dictionary (decision 221): terms naming sex, ethnicity, household registration,
 * age or health. Administrators edit the table afterwards; this list is only what a new database starts with.
 */
const FIRST_TERMS: Array<[string, string]> = [
  ['限男性', 'sex'],
  ['仅限男', 'sex'],
  ['只招男', 'sex'],
  ['限女性', 'sex'],
  ['只招女', 'sex'],
  ['未婚', 'sex'],
  ['未育', 'sex'],
  ['汉族', 'ethnicity'],
  ['少数民族勿', 'ethnicity'],
  ['本地户口', 'hukou'],
  ['限本地户籍', 'hukou'],
  ['城镇户口', 'hukou'],
  ['农村户口勿', 'hukou'],
  ['35岁以下', 'age'],
  ['35周岁以下', 'age'],
  ['乙肝', 'health'],
  ['病毒携带者', 'health'],
  ['残疾人勿', 'health'],
];

/**
 * Jobs (issue 9): postings (the job reserve), the discriminatory-term dictionary of screening,
 * applications and referrals (a kernel workflow), and the in-app messages of notifications.
 */
export function jobs(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('job_postings')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('province', 'text', (c) => c.notNull())
        .addColumn('enterprise_id', 'text', (c) => c.notNull())
        .addColumn('enterprise_code', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('occupation_code', 'text', (c) => c.notNull())
        .addColumn('industry_code', 'text', (c) => c.notNull())
        .addColumn('priority_sector', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('work_code', 'text', (c) => c.notNull())
        .addColumn('work_address', 'text', (c) => c.notNull())
        .addColumn('headcount', 'integer', (c) => c.notNull())
        .addColumn('filled', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('pay_min_fen', 'integer', (c) => c.notNull())
        .addColumn('pay_max_fen', 'integer', (c) => c.notNull())
        .addColumn('pay_period', 'text', (c) => c.notNull())
        .addColumn('piece_monthly_fen', 'integer')
        .addColumn('contract_kind', 'text', (c) => c.notNull())
        .addColumn('housing', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('meals', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('requirements', 'text', (c) => c.notNull())
        .addColumn('education', 'text')
        .addColumn('skills', 'text', (c) => c.notNull())
        .addColumn('age_min', 'integer')
        .addColumn('age_max', 'integer')
        .addColumn('start_date', 'text', (c) => c.notNull())
        .addColumn('expires_on', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('flags', 'text', (c) => c.notNull())
        .addColumn('screen_note', 'text')
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('opened_at', 'text')
        .addColumn('ended_at', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addCheckConstraint('job_postings_filled', sql`filled >= 0 and filled <= headcount and headcount > 0`)
        .addCheckConstraint('job_postings_pay', sql`pay_min_fen > 0 and pay_max_fen >= pay_min_fen`)
        .addCheckConstraint('job_postings_period', sql`pay_period in ('month', 'day', 'hour', 'piece')`)
        .execute();
      await db.schema.createIndex('job_postings_status_work').on('job_postings').columns(['status', 'work_code']).execute();
      await db.schema.createIndex('job_postings_status_occupation').on('job_postings').columns(['status', 'occupation_code']).execute();
      await db.schema.createIndex('job_postings_enterprise').on('job_postings').columns(['enterprise_id', 'created_at']).execute();
      await db.schema.createIndex('job_postings_enterprise_code').on('job_postings').columns(['enterprise_code']).execute();

      await db.schema
        .createTable('job_terms')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('term', 'text', (c) => c.notNull().unique())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      const at = new Date().toISOString();
      for (const [n, [term, category]] of FIRST_TERMS.entries()) {
        await sql`insert into job_terms (id, term, category, created_by, created_at) values (${`seed-term-${n + 1}`}, ${term}, ${category}, ${null}, ${at})`.execute(
          db,
        );
      }

      await db.schema
        .createTable('job_applications')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('posting_id', 'text', (c) => c.notNull())
        .addColumn('person_id', 'text', (c) => c.notNull())
        .addColumn('province', 'text', (c) => c.notNull())
        .addColumn('work_code', 'text', (c) => c.notNull())
        .addColumn('person_code', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('reject_reason', 'text')
        .addColumn('referred_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addUniqueConstraint('job_applications_once', ['posting_id', 'person_id'])
        .execute();
      await db.schema.createIndex('job_applications_person').on('job_applications').columns(['person_id', 'created_at']).execute();
      await db.schema.createIndex('job_applications_work').on('job_applications').columns(['work_code']).execute();
      await db.schema.createIndex('job_applications_person_code').on('job_applications').columns(['person_code']).execute();

      await db.schema
        .createTable('job_messages')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('person_id', 'text')
        .addColumn('enterprise_id', 'text')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('ref_id', 'text', (c) => c.notNull())
        .addColumn('text_zh', 'text', (c) => c.notNull())
        .addColumn('text_en', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('read_at', 'text')
        .execute();
      await db.schema.createIndex('job_messages_person').on('job_messages').columns(['person_id', 'created_at']).execute();
      await db.schema.createIndex('job_messages_enterprise').on('job_messages').columns(['enterprise_id', 'created_at']).execute();
    },
  };
}
