/**
 * The enterprise side of the import contract (src/modules/imports/importer.ts). A batch costs one
 * look-up query (credit codes through the national table), bulk inserts for new enterprises, one
 * update per changed one, and one audit record. A re-imported identical row is 'unchanged'; a
 * different one is a 'conflict' in insert mode and 'updated' in update mode. Blank optional cells
 * keep the stored value.
 */
import type { Insertable, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import type { AuditService } from '../audit/index.js';
import { provinceOf, withinJurisdiction, type Actor } from '../actor.js';
import { isoInstant } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import type { Importer, ImportMode, RowOutcome } from '../imports/index.js';
import * as repo from './enterprise.repository.js';
import type { EnterpriseRow } from './enterprise.table.js';
import { dataOf, encodeEnterprise, sameData } from './enterprise.codec.js';
import type { EnterpriseData } from './enterprise.js';
import { enterpriseColumns, enterpriseParser, type EnterpriseImportRow } from './enterprise.import-parser.js';

const msg = {
  elsewhere: { zh: '该统一社会信用代码已由其他辖区登记', en: 'This credit code is registered in another jurisdiction' },
  differs: {
    zh: '该统一社会信用代码已登记且数据不同（如需更新请选择“更新”模式）',
    en: 'This credit code is registered with different data (choose update mode to change it)',
  },
  province: { zh: '不能把单位迁到其他省份', en: 'An enterprise cannot move to another province' },
  race: { zh: '该统一社会信用代码刚被他人登记', en: 'This credit code was registered by someone else meanwhile' },
};

/** The stored data with the row's filled cells laid over it (blank optional cells keep stored values). */
function merged(pii: Deps['pii'], row: EnterpriseRow, input: EnterpriseImportRow): EnterpriseData {
  const stored = dataOf(pii, row);
  const d = input.data;
  return {
    ...d,
    address: input.given.address ? d.address : stored.address,
    size: input.given.size ? d.size : stored.size,
    contactName: input.given.contactName ? d.contactName : stored.contactName,
    contactPhone: input.given.contactPhone ? d.contactPhone : stored.contactPhone,
  };
}

export function createEnterpriseImporter(deps: Deps, audit: AuditService): Importer<EnterpriseImportRow> {
  const { pii, clock } = deps;

  async function applyBatch(
    trx: Transaction<Database>,
    actor: Actor,
    inputs: EnterpriseImportRow[],
    mode: ImportMode,
    batchId: string,
  ): Promise<RowOutcome[]> {
    const t = isoInstant(clock.now());
    const existing = new Map(
      (
        await repo.findByCreditCodes(
          trx,
          inputs.map((i) => i.data.creditCode),
        )
      ).map((r) => [r.credit_code, r]),
    );
    const outcomes: Array<RowOutcome | null> = inputs.map(() => null);
    const fresh: Array<{ index: number; row: Insertable<EnterpriseRow> }> = [];
    const updatedIds: string[] = [];
    for (const [index, input] of inputs.entries()) {
      const row = existing.get(input.data.creditCode);
      if (!row) {
        if (fresh.some((f) => f.row.credit_code === input.data.creditCode)) {
          outcomes[index] = { kind: 'conflict', message: msg.differs };
          continue;
        }
        const cols = encodeEnterprise(pii, input.data);
        fresh.push({
          index,
          row: {
            id: newId(),
            ...cols,
            arrears_flag: 0,
            arrears_reason: null,
            arrears_date: null,
            arrears_by: null,
            arrears_at: null,
            version: 1,
            created_at: t,
            updated_at: t,
          },
        });
        continue;
      }
      if (!withinJurisdiction(actor.jurisdiction, row.address_code)) {
        outcomes[index] = { kind: 'conflict', message: msg.elsewhere };
        continue;
      }
      const d = merged(pii, row, input);
      if (sameData(pii, row, d)) outcomes[index] = { kind: 'unchanged', id: row.id };
      else if (mode === 'insert') outcomes[index] = { kind: 'conflict', message: msg.differs };
      else if (provinceOf(d.addressCode) !== row.province) outcomes[index] = { kind: 'conflict', message: msg.province };
      else {
        const cols = encodeEnterprise(pii, d);
        const phone = row.contact_phone_index === cols.contact_phone_index ? { contact_phone_enc: row.contact_phone_enc } : {};
        const done = await repo.updateVersioned(trx, row.id, row.version, { ...cols, ...phone, updated_at: t });
        outcomes[index] = done ? { kind: 'updated', id: row.id } : { kind: 'conflict', message: msg.race };
        if (done) updatedIds.push(row.id);
      }
    }
    const claimed = await repo.claimCreditCodes(
      trx,
      fresh.map((f) => ({ credit_code: f.row.credit_code, enterprise_id: f.row.id, province: f.row.province, created_at: t })),
    );
    const inserted = fresh.filter((f) => claimed.has(f.row.credit_code));
    await repo.insertEnterprises(
      trx,
      inserted.map((f) => f.row),
    );
    for (const f of fresh) {
      outcomes[f.index] = claimed.has(f.row.credit_code) ? { kind: 'created', id: f.row.id } : { kind: 'conflict', message: msg.race };
    }
    const done = outcomes.map((o) => o ?? { kind: 'conflict' as const, message: msg.race });
    const n = (k: RowOutcome['kind']) => done.filter((o) => o.kind === k).length;
    await audit.record(trx, actor, {
      province: provinceOf(actor.jurisdiction),
      region: actor.jurisdiction,
      action: 'enterprise.import_batch',
      entityType: 'import_batch',
      entityId: batchId,
      details: {
        mode,
        rows: inputs.length,
        created: n('created'),
        updated: n('updated'),
        unchanged: n('unchanged'),
        conflicts: n('conflict'),
        createdIds: inserted.map((f) => f.row.id),
        updatedIds,
      },
    });
    return done;
  }

  return {
    entity: 'enterprises',
    columns: enterpriseColumns,
    ...enterpriseParser,
    applyBatch,
    parser: { url: new URL('./enterprise.import-parser.js', import.meta.url).href },
  };
}
