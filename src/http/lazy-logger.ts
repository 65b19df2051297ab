/**
 * A request's logger made on first use. Fastify gives every request a pino child carrying its
 * request id; making one serialises the bindings at once (3 % of a `/healthz` in the profile). With
 * the access log at `writes` (decision 239) most successful reads write nothing, so the child is
 * only made when a line is written or a child of it is asked for.
 */
import type { FastifyBaseLogger } from 'fastify';

type Bindings = Parameters<FastifyBaseLogger['child']>[0];
type ChildOptions = Parameters<FastifyBaseLogger['child']>[1];
type Method = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const METHODS: readonly Method[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Fastify's `childLoggerFactory`: the same child as pino's, made when first used. */
export function lazyChildLogger(logger: FastifyBaseLogger, bindings: Bindings, options?: ChildOptions): FastifyBaseLogger {
  let real: FastifyBaseLogger | undefined;
  const made = (): FastifyBaseLogger => (real ??= logger.child(bindings, options));
  const lazy = {
    get level(): string {
      return real ? real.level : (options?.level ?? logger.level);
    },
    set level(value: string) {
      made().level = value;
    },
    child: (b: Bindings, o?: ChildOptions) => made().child(b, o),
  } as Record<string, unknown>;
  for (const m of METHODS) lazy[m] = (...args: unknown[]) => (made()[m] as (...a: unknown[]) => void)(...args);
  return lazy as unknown as FastifyBaseLogger;
}
