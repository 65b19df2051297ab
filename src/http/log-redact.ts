/**
 * The request log's pino options. Every line pino writes passes through one hook before it reaches
 * the stream: the line is parsed and every string in it — the request URL (search query strings
 * such as `?q=<ID number>`), any field of a logged object, an error's message and stack, the
 * message text, the bindings — is masked by `redactPersonalData`, so ID numbers, phones and bank
 * accounts are never written (docs/decisions/130). Numbers (time, response time) are left alone.
 */
import { redactDeep, redactPersonalData } from '../crypto/redact.js';

/** Where log lines go (a file, stdout, or a test's capture). */
export interface LogStream {
  write(line: string): void;
}

export interface LogSettings {
  level: string;
  /** Defaults to stdout. */
  stream?: LogStream | undefined;
}

/** Masks the personal numbers in one serialized log line (a JSON object and a newline). */
export function redactLogLine(line: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    // Not JSON (a custom formatter): mask the text as it is.
    return redactPersonalData(line);
  }
  return `${JSON.stringify(redactDeep(parsed))}\n`;
}

/** pino options for Fastify's `logger` setting. */
export function loggerOptions(settings: LogSettings) {
  return {
    level: settings.level,
    ...(settings.stream ? { stream: settings.stream } : {}),
    hooks: { streamWrite: redactLogLine },
  };
}
