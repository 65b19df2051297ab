import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The masked forms of a person's ID number and phone beside their ciphertexts (decision 238):
 * `451228**********17` and `137****5188`, what every officer's list shows, kept so that a list
 * need not decrypt two values per row. Filled on write; rows written before are filled once by the
 * runtime at start (it holds the key, migrations do not), and until then readers decrypt as before.
 * A partial index holds only the rows still to fill, so the check at every later start reads an empty
 * index instead of scanning the table; new rows are written with their forms and never enter it. It
 * is unique (ids are), so a first load does not set it aside with the secondary indexes.
 */
export function peopleMasked(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('people').addColumn('id_masked', 'text').execute();
      await db.schema.alterTable('people').addColumn('phone_masked', 'text').execute();
      await sql`create unique index people_unmasked on people (id) where id_masked is null`.execute(db);
    },
  };
}
