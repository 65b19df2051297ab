/**
 * Builds (once, cached under bench/.cache) a SQLite database of N synthetic people for benchmarks,
 * the way the product builds it: ids from the product's generator (time-ordered UUIDv7 text, not
 * short sequential keys), people spread over the eight counties of COUNTIES (person j's hukou in
 * county j mod 8), so a county officer's scope filter rejects seven rows in eight. The fast bulk
 * path skips per-row validation (the generator's rows are valid by construction) but uses the
 * module's own codec and repository: encryption, blind indexes, pinyin, identity rows.
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
import { newId } from '../src/core/ids.js';
import { syntheticPerson, type SyntheticPerson } from '../src/demo/synthetic-people.js';
import type { ValidPerson } from '../src/modules/people/person.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const BENCH_KEY = Buffer.alloc(32, 42).toString('base64');
export const BENCH_SEED = 1;
const NOW = '2026-11-28T02:00:00.000Z';
/** 河池 counties: 都安 (the demo county) first; person j lives under COUNTIES[j % 8]. */
export const COUNTIES = ['451228', '451221', '451222', '451223', '451224', '451225', '451226', '451227'] as const;

/** Moves a 都安 township code to the same township number under county `county`. */
function inCounty(code: string | null | undefined, county: string): string | null {
  if (!code) return null;
  return code.startsWith('451228') ? `${county}${code.slice(6)}` : code;
}

function valid(p: SyntheticPerson, j: number): ValidPerson {
  const county = COUNTIES[j % COUNTIES.length] ?? '451228';
  return {
    name: p.name,
    idNumber: p.idNumber,
    birthDate: p.birthDate,
    sex: p.sex,
    phone: p.phone ?? null,
    bankAccount: null,
    hukouCode: inCounty(p.hukouCode, county) ?? p.hukouCode,
    residenceCode: inCounty(p.residenceCode, county),
    employmentCode: inCounty(p.employmentCode, county),
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
  const file = path.join(dir, `people-${size}-v2.db`);
  const ready = `${file}.ready`;
  if (!fs.existsSync(ready)) for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  const config: Config = {
    // WUGONG_SESSION_CACHE_MS=0 measures the signed-in read without the kept session (decision 234).
    ...loadConfig({ WUGONG_SESSION_CACHE_MS: process.env.WUGONG_SESSION_CACHE_MS }),
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
        ...encodePerson(pii, valid(syntheticPerson(j, BENCH_SEED), j)),
        id: newId(),
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
