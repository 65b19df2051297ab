import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeEachDb, pgUrl } from './helpers/runtime.js';
import { userSession } from './helpers/session.js';
import { execFileSync } from 'node:child_process';
import { restore, RestoreRefused } from '../src/db/backup.js';
import { openSqlite } from '../src/db/database.js';
import { createPii } from '../src/crypto/pii.js';
import { openRuntime } from '../src/runtime.js';
import { systemActor } from '../src/modules/actor.js';

describeEachDb('idempotency keys', (ctx) => {
  it('replays the first answer for a repeated key and refuses the key for another request', async () => {
    const { app, rt } = ctx();
    const { headers } = await userSession(app, rt, 'admin', '');
    const body = { username: 'idem_user', displayName: 'I', role: 'township_officer', jurisdiction: '451228' };
    const h = { ...headers, 'idempotency-key': 'create-idem-user-1' };
    const first = await app.inject({ method: 'POST', url: '/api/v1/users', headers: h, payload: body });
    expect(first.statusCode).toBe(200);
    const second = await app.inject({ method: 'POST', url: '/api/v1/users', headers: h, payload: body });
    expect(second.statusCode).toBe(200);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json().user.id).toBe(first.json().user.id);
    const other = await app.inject({ method: 'POST', url: '/api/v1/users', headers: h, payload: { ...body, username: 'idem_other' } });
    expect(other.statusCode).toBe(409);
    expect(other.json().code).toBe('idempotency_conflict');
    const users = await rt.services.users.list(systemActor(), 1, 200);
    expect(users.ok && users.value.items.filter((u) => u.username === 'idem_user')).toHaveLength(1);
  });
});

// Database-only backups made before bundles (a bare SQLite file, a pg_dump archive) still restore.
// Bundles with the uploaded files: tests/backup-bundle.test.ts.
describeEachDb('backup and restore', (ctx, dialect) => {
  it('restores a database-only backup that reads every encrypted value, and refuses one made under another key', async () => {
    const { rt } = ctx();
    const secret = rt.services.deps.pii.encrypt('451228199001011236');
    await rt.services.deps.db.kysely.insertInto('settings').values({ key: 'test.secret', value: secret, updated_at: 'x' }).execute();
    const file = path.join(rt.dir, `backup-${dialect}.bak`);
    if (rt.db.sqlite) await rt.db.sqlite.backup(file);
    else execFileSync('pg_dump', ['--format=custom', '--no-owner', `--schema=${rt.schema ?? ''}`, `--file=${file}`, pgUrl ?? '']);
    expect(fs.statSync(file).size).toBeGreaterThan(0);
    const wrongKey = createPii(Buffer.alloc(32, 9)).fingerprint;
    if (dialect === 'sqlite') {
      const target = path.join(rt.dir, 'restored.db');
      await expect(
        restore({ file, fingerprint: wrongKey, sqliteFile: target, databaseUrl: undefined, blobDir: path.join(rt.dir, 'restored-blobs') }),
      ).rejects.toBeInstanceOf(RestoreRefused);
      expect(fs.existsSync(target)).toBe(false);
      await restore({
        file,
        fingerprint: rt.services.deps.pii.fingerprint,
        sqliteFile: target,
        databaseUrl: undefined,
        blobDir: path.join(rt.dir, 'restored-blobs'),
      });
      const restored = await openRuntime({ ...rt.config, sqliteFile: target }, { db: openSqlite(target) });
      const row = await restored.db.kysely
        .selectFrom('settings')
        .select('value')
        .where('key', '=', 'test.secret')
        .executeTakeFirstOrThrow();
      expect(restored.services.deps.pii.decrypt(row.value)).toBe('451228199001011236');
      await restored.close();
    } else {
      await expect(
        restore({ file, fingerprint: wrongKey, sqliteFile: '', databaseUrl: pgUrl, blobDir: rt.config.blobDir }),
      ).rejects.toBeInstanceOf(RestoreRefused);
      await rt.db.kysely.deleteFrom('settings').where('key', '=', 'test.secret').execute();
      await restore({
        file,
        fingerprint: rt.services.deps.pii.fingerprint,
        sqliteFile: '',
        databaseUrl: pgUrl,
        blobDir: rt.config.blobDir,
      });
      const row = await rt.db.kysely.selectFrom('settings').select('value').where('key', '=', 'test.secret').executeTakeFirstOrThrow();
      expect(rt.services.deps.pii.decrypt(row.value)).toBe('451228199001011236');
    }
  });
});
