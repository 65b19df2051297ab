import type { Kysely, Migration } from 'kysely';

/**
 * The masked forms of a person's ID number and phone beside their ciphertexts (decision 238):
 * `451228**********17` and `137****5188`, what every officer's list shows, kept so that a list
 * need not decrypt two values per row. Filled on write; rows written before are filled once by the
 * runtime at start (it holds the key, migrations do not), and until then readers decrypt as before.
 */
export function peopleMasked(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('people').addColumn('id_masked', 'text').execute();
      await db.schema.alterTable('people').addColumn('phone_masked', 'text').execute();
    },
  };
}
