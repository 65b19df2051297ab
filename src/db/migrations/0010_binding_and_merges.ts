import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Binding requests, one account per registry record, and employment linked to an enterprise
 * (decisions 105-107).
 *
 * - `worker_binding_requests`: a worker's request to be bound to a record by ID number and name,
 *   waiting for an officer whose jurisdiction holds the person (the locality columns are a copy taken
 *   when the request is filed, so the queue is scoped in SQL; confirmation checks the live record).
 *   At most one pending request per account.
 * - Bindings made before this migration by ID number and name alone (the worker's login phone is not
 *   the record's phone) are not trusted: each becomes a pending request and the account is unbound.
 *   Of several accounts left on one record, the one that signs in by the record's phone keeps it,
 *   else the earliest. Then `users_person_unique` makes the database hold one account per record.
 * - `employment_history.enterprise_id`: the registered enterprise of an employment entry (optional),
 *   which an employer's claims are checked against.
 */
export function bindingAndMerges(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('worker_binding_requests')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'confirmed', 'rejected', 'withdrawn')`))
        .addColumn('person_id', 'text', (c) => c.references('people.id'))
        .addColumn('province', 'text', (c) => c.notNull())
        .addColumn('hukou_code', 'text')
        .addColumn('residence_code', 'text')
        .addColumn('employment_code', 'text')
        .addColumn('insured_code', 'text')
        .addColumn('id_enc', 'text')
        .addColumn('submitted_name', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('decided_at', 'text')
        .addColumn('decided_by', 'text')
        .addColumn('reason', 'text')
        .execute();
      await db.schema
        .createIndex('worker_binding_requests_one_pending')
        .on('worker_binding_requests')
        .column('user_id')
        .unique()
        .where(sql<boolean>`status = 'pending'`)
        .execute();
      await db.schema
        .createIndex('worker_binding_requests_queue')
        .on('worker_binding_requests')
        .columns(['province', 'status', 'created_at'])
        .execute();
      await db.schema
        .createIndex('worker_binding_requests_user')
        .on('worker_binding_requests')
        .columns(['user_id', 'created_at'])
        .execute();

      const now = new Date().toISOString();
      await sql`insert into worker_binding_requests
          (id, user_id, status, person_id, province, hukou_code, residence_code, employment_code, insured_code, id_enc, submitted_name, note, created_at)
        select 'migrated-' || u.id, u.id, 'pending', p.id, p.province, p.hukou_code, p.residence_code, p.employment_code, p.insured_code, p.id_enc, p.name,
          'bound by ID number and name before decision 105; confirm again', ${now}
        from users u
        join worker_logins w on w.user_id = u.id
        join people p on p.id = u.person_id
        where p.phone_index is null or p.phone_index <> w.phone_index`.execute(db);
      await sql`update users set person_id = null, updated_at = ${now}
        where id in (select user_id from worker_binding_requests where id like 'migrated-%')`.execute(db);
      // Of several accounts left on one record, one that signs in by phone keeps it (its phone is the
      // record's now), else the earliest.
      const phoneAccount = (alias: string) => sql.raw(`exists (select 1 from worker_logins wl where wl.user_id = ${alias}.id)`);
      await sql`update users set person_id = null, updated_at = ${now}
        where person_id is not null and exists (
          select 1 from users u2 where u2.person_id = users.person_id and u2.id <> users.id and (
            (${phoneAccount('u2')} and not ${phoneAccount('users')})
            or ((${phoneAccount('u2')}) = (${phoneAccount('users')})
              and (u2.created_at < users.created_at or (u2.created_at = users.created_at and u2.id < users.id)))))`.execute(db);
      await db.schema
        .createIndex('users_person_unique')
        .on('users')
        .column('person_id')
        .unique()
        .where(sql.ref('person_id'), 'is not', null)
        .execute();

      await db.schema
        .alterTable('employment_history')
        .addColumn('enterprise_id', 'text', (c) => c.references('enterprises.id'))
        .execute();
      await db.schema
        .createIndex('employment_history_enterprise')
        .on('employment_history')
        .columns(['enterprise_id', 'person_id'])
        .where(sql.ref('enterprise_id'), 'is not', null)
        .execute();
    },
  };
}
