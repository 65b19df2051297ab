import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';
import { systemActor } from '../src/modules/actor.js';
import { withCheckChar } from '../src/modules/enterprises/credit-code.js';
import { createEnterpriseImporter } from '../src/modules/enterprises/enterprise.importer.js';
import { parseEnterpriseRow, type EnterpriseImportRow } from '../src/modules/enterprises/enterprise.import-parser.js';

let serial = 0;
/** A fresh valid credit code registered in a division. */
function code(division = '441900', kind = '91'): string {
  serial++;
  return withCheckChar(`${kind}${division}MA${String(serial).padStart(7, '0')}`);
}

function firm(creditCode: string, addressCode: string, extra: Record<string, unknown> = {}) {
  return {
    creditCode,
    name: `测试单位${serial}有限公司`,
    industryCode: '39',
    addressCode,
    address: '富民路1号',
    size: 'small',
    contactName: '陈经理',
    contactPhone: '13800001234',
    ...extra,
  };
}

describeEachDb('enterprises', (ctx) => {
  let dg: SessionHeaders;
  let da: SessionHeaders;
  beforeAll(async () => {
    const { app, rt } = ctx();
    dg = (await userSession(app, rt, 'county_officer', '441900')).headers;
    da = (await userSession(app, rt, 'county_officer', '451228')).headers;
  });

  it('registers an enterprise and answers with the phone masked; reveal is audited', async () => {
    const { app, rt } = ctx();
    const cc = code();
    const res = await app.inject({ method: 'POST', url: '/api/v1/enterprises', headers: dg, payload: firm(cc.toLowerCase(), '441900113') });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      creditCode: cc,
      industryName: '计算机、通信和其他电子设备制造业',
      addressCode: '441900113',
      contactPhone: '138****1234',
      version: 1,
      arrears: { flagged: false },
    });
    expect(body.addressName).toContain('大朗镇');
    const got = await app.inject({ method: 'GET', url: `/api/v1/enterprises/${body.id}`, headers: dg });
    expect(got.json().contactPhone).toBe('138****1234');
    expect(got.body).not.toContain('13800001234');
    const reveal = await app.inject({ method: 'POST', url: `/api/v1/enterprises/${body.id}/reveal`, headers: dg });
    expect(reveal.json()).toEqual({ contactPhone: '13800001234' });
    const history = await rt.services.audit.history('enterprise', body.id);
    expect(history.map((h) => h.action)).toEqual(['enterprise.contact_revealed', 'enterprise.created']);
    expect(JSON.stringify(history)).not.toContain('13800001234');
  });

  it('refuses a wrong check character with a field error and writes nothing', async () => {
    const { app, rt } = ctx();
    const cc = code();
    const bad = cc.slice(0, 17) + (cc.endsWith('0') ? '1' : '0');
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/enterprises',
      headers: dg,
      payload: firm(bad, '441900113', { industryCode: 'Z9' }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('validation_failed');
    expect(res.json().errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'creditCode', code: 'credit_code_checksum' }),
        expect.objectContaining({ path: 'industryCode', code: 'industry_unknown' }),
      ]),
    );
    const list = await rt.services.enterprises.list(systemActor(), { creditCode: bad }, 1, 10);
    expect(list.ok && list.value.total).toBe(0);
  });

  it('refuses a credit code registered before, in any jurisdiction', async () => {
    const { app } = ctx();
    const cc = code('451228', '93');
    expect((await app.inject({ method: 'POST', url: '/api/v1/enterprises', headers: da, payload: firm(cc, '451228100') })).statusCode).toBe(
      200,
    );
    const again = await app.inject({ method: 'POST', url: '/api/v1/enterprises', headers: da, payload: firm(cc, '451228101') });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('duplicate_enterprise');
  });

  it('scopes reads to the jurisdiction: a 都安 officer does not see a 东莞 firm', async () => {
    const { app } = ctx();
    const cc = code();
    const created = (await app.inject({ method: 'POST', url: '/api/v1/enterprises', headers: dg, payload: firm(cc, '441900119') })).json();
    const hidden = await app.inject({ method: 'GET', url: `/api/v1/enterprises/${created.id}`, headers: da });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().code).toBe('out_of_jurisdiction');
    const missing = await app.inject({ method: 'GET', url: '/api/v1/enterprises/no-such-id', headers: da });
    expect(missing.json().code).toBe('out_of_jurisdiction');
    const daList = await app.inject({ method: 'GET', url: `/api/v1/enterprises?creditCode=${cc}`, headers: da });
    expect(daList.json()).toMatchObject({ items: [], total: 0 });
    const dgList = await app.inject({ method: 'GET', url: `/api/v1/enterprises?creditCode=${cc}`, headers: dg });
    expect(dgList.json().total).toBe(1);
    const outside = await app.inject({ method: 'POST', url: '/api/v1/enterprises', headers: da, payload: firm(code(), '441900119') });
    expect(outside.statusCode).toBe(403);
    const history = await app.inject({ method: 'GET', url: `/api/v1/enterprises/${created.id}/history`, headers: da });
    expect(history.statusCode).toBe(404);
  });

  it('flags and unflags malicious arrears with reasons kept in the audit trail', async () => {
    const { app } = ctx();
    const created = (
      await app.inject({ method: 'POST', url: '/api/v1/enterprises', headers: dg, payload: firm(code(), '441900121') })
    ).json();
    const noReason = await app.inject({
      method: 'POST',
      url: `/api/v1/enterprises/${created.id}/arrears`,
      headers: dg,
      payload: { reason: ' ', date: '2026-11-20' },
    });
    expect(noReason.statusCode).toBe(400);
    const future = await app.inject({
      method: 'POST',
      url: `/api/v1/enterprises/${created.id}/arrears`,
      headers: dg,
      payload: { reason: '拖欠工资', date: '2027-01-01' },
    });
    expect(future.json().errors[0].path).toBe('date');
    const flagged = await app.inject({
      method: 'POST',
      url: `/api/v1/enterprises/${created.id}/arrears`,
      headers: dg,
      payload: { reason: '拖欠32名工人3个月工资，经责令仍拒不支付', date: '2026-11-20' },
    });
    expect(flagged.statusCode).toBe(200);
    expect(flagged.json().arrears).toMatchObject({ flagged: true, reason: '拖欠32名工人3个月工资，经责令仍拒不支付', date: '2026-11-20' });
    const listed = await app.inject({ method: 'GET', url: '/api/v1/enterprises?arrears=true', headers: dg });
    expect(listed.json().items.map((i: { id: string }) => i.id)).toContain(created.id);
    const twice = await app.inject({
      method: 'POST',
      url: `/api/v1/enterprises/${created.id}/arrears`,
      headers: dg,
      payload: { reason: 'x', date: '2026-11-20' },
    });
    expect(twice.statusCode).toBe(409);
    const unflagged = await app.inject({
      method: 'DELETE',
      url: `/api/v1/enterprises/${created.id}/arrears`,
      headers: dg,
      payload: { reason: '已全额支付拖欠工资' },
    });
    expect(unflagged.json().arrears).toMatchObject({ flagged: false, reason: null });
    const history = (await app.inject({ method: 'GET', url: `/api/v1/enterprises/${created.id}/history`, headers: dg })).json().items;
    expect(history[0]).toMatchObject({
      action: 'enterprise.arrears_unflagged',
      details: {
        reason: '已全额支付拖欠工资',
        previous: { flagged: true, reason: '拖欠32名工人3个月工资，经责令仍拒不支付', date: '2026-11-20' },
      },
    });
    expect(history[1]).toMatchObject({ action: 'enterprise.arrears_flagged', details: { previous: { flagged: false } } });
  });

  it('uses optimistic locking on updates', async () => {
    const { app } = ctx();
    const created = (
      await app.inject({ method: 'POST', url: '/api/v1/enterprises', headers: dg, payload: firm(code(), '441900110') })
    ).json();
    const edit = {
      version: 1,
      name: '东莞市改名电子有限公司',
      industryCode: '39',
      addressCode: '441900110',
      contactPhone: created.contactPhone,
    };
    const first = await app.inject({ method: 'PUT', url: `/api/v1/enterprises/${created.id}`, headers: dg, payload: edit });
    expect(first.json()).toMatchObject({ version: 2, name: '东莞市改名电子有限公司', contactPhone: '138****1234' });
    const stale = await app.inject({
      method: 'PUT',
      url: `/api/v1/enterprises/${created.id}`,
      headers: dg,
      payload: { ...edit, name: '另一个名字' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    const history = (await app.inject({ method: 'GET', url: `/api/v1/enterprises/${created.id}/history`, headers: dg })).json().items;
    expect(history[0].details).toMatchObject({ previous: { name: created.name }, changed: { name: '东莞市改名电子有限公司' } });
  });

  it('lets an employer read and edit only its own enterprise', async () => {
    const { app, rt } = ctx();
    const own = (await app.inject({ method: 'POST', url: '/api/v1/enterprises', headers: dg, payload: firm(code(), '441900116') })).json();
    const other = (
      await app.inject({ method: 'POST', url: '/api/v1/enterprises', headers: dg, payload: firm(code(), '441900116') })
    ).json();
    const { headers: boss } = await userSession(app, rt, 'employer', '', { enterpriseId: own.id });
    expect((await app.inject({ method: 'GET', url: `/api/v1/enterprises/${own.id}`, headers: boss })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: `/api/v1/enterprises/${other.id}`, headers: boss })).statusCode).toBe(404);
    const list = (await app.inject({ method: 'GET', url: '/api/v1/enterprises', headers: boss })).json();
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([own.id]);
    const edit = await app.inject({
      method: 'PUT',
      url: `/api/v1/enterprises/${own.id}`,
      headers: boss,
      payload: { version: 1, name: own.name, industryCode: '39', addressCode: '441900116', size: 'medium' },
    });
    expect(edit.json()).toMatchObject({ size: 'medium', version: 2 });
    expect(
      (
        await app.inject({
          method: 'POST',
          url: `/api/v1/enterprises/${own.id}/arrears`,
          headers: boss,
          payload: { reason: 'x', date: '2026-11-20' },
        })
      ).statusCode,
    ).toBe(403);
    expect((await app.inject({ method: 'POST', url: `/api/v1/enterprises/${own.id}/reveal`, headers: boss })).statusCode).toBe(403);
  });

  it('imports a batch: created, unchanged on re-import, conflict or updated by mode, one audit row per batch', async () => {
    const { rt } = ctx();
    const importer = createEnterpriseImporter(rt.services.deps, rt.services.audit);
    const actor = { ...systemActor(), jurisdiction: '441900' };
    const cells = (cc: string, name: string) => ({
      creditCode: cc,
      name,
      industryCode: 'C',
      addressCode: '441900104',
      size: '小型',
      contactPhone: '0769-22123456',
      contactName: '',
      address: '',
    });
    const codes = [code(), code(), code()];
    const rows = codes.map((cc, i) => {
      const p = parseEnterpriseRow(cells(cc, `导入单位${i}`), actor);
      if (!p.ok) throw new Error(JSON.stringify(p.errors));
      return p.value;
    });
    const outside = parseEnterpriseRow({ ...cells(code('451228'), 'x'), addressCode: '451228100' }, actor);
    expect(outside.ok || outside.errors[0]).toMatchObject({ path: 'addressCode', code: 'out_of_jurisdiction' });
    const apply = (inputs: EnterpriseImportRow[], mode: 'insert' | 'update', batch: string) =>
      rt.db.kysely.transaction().execute((trx) => importer.applyBatch(trx, actor, inputs, mode, batch));
    expect((await apply(rows, 'insert', 'b1')).map((o) => o.kind)).toEqual(['created', 'created', 'created']);
    expect((await apply(rows, 'insert', 'b2')).map((o) => o.kind)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    const renamed = rows.map((r, i) => (i === 0 ? { ...r, data: { ...r.data, name: '导入单位0（更名）' } } : r));
    expect((await apply(renamed, 'insert', 'b3')).map((o) => o.kind)).toEqual(['conflict', 'unchanged', 'unchanged']);
    expect((await apply(renamed, 'update', 'b4')).map((o) => o.kind)).toEqual(['updated', 'unchanged', 'unchanged']);
    for (const b of ['b1', 'b2', 'b3', 'b4']) expect(await rt.services.audit.history('import_batch', b)).toHaveLength(1);
    const found = await rt.services.enterprises.list(actor, { creditCode: codes[0] }, 1, 5);
    expect(found.ok && found.value.items[0]).toMatchObject({
      name: '导入单位0（更名）',
      size: 'small',
      contactPhone: '076******3456',
      version: 2,
    });
  });

  it('counts enterprises in scope for dashboards', async () => {
    const { rt } = ctx();
    const all = await rt.services.enterprises.count({ ...systemActor(), jurisdiction: '' });
    const da = await rt.services.enterprises.count({ ...systemActor(), jurisdiction: '451228' });
    expect(all.ok && da.ok && all.value > da.value && da.value >= 1).toBe(true);
  });
});
