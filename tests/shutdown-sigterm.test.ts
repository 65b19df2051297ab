/**
 * Issue 11, point 11: the real server, under a stream of writes and with an idle keep-alive
 * connection open, gets SIGTERM; it exits 0 within its bounded time (WUGONG_SHUTDOWN_TIMEOUT_SECONDS,
 * 10 s by default), and every write it acknowledged is in the database afterwards.
 */
import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects } from './helpers/runtime.js';
import { bootstrap } from '../src/bootstrap.js';
import { systemActor } from '../src/modules/actor.js';
import { finished, newPlace, openPlace, start, waitFor, type Place } from './cli-harness.js';

const T = 300_000;
const PASSWORD = 'Passw0rd-shutdown-1';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (typeof a === 'object' && a ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}

for (const dialect of availableDialects()) {
  describe(`server shutdown under load [${dialect}]`, () => {
    let place: Place;

    beforeAll(async () => {
      place = await newPlace(dialect);
      const rt = await openPlace(place);
      try {
        await bootstrap(rt);
        const r = await rt.services.users.create(systemActor(), {
          username: 'ops_admin',
          displayName: '运维',
          role: 'admin',
          jurisdiction: '',
          password: PASSWORD,
        });
        if (!r.ok) throw new Error(r.reason.code);
      } finally {
        await rt.close();
      }
    }, T);
    afterAll(() => place.drop());

    it(
      'stops accepting, finishes what it acknowledged and exits within the bound after SIGTERM',
      async () => {
        const port = await freePort();
        const server = start(place, ['--import', 'tsx', 'src/server.ts'], { PORT: String(port), WUGONG_LOG_LEVEL: 'warn' });
        await waitFor(server, /Wugong is serving/);
        const base = `http://127.0.0.1:${port}/api/v1`;
        const login = await fetch(`${base}/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'ops_admin', password: PASSWORD }),
        });
        expect(login.status).toBe(200);
        const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
        const { csrfToken } = (await login.json()) as { csrfToken: string };

        // An idle keep-alive connection, as a browser or a proxy keeps one.
        const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
        await new Promise<void>((resolve, reject) => {
          http.get(`${base}/auth/me`, { agent, headers: { cookie } }, (res) => res.resume().on('end', resolve)).on('error', reject);
        });

        const acknowledged: string[] = [];
        let stop = false;
        let n = 0;
        let signalledAt = 0;
        const writer = async () => {
          while (!stop) {
            const username = `load_${dialect}_${++n}`;
            try {
              const res = await fetch(`${base}/users`, {
                method: 'POST',
                headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
                body: JSON.stringify({ username, displayName: username, role: 'auditor', jurisdiction: '' }),
              });
              if (res.status === 201 || res.status === 200) acknowledged.push(username);
              await res.arrayBuffer();
              if (res.status >= 500 && signalledAt) return;
            } catch {
              if (signalledAt) return; // the server has closed: nothing more to send
            }
          }
        };
        const writers = Array.from({ length: 6 }, () => writer());
        while (acknowledged.length < 20) await new Promise((r) => setTimeout(r, 50));
        signalledAt = Date.now();
        server.kill('SIGTERM');
        const ran = await finished(server);
        const took = Date.now() - signalledAt;
        stop = true;
        await Promise.all(writers);
        agent.destroy();

        expect(ran.code, ran.stdout + ran.stderr).toBe(0);
        expect(ran.stdout).toContain('SIGTERM received: stopping (at most 10 s).');
        expect(took).toBeLessThan(10_000);
        expect(acknowledged.length).toBeGreaterThanOrEqual(20);

        const rt = await openPlace(place);
        try {
          const all = await rt.services.users.list(systemActor(), 1, 1000);
          const names = new Set(all.ok ? all.value.items.map((u) => u.username) : []);
          expect(acknowledged.filter((u) => !names.has(u))).toEqual([]);
        } finally {
          await rt.close();
        }
      },
      T,
    );
  });
}
