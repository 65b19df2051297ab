/**
 * Starts the server: opens the database, migrates, bootstraps an empty database, listens; stops
 * promptly and cleanly on SIGTERM or SIGINT (src/shutdown.ts).
 */
import { loadConfig } from './config.js';
import { openRuntime } from './runtime.js';
import { bootstrap } from './bootstrap.js';
import { buildApp } from './http/app.js';
import { createRunner } from './modules/kernel/index.js';
import { describeFailure } from './cli/errors.js';
import { setLang } from './cli/i18n.js';
import { onStopSignal, stopServer } from './shutdown.js';
import { restoreDeferredIndexes } from './modules/imports/index.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const rt = await openRuntime(config, { hold: 'server' });
  if (rt.keyCreated)
    console.log(
      `已在 ${config.keyFile} 创建新的个人信息密钥（权限 0600），请另行保管一份，不要与备份放在一起。 / A new personal-data key was created at ${config.keyFile} (mode 0600). Keep a copy apart from your backups.`,
    );
  const report = await bootstrap(rt);
  for (const line of report.lines) console.log(line);
  // Jobs whose process stopped without ending them (their lease lapsed) are marked interrupted.
  const interrupted = await rt.services.imports.interruptLapsed();
  if (interrupted > 0)
    console.log(
      `${interrupted} 个导入任务因上次停止而中断，已标记为“已中断”；请在导入页面查看，并重新导入同一文件。 / ${interrupted} import job(s) cut off by the last stop were marked interrupted; see the Imports page and import those files again.`,
    );
  // Indexes a first import set aside and could not build again (the process was killed) are built now.
  const rebuilt = await restoreDeferredIndexes(rt.db);
  if (rebuilt > 0) console.log(`重建了 ${rebuilt} 个导入时暂缓的索引。 / Built ${rebuilt} index(es) an interrupted import had set aside.`);
  // Files stored before encryption are encrypted in place.
  const legacy = await rt.services.blobs.encryptLegacy();
  if (legacy > 0) console.log(`${legacy} stored file(s) from before encryption at rest were encrypted in place.`);
  // Daily housekeeping (expired import files, tokens, idempotency keys) runs from a kernel timer.
  await rt.services.maintenance.ensureScheduled();
  const app = await buildApp({ services: rt.services, config, logger: { level: config.logLevel, accessLog: config.accessLog } });
  // Due timers, lapsed job leases, then the outbox, every few seconds; every server runs one and they share the work.
  const runner = createRunner(
    {
      timers: {
        runDue: async () => {
          await rt.services.timers.runDue();
          await rt.services.imports.interruptLapsed();
        },
      },
      outbox: rt.services.outbox,
    },
    { intervalMs: config.runnerIntervalMs, onError: (err) => app.log.error({ err }, 'background runner round failed') },
  );
  onStopSignal((signal) =>
    stopServer({ app, runner, rt, timeoutMs: config.shutdownTimeoutSeconds * 1000, signal, log: (line) => console.log(line) }),
  );
  await app.listen({ host: config.host, port: config.port });
  runner.start();
  console.log(`Wugong is serving on http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}/ (API docs at /docs)`);
}

main().catch((err: unknown) => {
  setLang('zh');
  const zh = describeFailure(err);
  setLang('en');
  const en = describeFailure(err);
  console.error(zh === en ? zh : `${zh}\n${en}`);
  process.exit(1);
});
