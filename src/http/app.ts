/**
 * Builds the Fastify application (no listen), so tests drive it with app.inject().
 */
import crypto from 'node:crypto';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Services } from '../modules/services.js';
import type { Config } from '../config.js';
import { registerErrorHandler } from './plugins/errors.js';
import { registerAuth } from './plugins/auth.js';
import { registerMetrics } from './plugins/metrics.js';
import { registerIdempotency } from './plugins/idempotency.js';
import { registerRateLimit } from './plugins/rate-limit.js';
import { registerInputGuard } from './plugins/input-guard.js';
import { registerSecurityHeaders, securityPolicy } from './plugins/security-headers.js';
import { builtInlineScriptHashes, registerWebApps } from './plugins/static.js';
import { ProblemSchema } from './schemas/common.js';
import { buildSerializer } from './serializer.js';
import { problem } from './problem.js';
import { apiRoutes } from './routes/index.js';
import { loggerOptions, registerRequestLog, type LogSettings } from './log-redact.js';
import { lazyChildLogger } from './lazy-logger.js';

export type App = FastifyInstance;

export interface AppOptions {
  services: Services;
  config: Config;
  /** The request log (pino); every line is written with ID numbers, phones and bank accounts masked. */
  logger?: LogSettings | false;
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const { services, config } = opts;
  const app = Fastify({
    logger: opts.logger ? loggerOptions(opts.logger) : false,
    // One line per request, written when the answer has gone (below), instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    // A request's child logger is made only when it writes (most successful reads write nothing).
    ...(opts.logger ? { childLoggerFactory: lazyChildLogger } : {}),
    trustProxy: config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : crypto.randomUUID();
    },
    // Responses through the route schemas, nullable fields and enums without Ajv (decision 166).
    schemaController: { compilersFactory: { buildSerializer: buildSerializer() } },
    ajv: { customOptions: { removeAdditional: true, coerceTypes: 'array', useDefaults: true, allErrors: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  registerErrorHandler(app);
  registerSecurityHeaders(app, securityPolicy(builtInlineScriptHashes(config.webDist)));
  if (opts.logger) registerRequestLog(app, opts.logger.accessLog);
  registerInputGuard(app);
  app.addSchema(ProblemSchema);
  await app.register(cookie);
  // Per account once signed in, per address before; counted for all servers at once (decision 231).
  await registerRateLimit(app, services, config);
  await app.register(multipart, { limits: { fileSize: 200 * 1024 * 1024, files: 1 } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Wugong 务工 API', version: '1', description: 'Public employment services for migrant workers' },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, session: { type: 'apiKey', in: 'cookie', name: 'wg_session' } },
      },
    },
    refResolver: { buildLocalReference: (json, _base, _frag, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  registerMetrics(app);
  registerAuth(app, services);
  registerIdempotency(app, services);

  app.addHook('onSend', (request, reply, payload, done) => {
    void reply.header('x-request-id', request.id);
    if (request.url.startsWith('/api/')) void reply.header('cache-control', 'no-store');
    done(null, payload);
  });

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_req, reply) => {
    try {
      await services.users.count();
      return { status: 'ready' };
    } catch {
      return reply.status(503).type('application/problem+json').send(problem('not_ready'));
    }
  });

  await app.register(apiRoutes(services), { prefix: '/api/v1' });

  await registerWebApps(app, config.webDist);
  return app;
}
