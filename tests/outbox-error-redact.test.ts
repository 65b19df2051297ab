/**
 * A failed delivery stores its error for the administrator, and an SMS gateway's error typically
 * repeats the number it could not reach: the stored error never holds a phone, ID number or bank
 * account (issue 6, personal data outside the key).
 */
import { expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';

describeEachDb('outbox errors', (ctx) => {
  it('keeps the failure text but masks the personal data in it', async () => {
    const { rt } = ctx();
    rt.services.outbox.on('test.gateway', async () => {
      throw new Error('gateway refused 13977001001 for 451228199103040112 (account 6222020200112233445)');
    });
    await rt.db.kysely.transaction().execute(async (trx) => {
      await rt.services.outbox.enqueue(trx, 'test.gateway', '{}');
    });
    await rt.services.outbox.drain();
    const row = await rt.db.kysely.selectFrom('outbox').selectAll().where('topic', '=', 'test.gateway').executeTakeFirstOrThrow();
    expect(row.done_at).toBeNull();
    expect(row.last_error).toContain('gateway refused');
    expect(row.last_error).not.toMatch(/13977001001|451228199103040112|6222020200112233445/);
    expect(row.last_error).toMatch(/139\*+1001/);
  });
});
