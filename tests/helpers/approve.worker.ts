/**
 * One worker thread of the SQLite concurrency test: opens its own connection to the shared file,
 * waits for the start signal, then calls the county approval once and reports the answer.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadConfig } from '../../src/config.js';
import { openSqlite } from '../../src/db/database.js';
import { createPii, parseMasterKey } from '../../src/crypto/pii.js';
import { fixedClock } from '../../src/core/clock.js';
import { createAuditService } from '../../src/modules/audit/audit.service.js';
import { createLocalBlobStore } from '../../src/modules/blobs/blob-store.js';
import { createBenefitsServices } from '../../src/modules/benefits/benefits.services.js';
import { createUnitOfWork } from '../../src/modules/kernel/unit-of-work.js';
import { createNumbering } from '../../src/modules/kernel/numbering.service.js';
import { createPersonReader } from '../../src/modules/people/person-reader.service.js';
import type { Actor } from '../../src/modules/actor.js';

interface Init {
  file: string;
  key: string;
  blobDir: string;
  claimId: string;
  actor: Actor;
  now: string;
}

function isInit(v: unknown): v is Init {
  return typeof v === 'object' && v !== null && 'file' in v && 'claimId' in v && 'actor' in v;
}

if (!parentPort || !isInit(workerData)) throw new Error('approve.worker needs a parent and its init data');
const port = parentPort;
const init = workerData;
const db = openSqlite(init.file);
const deps = {
  db,
  clock: fixedClock(init.now),
  pii: createPii(parseMasterKey(init.key)),
  config: { ...loadConfig({}), blobDir: init.blobDir },
};
// Approval reads only the merge family of the claim's person; no enterprise is looked up.
const audit = createAuditService(deps);
// Approvals send no messages: the outbox port is never called.
const uow = createUnitOfWork(db, {
  record: (trx, actor, input) => audit.record(trx, actor, input),
  enqueue: () => Promise.reject(new Error('no outbox here')),
  afterCommit: () => undefined,
});
const benefits = createBenefitsServices(deps, audit, createLocalBlobStore(init.blobDir, deps.pii), {
  uow,
  people: createPersonReader(deps),
  enterprises: { addressOf: () => Promise.resolve(null) },
  // The bundled worker cannot read the regions seed file beside the sources: numbers carry the county code.
  numbering: createNumbering({ placeName: () => undefined }),
});
port.once('message', () => {
  void (async () => {
    try {
      const r = await benefits.reviews.review(init.actor, init.claimId, { outcome: 'approve', reason: 'concurrent' });
      port.postMessage(r.ok ? { ok: true, status: r.value.status } : { ok: false, code: r.reason.code });
    } catch (err) {
      port.postMessage({ ok: false, code: `thrown: ${err instanceof Error ? err.message : String(err)}` });
    } finally {
      await db.destroy();
    }
  })();
});
port.postMessage('ready');
