/**
 * The two web apps as files (decision 192): the staff app (web/dist, index.html for every other
 * page) and the worker's phone pages (web/dist/m, mobile.html for /m and /m/...). Hashed assets
 * (under assets/) are cached for ever; HTML is revalidated on every visit so a new build is seen at
 * once. Each text file is sent precompressed (brotli or gzip, written by the build) when the
 * browser accepts it. API paths and non-GET requests that match nothing get problem+json 404s.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic, { type SetHeadersResponse } from '@fastify/static';
import { problem } from '../problem.js';
import { inlineScriptHashes } from './security-headers.js';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** True for a build output whose name carries its content hash (Vite writes them under assets/). */
export function isHashedAsset(filePath: string): boolean {
  return /[/\\]assets[/\\][^/\\]+-[\w-]{8,}\.\w+(\.br|\.gz)?$/.test(filePath);
}

function cacheHeaders(res: SetHeadersResponse, filePath: string): void {
  res.setHeader('cache-control', isHashedAsset(filePath) ? IMMUTABLE : REVALIDATE);
  res.setHeader('vary', 'accept-encoding');
}

/** The HTML page a browser path opens: the phone pages under /m, the staff app elsewhere. */
export function pageFor(url: string): 'm/mobile.html' | 'index.html' {
  const p = url.split('?')[0] ?? '';
  return p === '/m' || p.startsWith('/m/') ? 'm/mobile.html' : 'index.html';
}

/** The CSP hashes of the inline scripts of the built phone page (none without a build). */
export function builtInlineScriptHashes(webDist: string): string[] {
  const page = path.join(webDist, 'm', 'mobile.html');
  return fs.existsSync(page) ? inlineScriptHashes(fs.readFileSync(page, 'utf8')) : [];
}

/** Registers the file routes and the not-found handler. Without a build, every miss is a 404 problem. */
export async function registerWebApps(app: FastifyInstance, webDist: string): Promise<void> {
  const hasStaff = fs.existsSync(path.join(webDist, 'index.html'));
  const hasMobile = fs.existsSync(path.join(webDist, 'm', 'mobile.html'));
  if (hasStaff || hasMobile) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      index: false,
      preCompressed: true,
      cacheControl: false,
      etag: true,
      lastModified: true,
      // The precompressed copies are found by the plugin itself; they need no routes of their own.
      globIgnore: ['**/*.br', '**/*.gz'],
      setHeaders: cacheHeaders,
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const page = pageFor(request.url);
    const has = page === 'index.html' ? hasStaff : hasMobile;
    if (request.url.startsWith('/api/') || !has || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return reply
        .status(404)
        .type('application/problem+json')
        .send(problem('not_found', { instance: request.url.split('?')[0] }));
    }
    return reply.sendFile(page);
  });
}
