/**
 * Builds (once, cached under bench/.cache) a SQLite database of N synthetic people for benchmarks.
 * The fast bulk path skips per-row validation (the generator's rows are valid by construction) but
 * uses the module's own codec and repository: encryption, blind indexes, pinyin, identity rows.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, type Config } from '../src/config.js';
import { openSqlite } from '../src/db/database.js';
import { openRuntime, type Runtime } from '../src/runtime.js';
import { fixedClock } from '../src/core/clock.js';
import { encodePerson } from '../src/modules/people/person.codec.js';
import { claimIdentities, insertPeople } from '../src/modules/people/person.repository.js';
import type { PersonRow } from '../src/modules/people/person.table.js';
import { syntheticPerson, type SyntheticPerson } from '../src/demo/synthetic-people.js';
import type { ValidPerson } from '../src/modules/people/person.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const BENCH_KEY = Buffer.alloc(32, 42).toString('base64');
export const BENCH_SEED = 1;
const NOW = '2026-11-28T02:00:00.000Z';

function valid(p: SyntheticPerson): ValidPerson {
  return {
    name: p.name,
    idNumber: p.idNumber,
    birthDate: p.birthDate,
    sex: p.sex,
    phone: p.phone ?? null,
    bankAccount: null,
    hukouCode: p.hukouCode,
    residenceCode: p.residenceCode ?? null,
    employmentCode: p.employmentCode ?? null,
    insuredCode: p.insuredCode ?? null,
    povertyRegistered: p.povertyRegistered ?? false,
    povertyFrom: p.povertyFrom ?? null,
    povertyTo: null,
    dibao: p.dibao ?? false,
    dibaoFrom: p.dibaoFrom ?? null,
    dibaoTo: null,
    education: p.education ?? null,
    willingToGoOut: p.willingToGoOut ?? false,
    expectedWageFen: p.expectedWageFen ?? null,
    skills: p.skills ?? [],
    province: '45',
  };
}

/** Opens the cached database of `size` people, building it first when missing. */
export async function openPeopleDb(
  size: number,
  log: (s: string) => void = () => {},
): Promise<{ rt: Runtime; built: boolean; buildSeconds: number }> {
  const dir = path.join(here, '.cache');
  const file = path.join(dir, `people-${size}.db`);
  const ready = `${file}.ready`;
  if (!fs.existsSync(ready)) for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  const config: Config = {
    ...loadConfig({}),
    dataDir: dir,
    sqliteFile: file,
    keyFile: path.join(dir, 'bench.key'),
    blobDir: path.join(dir, 'blobs'),
    key: BENCH_KEY,
    demo: false,
  };
  const rt = await openRuntime(config, { db: openSqlite(file), clock: fixedClock(NOW) });
  if (fs.existsSync(ready)) return { rt, built: false, buildSeconds: 0 };
  const started = Date.now();
  const { pii } = rt.services.deps;
  const CHUNK = 20_000;
  for (let i = 0; i < size; i += CHUNK) {
    const rows: PersonRow[] = [];
    for (let j = i; j < Math.min(size, i + CHUNK); j++) {
      rows.push({
        ...encodePerson(pii, valid(syntheticPerson(j, BENCH_SEED))),
        id: `p${String(j).padStart(8, '0')}`,
        merged_into: null,
        version: 1,
        created_at: NOW,
        updated_at: NOW,
      });
    }
    await rt.db.kysely.transaction().execute(async (trx) => {
      await claimIdentities(
        trx,
        rows.map((r) => ({ id_index: r.id_index, person_id: r.id })),
      );
      await insertPeople(trx, rows);
    });
    if ((i / CHUNK) % 10 === 0) log(`  built ${i + rows.length} / ${size}`);
  }
  rt.db.sqlite?.exec('ANALYZE');
  fs.writeFileSync(ready, new Date().toISOString());
  return { rt, built: true, buildSeconds: (Date.now() - started) / 1000 };
}
