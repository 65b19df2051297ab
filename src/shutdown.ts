/**
 * A prompt, clean stop (issue 11, point 11; docs/decisions/155). On SIGTERM or SIGINT the server
 * stops accepting connections, closes idle keep-alive connections (and each one as soon as its
 * request is answered), lets the requests under way finish, interrupts the long jobs this process
 * runs (they are marked interrupted after the batch under way), stops the background runner and
 * closes the database — and exits within WUGONG_SHUTDOWN_TIMEOUT_SECONDS (10 by default) whatever
 * happens: at the deadline every connection still open is closed and the process exits with 1.
 * An acknowledged write is committed before its answer is sent, so nothing acknowledged is lost.
 */
import type { FastifyInstance } from 'fastify';
import type { Runner } from './modules/kernel/index.js';
import type { Runtime } from './runtime.js';
import { redactSecrets } from './cli/errors.js';

export interface StopParts {
  app: FastifyInstance;
  runner: Runner;
  rt: Pick<Runtime, 'services' | 'close'>;
  timeoutMs: number;
  signal: string;
  log: (line: string) => void;
}

/** Calls `stop` once on the first SIGTERM or SIGINT; a second signal exits at once. */
export function onStopSignal(stop: (signal: string) => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) {
      process.exit(1);
    }
    stopping = true;
    void stop(signal);
  };
  process.on('SIGTERM', handler);
  process.on('SIGINT', handler);
}

export async function stopServer(p: StopParts): Promise<void> {
  const started = Date.now();
  const server = p.app.server;
  p.log(
    `收到 ${p.signal}，正在停止（最多 ${p.timeoutMs / 1000} 秒）。 / ${p.signal} received: stopping (at most ${p.timeoutMs / 1000} s).`,
  );
  const deadline = setTimeout(() => {
    server.closeAllConnections();
    p.log(
      `停止超时（${p.timeoutMs / 1000} 秒），已关闭所有连接并退出。 / Stopping took longer than ${p.timeoutMs / 1000} s: every connection was closed; exiting.`,
    );
    process.exit(1);
  }, p.timeoutMs);
  deadline.unref();
  // A connection that answered its last request is closed at once, not held open by keep-alive.
  const sweep = setInterval(() => server.closeIdleConnections(), 50);
  sweep.unref();
  try {
    const closing = p.app.close(); // stops accepting; answers requests under way; new ones on open connections get 503
    server.closeIdleConnections();
    const jobs = await p.rt.services.imports.interruptOwn();
    if (jobs > 0) p.log(`已中断 ${jobs} 个进行中的导入任务。 / ${jobs} running import job(s) were interrupted.`);
    await p.runner.stop();
    await closing;
    await p.rt.close();
    clearInterval(sweep);
    p.log(`已停止，用时 ${Date.now() - started} 毫秒。 / Stopped in ${Date.now() - started} ms.`);
    process.exit(0);
  } catch (err) {
    // A driver's message may quote a connection string: printed without its password or the key.
    p.log(`停止时出错 / Error while stopping: ${redactSecrets(err instanceof Error ? err.message : String(err))}`);
    process.exit(1);
  }
}
