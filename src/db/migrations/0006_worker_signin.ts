import type { Kysely, Migration } from 'kysely';

/** Worker sign-in by phone and one-time code. */
export function workerSignin(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('worker_logins')
        .addColumn('phone_index', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().unique().references('users.id'))
        .addColumn('phone_enc', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('otp_codes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('phone_index', 'text', (c) => c.notNull())
        .addColumn('code_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('used_at', 'text')
        .execute();
      await db.schema.createIndex('otp_codes_phone').on('otp_codes').columns(['phone_index', 'created_at']).execute();
    },
  };
}
