import { expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { systemActor } from '../src/modules/actor.js';
import { newId } from '../src/core/ids.js';

describeEachDb('imports interrupted by a stop', (ctx) => {
  it('marks a job left running without a lease (a process stopped before leases) interrupted, with a note to import again', async () => {
    const { rt } = ctx();
    const id = newId();
    const t = rt.clock.now().toISOString();
    await rt.db.kysely
      .insertInto('import_jobs')
      .values({
        id,
        entity: 'people',
        mode: 'insert',
        file_name: 'a.csv',
        file_hash: '0'.repeat(64),
        file_size: 10,
        status: 'running',
        total: 0,
        processed: 0,
        created: 0,
        unchanged: 0,
        updated: 0,
        conflicts: 0,
        errors: 0,
        report_hash: null,
        actor_id: null,
        jurisdiction: '451228',
        province: '45',
        created_at: t,
        started_at: t,
        finished_at: null,
        error_message: null,
      })
      .execute();
    const n = await rt.services.imports.interruptLapsed();
    const job = await rt.services.imports.get(systemActor(), id);
    if (!job.ok) throw new Error(job.reason.code);
    expect(n).toBe(1);
    expect(job.value.status).toBe('interrupted');
    expect(job.value.errorMessage).toContain('重新导入');
    const history = await rt.services.audit.history('import_job', id);
    expect(history.map((e) => e.action)).toContain('import.interrupted');
    expect(await rt.services.imports.interruptLapsed()).toBe(0);
  });
});
