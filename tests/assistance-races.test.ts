/**
 * Assistance cases under concurrent writes (review of decision 178), on both databases. A case
 * closes when its registration ends even if a step was being recorded on it at that moment, and a
 * step never lands on a case that closed while it was being recorded. On PostgreSQL the other
 * write is held open in a transaction while the service runs; SQLite runs write transactions one
 * at a time, where both orders must hold too.
 */
import { beforeAll, expect, it } from 'vitest';
import type { Transaction } from 'kysely';
import type { Database } from '../src/db/schema.js';
import { describeEachDb } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { systemActor } from '../src/modules/actor.js';
import { loadReferenceData } from '../src/reference.js';

const cases = '/api/v1/assistance/cases';

describeEachDb('assistance cases under concurrent writes', (ctx) => {
  let duan: SessionHeaders;
  const reg: string[] = [];

  beforeAll(async () => {
    const { app, rt } = ctx();
    await loadReferenceData(rt);
    duan = (await userSession(app, rt, 'county_officer', '451228')).headers;
    for (const seq of [31, 33]) {
      const p = await rt.services.people.create(systemActor(), {
        name: `蓝${seq}`,
        idNumber: makeIdNumber('451228', '1988-03-01', seq),
        hukouCode: '451228100',
      });
      if (!p.ok) throw new Error(p.reason.code);
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/unemployment/registrations',
        headers: duan,
        payload: { personId: p.value.id, registeredOn: '2026-11-02' },
      });
      if (r.statusCode !== 201) throw new Error(r.body);
      reg.push(r.json().id);
    }
  });

  /** Runs `during` while another transaction holds `write` uncommitted, then commits it. */
  async function whileHeld<T>(write: (trx: Transaction<Database>) => Promise<unknown>, during: () => Promise<T>): Promise<T> {
    const { rt } = ctx();
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    let started: () => void = () => {};
    const inside = new Promise<void>((r) => (started = r));
    const other = rt.db.kysely.transaction().execute(async (trx) => {
      await write(trx);
      started();
      await held;
    });
    await inside;
    const result = during();
    // Let the service run as far as it can while the other write is open, then commit that write.
    await new Promise((r) => setTimeout(r, 100));
    release();
    await other;
    return result;
  }

  it('closes the case when the registration ends while a step bumped the case', async () => {
    const { app } = ctx();
    const ended = await whileHeld(
      (trx) =>
        trx
          .updateTable('assistance_cases')
          .set((eb) => ({ version: eb('version', '+', 1), updated_at: '2026-11-28T01:59:00.000Z' }))
          .where('id', '=', reg[0]!)
          .execute(),
      () =>
        app.inject({
          method: 'POST',
          url: `/api/v1/unemployment/registrations/${reg[0]}/employed`,
          headers: duan,
          payload: { version: 1 },
        }),
    );
    expect(ended.statusCode).toBe(200);
    const c = (await app.inject({ method: 'GET', url: `${cases}/${reg[0]}`, headers: duan })).json();
    expect(c).toMatchObject({ status: 'closed', closeReason: 'employed' });
  });

  it('refuses a step on a case that closed while the step was being recorded, and keeps no step', async () => {
    const { app, rt } = ctx();
    const stepsBefore = await rt.db.kysely.selectFrom('assistance_steps').select('id').where('case_id', '=', reg[1]!).execute();
    const r = await whileHeld(
      (trx) =>
        trx
          .updateTable('assistance_cases')
          .set((eb) => ({ status: 'closed', closed_on: '2026-11-28', close_reason: 'deregistered', version: eb('version', '+', 1) }))
          .where('id', '=', reg[1]!)
          .execute(),
      () =>
        app.inject({
          method: 'POST',
          url: `${cases}/${reg[1]}/steps`,
          headers: duan,
          payload: { kind: 'first_contact', outcome: '电话联系' },
        }),
    );
    expect(r.statusCode).toBe(409);
    expect(r.json().code).toBe('assistance_case_closed');
    const stepsAfter = await rt.db.kysely.selectFrom('assistance_steps').select('id').where('case_id', '=', reg[1]!).execute();
    expect(stepsAfter).toEqual(stepsBefore);
  });
});
