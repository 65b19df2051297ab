import { sql, type Kysely, type Migration } from 'kysely';

/** The lifetime given to API tokens that had none when this migration ran (the default of WUGONG_TOKEN_DAYS). */
const LEGACY_TOKEN_DAYS = 90;

/**
 * Account trust (issue 6, point 9): every API token gets an expiry (tokens created before this
 * migration expire 90 days after it runs), a revocation records why and by whom, and the expiry
 * of a token is audited once (`expiry_recorded_at`).
 */
export function accountTrust(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('api_tokens').addColumn('revoked_reason', 'text').execute();
      await db.schema.alterTable('api_tokens').addColumn('revoked_by', 'text').execute();
      await db.schema.alterTable('api_tokens').addColumn('expiry_recorded_at', 'text').execute();
      const expires = new Date(Date.now() + LEGACY_TOKEN_DAYS * 86_400_000).toISOString();
      await sql`update api_tokens set expires_at = ${expires} where expires_at is null`.execute(db);
      await db.schema.createIndex('api_tokens_user').on('api_tokens').columns(['user_id', 'created_at']).execute();
      await db.schema.createIndex('api_tokens_expiry').on('api_tokens').columns(['expires_at']).execute();
    },
  };
}
