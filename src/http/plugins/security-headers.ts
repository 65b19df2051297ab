/**
 * Security headers (Content-Security-Policy, HSTS, X-Frame-Options, ...) on every answer, as helmet
 * writes them for the policy below. The policy is static (no per-request nonce), so helmet runs
 * once at start-up and its headers are copied onto each reply; @fastify/helmet built helmet's
 * middleware anew on every request (parsing the CSP directives each time), 11 % of a `/healthz`
 * and 4 % of a signed-in read (decision 165).
 */
import crypto from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * The policy, with the inline scripts of the built pages allowed by their SHA-256 hashes (the phone
 * sign-in travels inside its HTML, decision 229): only those exact scripts run, never arbitrary inline code.
 */
export function securityPolicy(scriptHashes: readonly string[] = []): HelmetOptions {
  return {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'", ...scriptHashes.map((h) => `'sha256-${h}'`)],
        upgradeInsecureRequests: null,
      },
    },
  };
}

/** The base64 SHA-256 of each inline <script> of an HTML page, as a CSP hash source names it. */
export function inlineScriptHashes(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
    const [tag, body] = m;
    if (body === undefined || body.length === 0 || /\ssrc=/i.test(tag.slice(0, tag.indexOf('>')))) continue;
    out.push(crypto.createHash('sha256').update(body, 'utf8').digest('base64'));
  }
  return out;
}

/** The headers helmet sets for `options` (names in lower case), read by running it once on a recording response. */
export function helmetHeaders(options: Readonly<HelmetOptions>): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
      return recorder;
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  let failed: unknown = null;
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (err?: unknown) => {
    failed = err ?? null;
  });
  if (failed) throw failed;
  return headers;
}

/** Sets the headers on every reply, before any route, hook or error handler runs (404s and refusals included). */
export function registerSecurityHeaders(app: FastifyInstance, options: Readonly<HelmetOptions> = securityPolicy()): void {
  const headers = helmetHeaders(options);
  app.addHook('onRequest', (_request, reply, done) => {
    void reply.headers(headers);
    done();
  });
}
