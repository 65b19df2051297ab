/**
 * The people side of the import contract (src/modules/imports/importer.ts). A batch claims every
 * row's ID blind index in the identity table and inserts the people it claimed; only rows whose
 * index was held already cost a look-up (one query for the batch) and, when changed in update
 * mode, one update each; one audit record per batch ('import.batch', ids and counts only). A
 * re-imported identical row is 'unchanged'; a different one is a 'conflict' in insert mode and
 * 'updated' in update mode. Blank optional cells keep the stored value.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import type { AuditService } from '../audit/index.js';
import { provinceOf, type Actor } from '../actor.js';
import { isoInstant } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import type { BulkLoad, Importer, ImportMode, RowOutcome } from '../imports/index.js';
import * as repo from './person.repository.js';
import { claimAndInsertPeople } from './person.bulk.repository.js';
import { sameData } from './person.codec.js';
import { inJurisdiction } from './person.policy.js';
import type { PersonDataColumns, PersonRow } from './person.table.js';
import { createImportParser, optionalKeys, personColumns, type OptionalKey, type PersonImportRow } from './person.import-parser.js';

const msg = {
  elsewhere: { zh: '该身份证号码已由其他辖区登记', en: 'This ID number is registered in another jurisdiction' },
  differs: {
    zh: '该身份证号码已登记且数据不同（如需更新请选择“更新”模式）',
    en: 'This ID number is registered with different data (choose update mode to change it)',
  },
  repeated: { zh: '同一批次中身份证号码重复', en: 'The ID number appears twice in this batch' },
  race: { zh: '该身份证号码刚被他人登记', en: 'This ID number was registered by someone else meanwhile' },
};

const keptColumns: Record<OptionalKey, Array<keyof PersonDataColumns>> = {
  phone: ['phone_enc', 'phone_index', 'phone_masked'],
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
  const keep = <K extends keyof PersonDataColumns>(k: K) => {
    out[k] = stored[k];
  };
  for (const key of optionalKeys) {
    if (!input.given.includes(key)) for (const c of keptColumns[key]) keep(c);
  }
  if (out.hukou_code === stored.hukou_code) keep('province');
  if (out.id_index === stored.id_index) keep('id_enc');
  if (out.phone_index === stored.phone_index) keep('phone_enc');
  if (out.bank_index === stored.bank_index) keep('bank_enc');
  return out;
}

/**
 * A new person's row. Written out field by field: an object literal of one fixed shape costs a
 * quarter of `{ ...data, id, … }` on the structured-cloned rows that come from parse workers.
 */
function newPersonRow(d: PersonDataColumns, t: string): PersonRow {
  return {
    id: newId(),
    province: d.province,
    name: d.name,
    name_pinyin: d.name_pinyin,
    name_initials: d.name_initials,
    id_enc: d.id_enc,
    id_index: d.id_index,
    id_masked: d.id_masked,
    sex: d.sex,
    birth_date: d.birth_date,
    phone_enc: d.phone_enc,
    phone_index: d.phone_index,
    phone_masked: d.phone_masked,
    bank_enc: d.bank_enc,
    bank_index: d.bank_index,
    hukou_code: d.hukou_code,
    residence_code: d.residence_code,
    employment_code: d.employment_code,
    insured_code: d.insured_code,
    poverty_registered: d.poverty_registered,
    poverty_from: d.poverty_from,
    poverty_to: d.poverty_to,
    dibao: d.dibao,
    dibao_from: d.dibao_from,
    dibao_to: d.dibao_to,
    education: d.education,
    willing_to_go_out: d.willing_to_go_out,
    expected_wage_fen: d.expected_wage_fen,
    skills: d.skills,
    merged_into: null,
    version: 1,
    created_at: t,
    updated_at: t,
  };
}

export function createPersonImporter(deps: Deps, audit: AuditService): Importer<PersonImportRow> {
  const { clock } = deps;

  async function applyBatch(
    trx: Transaction<Database>,
    actor: Actor,
    inputs: PersonImportRow[],
    mode: ImportMode,
    batchId: string,
    bulk?: BulkLoad,
  ): Promise<RowOutcome[]> {
    const t = isoInstant(clock.now());
    const outcomes: Array<RowOutcome | null> = inputs.map(() => null);
    // Claim first: a row whose ID blind index nobody holds is new and costs one claim and one insert,
    // no look-up; only rows whose index is held already are read and compared (docs/decisions/092).
    const candidates: Array<{ index: number; input: PersonImportRow; row: PersonRow }> = [];
    const inBatch = new Set<string>();
    for (const [index, input] of inputs.entries()) {
      if (inBatch.has(input.data.id_index)) {
        outcomes[index] = { kind: 'conflict', message: msg.repeated };
        continue;
      }
      inBatch.add(input.data.id_index);
      candidates.push({ index, input, row: newPersonRow(input.data, t) });
    }
    const claimed = await claimAndInsertPeople(
      trx,
      deps.db,
      candidates.map((c) => c.row),
      bulk,
    );
    const inserted = candidates.filter((c) => claimed.has(c.row.id_index));
    for (const c of inserted) outcomes[c.index] = { kind: 'created', id: c.row.id };
    const held = candidates.filter((c) => !claimed.has(c.row.id_index));
    const existing = new Map(
      (
        await repo.findByIdIndexes(
          trx,
          held.map((c) => c.row.id_index),
        )
      ).map((r) => [r.id_index, r]),
    );
    const updatedIds: string[] = [];
    for (const { index, input } of held) {
      const row = existing.get(input.data.id_index);
      if (!row) {
        outcomes[index] = { kind: 'conflict', message: msg.race };
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
    const done = outcomes.map((o) => o ?? { kind: 'conflict' as const, message: msg.race });
    const tally: Record<RowOutcome['kind'], number> = { created: 0, updated: 0, unchanged: 0, conflict: 0 };
    for (const o of done) tally[o.kind]++;
    const n = (k: RowOutcome['kind']) => tally[k];
    await audit.record(trx, actor, {
      province: provinceOf(actor.jurisdiction),
      region: actor.jurisdiction,
      action: 'import.batch',
      entityType: 'import_batch',
      entityId: batchId,
      details: {
        entity: 'people',
        batchId,
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
    entity: 'people',
    columns: personColumns,
    ...createImportParser({ pii: deps.pii, clock }),
    applyBatch,
    parser: { url: new URL('./person.import-parser.js', import.meta.url).href },
  };
}
