/**
 * A request's logger made on first use. Fastify gives every request a pino child carrying its
 * request id; making one serialises the bindings at once (3 % of a `/healthz` in the profile). With
 * the access log at `writes` (decision 239) most successful reads write nothing, so the child is
 * only made when a line is written or a child of it is asked for. The methods live on the class, so
 * a request costs one small object and no closures.
 */
import type { FastifyBaseLogger } from 'fastify';

type Bindings = Parameters<FastifyBaseLogger['child']>[0];
type ChildOptions = Parameters<FastifyBaseLogger['child']>[1];
type Write = (...args: unknown[]) => void;

class LazyLogger {
  private real: FastifyBaseLogger | undefined;

  constructor(
    private readonly parent: FastifyBaseLogger,
    private readonly bindings: Bindings,
    private readonly options: ChildOptions,
  ) {}

  private made(): FastifyBaseLogger {
    return (this.real ??= this.parent.child(this.bindings, this.options));
  }

  get level(): string {
    return this.real ? this.real.level : (this.options?.level ?? this.parent.level);
  }

  set level(value: string) {
    this.made().level = value;
  }

  fatal(...args: unknown[]): void {
    (this.made().fatal as Write)(...args);
  }
  error(...args: unknown[]): void {
    (this.made().error as Write)(...args);
  }
  warn(...args: unknown[]): void {
    (this.made().warn as Write)(...args);
  }
  info(...args: unknown[]): void {
    (this.made().info as Write)(...args);
  }
  debug(...args: unknown[]): void {
    (this.made().debug as Write)(...args);
  }
  trace(...args: unknown[]): void {
    (this.made().trace as Write)(...args);
  }
  silent(...args: unknown[]): void {
    (this.made().silent as Write)(...args);
  }
  child(bindings: Bindings, options?: ChildOptions): FastifyBaseLogger {
    return this.made().child(bindings, options);
  }
}

/** Fastify's `childLoggerFactory`: the same child as pino's, made when first used. */
export function lazyChildLogger(logger: FastifyBaseLogger, bindings: Bindings, options?: ChildOptions): FastifyBaseLogger {
  return new LazyLogger(logger, bindings, options) as unknown as FastifyBaseLogger;
}
