/**
 * The people side of the import contract (src/modules/imports/importer.ts). A batch costs one
 * look-up query (ID blind indexes through the identity table), multi-row inserts in chunks, one
 * update per changed person and one audit record ('import.batch', ids and counts only). A
 * re-imported identical row is 'unchanged'; a different one is a 'conflict' in insert mode and
 * 'updated' in update mode. Blank optional cells keep the stored value.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import type { AuditService } from '../audit/audit.service.js';
import { provinceOf, type Actor } from '../actor.js';
import { isoInstant } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import type { Importer, ImportMode, RowOutcome } from '../imports/importer.js';
import * as repo from './person.repository.js';
import { sameData } from './person.codec.js';
import { inJurisdiction } from './person.policy.js';
import type { PersonDataColumns, PersonRow } from './person.table.js';
import { createImportParser, optionalKeys, personColumns, type OptionalKey, type PersonImportRow } from './person.import-parser.js';

const msg = {
  elsewhere: { zh: '该身份证号码已由其他辖区登记', en: 'This ID number is registered in another jurisdiction' },
  differs: { zh: '该身份证号码已登记且数据不同（如需更新请选择“更新”模式）', en: 'This ID number is registered with different data (choose update mode to change it)' },
  repeated: { zh: '同一批次中身份证号码重复', en: 'The ID number appears twice in this batch' },
  race: { zh: '该身份证号码刚被他人登记', en: 'This ID number was registered by someone else meanwhile' },
};

const keptColumns: Record<OptionalKey, Array<keyof PersonDataColumns>> = {
  phone: ['phone_enc', 'phone_index'],
  bankAccount: ['bank_enc', 'bank_index'],
  residenceCode: ['residence_code'],
  employmentCode: ['employment_code'],
  insuredCode: ['insured_code'],
  povertyRegistered: ['poverty_registered', 'poverty_from', 'poverty_to'],
  dibao: ['dibao', 'dibao_from', 'dibao_to'],
  education: ['education'],
  willingToGoOut: ['willing_to_go_out'],
  expectedWage: ['expected_wage_fen'],
  skills: ['skills'],
};

/** The row's data with stored values where optional cells were blank (and stored ciphertexts where values are unchanged). */
export function overlay(stored: PersonRow, input: PersonImportRow): PersonDataColumns {
  const out: PersonDataColumns = { ...input.data };
  const keep = <K extends keyof PersonDataColumns>(k: K) => { out[k] = stored[k]; };
  for (const key of optionalKeys) {
    if (!input.given.includes(key)) for (const c of keptColumns[key]) keep(c);
  }
  if (out.hukou_code === stored.hukou_code) keep('province');
  if (out.id_index === stored.id_index) keep('id_enc');
  if (out.phone_index === stored.phone_index) keep('phone_enc');
  if (out.bank_index === stored.bank_index) keep('bank_enc');
  return out;
}

export function createPersonImporter(deps: Deps, audit: AuditService): Importer<PersonImportRow> {
  const { clock } = deps;

  async function applyBatch(trx: Transaction<Database>, actor: Actor, inputs: PersonImportRow[], mode: ImportMode, batchId: string): Promise<RowOutcome[]> {
    const t = isoInstant(clock.now());
    const existing = new Map((await repo.findByIdIndexes(trx, inputs.map((i) => i.data.id_index))).map((r) => [r.id_index, r]));
    const outcomes: Array<RowOutcome | null> = inputs.map(() => null);
    const fresh: Array<{ index: number; row: PersonRow }> = [];
    const seen = new Set<string>();
    const updatedIds: string[] = [];
    for (const [index, input] of inputs.entries()) {
      const row = existing.get(input.data.id_index);
      if (!row) {
        if (seen.has(input.data.id_index)) outcomes[index] = { kind: 'conflict', message: msg.repeated };
        else fresh.push({ index, row: { ...input.data, id: newId(), merged_into: null, version: 1, created_at: t, updated_at: t } });
        seen.add(input.data.id_index);
        continue;
      }
      if (!inJurisdiction(actor.jurisdiction, row)) {
        outcomes[index] = { kind: 'conflict', message: msg.elsewhere };
        continue;
      }
      const data = overlay(row, input);
      if (sameData(row, data)) outcomes[index] = { kind: 'unchanged', id: row.id };
      else if (mode === 'insert') outcomes[index] = { kind: 'conflict', message: msg.differs };
      else {
        await repo.overwritePerson(trx, row.id, data, t);
        outcomes[index] = { kind: 'updated', id: row.id };
        updatedIds.push(row.id);
      }
    }
    const claimed = await repo.claimIdentities(trx, fresh.map((f) => ({ id_index: f.row.id_index, person_id: f.row.id })));
    const inserted = fresh.filter((f) => claimed.has(f.row.id_index));
    await repo.insertPeople(trx, inserted.map((f) => f.row));
    for (const f of fresh) outcomes[f.index] = claimed.has(f.row.id_index) ? { kind: 'created', id: f.row.id } : { kind: 'conflict', message: msg.race };
    const done = outcomes.map((o) => o ?? { kind: 'conflict' as const, message: msg.race });
    const n = (k: RowOutcome['kind']) => done.filter((o) => o.kind === k).length;
    await audit.record(trx, actor, {
      province: provinceOf(actor.jurisdiction), action: 'import.batch', entityType: 'import_batch', entityId: batchId,
      details: {
        entity: 'people', batchId, mode, rows: inputs.length, created: n('created'), updated: n('updated'), unchanged: n('unchanged'), conflicts: n('conflict'),
        createdIds: inserted.map((f) => f.row.id), updatedIds,
      },
    });
    return done;
  }

  return {
    entity: 'people', columns: personColumns, ...createImportParser({ pii: deps.pii, clock }), applyBatch,
    parser: { url: new URL('./person.import-parser.js', import.meta.url).href },
  };
}
