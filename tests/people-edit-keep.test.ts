/**
 * Editing a person without seeing the personal numbers (issue 7): the edit form sends `keep` for the
 * ID number, phone and bank account it showed masked; the stored values stay, nothing is revealed
 * and no reveal is audited. A value typed in replaces the stored one.
 */
import { expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession } from './helpers/session.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';

const id = makeIdNumber('451228', '1985-06-01', 21);
const base = {
  name: '蓝保持',
  idNumber: id,
  phone: '13800002468',
  hukouCode: '451228100',
  bankAccount: '6222020000111122223',
};

describeEachDb('editing a person with the personal numbers kept', (ctx) => {
  it('keeps the stored numbers, records no reveal, and replaces a number only when one is typed', async () => {
    const { app, rt } = ctx();
    const officer = (await userSession(app, rt, 'county_officer', '451228')).headers;
    const created = await app.inject({ method: 'POST', url: '/api/v1/people', headers: officer, payload: base });
    expect(created.statusCode).toBe(200);
    const personId: string = created.json().id;
    const { idNumber: _omit, ...withoutId } = base;
    const kept = await app.inject({
      method: 'PUT',
      url: `/api/v1/people/${personId}`,
      headers: officer,
      payload: {
        ...withoutId,
        phone: undefined,
        bankAccount: undefined,
        name: '蓝保留',
        keep: ['idNumber', 'phone', 'bankAccount'],
        version: 1,
      },
    });
    expect(kept.statusCode).toBe(200);
    expect(kept.json()).toMatchObject({
      name: '蓝保留',
      version: 2,
      idNumber: `4512**********${id.slice(-4)}`,
      phone: '138****2468',
      bankAccount: '6222***********2223',
    });
    let history = await rt.services.audit.history('person', personId);
    expect(history.map((h) => h.action).sort()).toEqual(['person.created', 'person.updated']);
    expect(history.find((h) => h.action === 'person.updated')?.details).toMatchObject({ changed: ['name'] });

    // A new phone typed in replaces the stored one; the others are kept.
    const phone = await app.inject({
      method: 'PUT',
      url: `/api/v1/people/${personId}`,
      headers: officer,
      payload: {
        ...withoutId,
        name: '蓝保留',
        phone: '13900001357',
        bankAccount: undefined,
        keep: ['idNumber', 'bankAccount'],
        version: 2,
      },
    });
    expect(phone.json()).toMatchObject({ version: 3, phone: '139****1357', bankAccount: '6222***********2223' });
    history = await rt.services.audit.history('person', personId);
    expect(history.some((h) => h.action === 'person.reveal')).toBe(false);
    expect(history.filter((h) => h.action === 'person.updated').map((h) => h.details.changed)).toContainEqual(['phone']);

    // Without keep and without an ID number the update is refused (no silent blanking).
    const noId = await app.inject({
      method: 'PUT',
      url: `/api/v1/people/${personId}`,
      headers: officer,
      payload: { ...withoutId, version: 3 },
    });
    expect(noId.statusCode).toBe(400);
    const reveal = await app.inject({
      method: 'POST',
      url: `/api/v1/people/${personId}/reveal`,
      headers: officer,
      payload: { field: 'idNumber' },
    });
    expect(reveal.json()).toEqual({ field: 'idNumber', value: id });
  });
});
