/**
 * Starts the server: opens the database, migrates, bootstraps an empty database, listens.
 */
import { loadConfig } from './config.js';
import { openRuntime } from './runtime.js';
import { bootstrap } from './bootstrap.js';
import { buildApp } from './http/app.js';
import { systemActor } from './modules/actor.js';
import { createRunner } from './modules/kernel/index.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const rt = await openRuntime(config);
  if (rt.keyCreated)
    console.log(`A new personal-data key was created at ${config.keyFile} (mode 0600). Keep a copy apart from your backups.`);
  const report = await bootstrap(rt);
  for (const line of report.lines) console.log(line);
  const interrupted = await rt.services.imports.recoverInterrupted(systemActor('startup'));
  if (interrupted > 0)
    console.log(`${interrupted} import job(s) interrupted by the last stop were marked failed; import those files again.`);
  // Files stored before encryption are encrypted in place.
  const legacy = await rt.services.blobs.encryptLegacy();
  if (legacy > 0) console.log(`${legacy} stored file(s) from before encryption at rest were encrypted in place.`);
  // Daily housekeeping (expired import files, tokens, idempotency keys) runs from a kernel timer.
  await rt.services.maintenance.ensureScheduled();
  const app = await buildApp({ services: rt.services, config, logger: { level: config.logLevel } });
  // Due timers, then the outbox, every few seconds; every server runs one and they share the work.
  const runner = createRunner(rt.services, {
    intervalMs: config.runnerIntervalMs,
    onError: (err) => app.log.error({ err }, 'background runner round failed'),
  });
  const shutdown = async () => {
    await runner.stop();
    await app.close();
    await rt.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
  await app.listen({ host: config.host, port: config.port });
  runner.start();
  console.log(`Wugong is serving on http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}/ (API docs at /docs)`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
