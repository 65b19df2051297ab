/**
 * The masked forms stored beside the ciphertexts (decision 238, migration 0032), on both databases:
 * written by registration, edits and imports; read by masked views without decrypting; filled once
 * for rows written before them. Expected values are written by hand from the numbers.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';
import { importVia } from './helpers/upload.js';
import { SYNTHETIC_CSV_HEADER } from '../src/demo/synthetic-people.js';

/** Hand-computed check character '6' (see pii-logs.test.ts). */
const ID = '451228199003150016';
/** The published GB 11643 example, check character X. */
const ID_X = '11010519491231002X';

describeEachDb('people: masked forms stored beside the ciphertexts', (ctx) => {
  let officer: SessionHeaders = {};
  const stored = async (id: string) =>
    ctx().rt.db.kysely.selectFrom('people').select(['id_masked', 'phone_masked']).where('id', '=', id).executeTakeFirstOrThrow();

  beforeAll(async () => {
    officer = (await userSession(ctx().app, ctx().rt, 'county_officer', '451228')).headers;
  });

  it('writes them on registration and on edits: a new phone, no phone', async () => {
    const { app } = ctx();
    const made = await app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers: officer,
      payload: { name: '韦遮蔽', idNumber: ID, phone: '13907781234', hukouCode: '451228100' },
    });
    expect(made.statusCode).toBe(200);
    const id: string = made.json().id;
    expect(await stored(id)).toEqual({ id_masked: '4512**********0016', phone_masked: '139****1234' });
    const edit = (phone: string | null, version: number) =>
      app.inject({
        method: 'PUT',
        url: `/api/v1/people/${id}`,
        headers: officer,
        payload: { name: '韦遮蔽', phone, hukouCode: '451228100', keep: ['idNumber'], version },
      });
    expect((await edit('13600009876', 1)).statusCode).toBe(200);
    expect(await stored(id)).toEqual({ id_masked: '4512**********0016', phone_masked: '136****9876' });
    expect((await edit(null, 2)).statusCode).toBe(200);
    expect(await stored(id)).toEqual({ id_masked: '4512**********0016', phone_masked: null });
  });

  it('lists masked people without decrypting: a row whose ciphertexts are unreadable still lists', async () => {
    const { app, rt } = ctx();
    const made = await app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers: officer,
      payload: { name: '覃列表', idNumber: ID_X, phone: '13800001111', hukouCode: '451228100' },
    });
    const id: string = made.json().id;
    const { id_enc, phone_enc } = await rt.db.kysely
      .selectFrom('people')
      .select(['id_enc', 'phone_enc'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    await rt.db.kysely.updateTable('people').set({ id_enc: 'v1:AAAA', phone_enc: 'v1:AAAA' }).where('id', '=', id).execute();
    const list = await app.inject({ method: 'GET', url: `/api/v1/people?q=${encodeURIComponent('覃列')}`, headers: officer });
    await rt.db.kysely.updateTable('people').set({ id_enc, phone_enc }).where('id', '=', id).execute();
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([expect.objectContaining({ id, idNumber: '1101**********002X', phone: '138****1111' })]);
  });

  it('fills rows written before the masked columns once, and masks them meanwhile by decrypting', async () => {
    const { app, rt } = ctx();
    const made = await app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers: officer,
      payload: { name: '蓝旧行', idNumber: '451228198506010213', phone: '13712345678', hukouCode: '451228100' },
    });
    const id: string = made.json().id;
    await rt.db.kysely.updateTable('people').set({ id_masked: null, phone_masked: null }).execute();
    const list = await app.inject({ method: 'GET', url: `/api/v1/people?q=${encodeURIComponent('蓝旧')}`, headers: officer });
    expect(list.json().items).toEqual([expect.objectContaining({ idNumber: '4512**********0213', phone: '137****5678' })]);
    const everyone = Number(
      (
        await rt.db.kysely
          .selectFrom('people')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    // Batches of two, so the walk by id crosses batch ends.
    expect(await rt.services.people.fillMaskedForms(2)).toBe(everyone);
    expect(await stored(id)).toEqual({ id_masked: '4512**********0213', phone_masked: '137****5678' });
    expect(await rt.services.people.fillMaskedForms()).toBe(0);
    const left = await rt.db.kysely.selectFrom('people').select('id').where('id_masked', 'is', null).execute();
    expect(left).toEqual([]);
  });

  it('writes them on import, keeps the stored phone for a blank cell and replaces it with a new one', async () => {
    const { app, rt } = ctx();
    const line = (phone: string) => `黄导入,451228199207070034,${phone},451228100,,,,否,,否,,,是,,`;
    const csv = (phone: string) => Buffer.from(`${SYNTHETIC_CSV_HEADER}\n${line(phone)}\n`);
    const first = await importVia(app, rt, officer, 'people', 'a.csv', csv('13912340001'));
    expect(first.status).toBe('done');
    const { id } = await rt.db.kysely.selectFrom('people').select('id').where('name', '=', '黄导入').executeTakeFirstOrThrow();
    expect(await stored(id)).toEqual({ id_masked: '4512**********0034', phone_masked: '139****0001' });
    await importVia(app, rt, officer, 'people', 'b.csv', csv(''), 'update');
    expect(await stored(id)).toEqual({ id_masked: '4512**********0034', phone_masked: '139****0001' });
    await importVia(app, rt, officer, 'people', 'c.csv', csv('13912340002'), 'update');
    expect(await stored(id)).toEqual({ id_masked: '4512**********0034', phone_masked: '139****0002' });
  });
});
