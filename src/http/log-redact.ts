/**
 * The request log's pino options. Every line pino writes passes through one hook before it reaches
 * the stream: every string in the line — the request URL (search query strings such as
 * `?q=<ID number>`), any field of a logged object, an error's message and stack, the message text,
 * the bindings — is masked by `redactPersonalData`, so ID numbers, phones and bank accounts are
 * never written (docs/decisions/130, 168). Numbers (time, response time) are left alone.
 */
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { redactPersonalData } from '../crypto/redact.js';
import type { AccessLog } from '../config.js';

/** Where log lines go (a file, stdout, or a test's capture). */
export interface LogStream {
  write(line: string): void;
}

export interface LogSettings {
  level: string;
  /** A stream of our own (tests capture lines); without one, lines go to `file` or stdout. */
  stream?: LogStream | undefined;
  /** A file to append the lines to instead of stdout (the HTTP benchmark writes to /dev/null). */
  file?: string | undefined;
  /** Which answers get an access-log line (default `writes`: none for a read answered under 400; decision 239). */
  accessLog?: AccessLog | undefined;
}

/** A JSON string token (quotes included). */
const JSON_STRING = /"(?:[^"\\]|\\.)*"/g;

/** One string token of a line, masked (decoded first, so an escaped tab or newline separates digits as in the text). */
function maskToken(token: string): string {
  if (!/\d/.test(token)) return token;
  const text: unknown = token.includes('\\') ? JSON.parse(token) : token.slice(1, -1);
  if (typeof text !== 'string') return token;
  const masked = redactPersonalData(text);
  return masked === text ? token : JSON.stringify(masked);
}

/**
 * Masks the personal numbers in one serialized log line (a JSON object and a newline): every string
 * in it, key or value, is masked; numbers (time, pid, response time) are not. The line is not
 * parsed and rebuilt: its string tokens are masked in place (decision 168), which leaves a line
 * without personal numbers byte for byte as pino wrote it.
 */
export function redactLogLine(line: string): string {
  if (!line.startsWith('{')) return redactPersonalData(line);
  try {
    return line.replace(JSON_STRING, maskToken);
  } catch {
    // A string token that does not decode (not pino's JSON): mask the text as it is.
    return redactPersonalData(line);
  }
}

/** The buffered destinations of this process, written out at exit (pino registers no exit flush for sync ones). */
const buffered = new Set<ReturnType<typeof pino.destination>>();
let flushAtExit = false;

function bufferedDestination(dest: string | number): ReturnType<typeof pino.destination> {
  const d = pino.destination({ dest, sync: true, minLength: 4096, periodicFlush: 1000 });
  buffered.add(d);
  if (!flushAtExit) {
    flushAtExit = true;
    process.once('exit', () => {
      for (const b of buffered) {
        try {
          b.flushSync();
        } catch {
          // a closed descriptor: nothing left to write
        }
      }
    });
  }
  return d;
}

/** pino options for Fastify's `logger` setting. */
export function loggerOptions(settings: LogSettings) {
  return {
    level: settings.level,
    // Lines are gathered up to 4 KiB (or one second) and written together; what is left is
    // flushed when the process exits, process.exit included (decision 168). pino's default made
    // one system call a line.
    stream: settings.stream ?? bufferedDestination(settings.file ?? 1),
    hooks: { streamWrite: redactLogLine },
  };
}

/** The methods that only read: a successful answer to them gets no line unless the access log is `all`. */
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The access log: one line per request at `info`, written when the answer has gone (method, URL,
 * status, milliseconds, the request id as `reqId`), in place of Fastify's two lines (issue 7 point
 * 13). The URL is masked by the hook above like every other string. Errors keep their own line.
 * With `writes` (the default, decision 239) a read answered under 400 writes no line: the metrics
 * count it, and every write, refusal and failure is still logged.
 */
export function registerRequestLog(app: FastifyInstance, mode: AccessLog = 'writes'): void {
  app.addHook('onResponse', (request, reply, done) => {
    if (mode === 'all' || reply.statusCode >= 400 || !READS.has(request.method))
      request.log.info(
        { method: request.method, url: request.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10 },
        'request',
      );
    done();
  });
}
