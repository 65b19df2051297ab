/**
 * The input guard: one check at the edge for every request, before schema validation. A string or
 * object key holding a character no text field may hold (src/core/text.ts: NUL, a lone surrogate,
 * a bidirectional override or isolate) gets a 400 problem+json `text_invalid_character` naming each
 * offending field, its character and position (decision 115). Before this guard a NUL was a 500 on
 * PostgreSQL and stored as is on SQLite.
 *
 * Checked: every string and object key of the parsed body (any content type), the query string and
 * the path parameters of every route, and the file name and fields of a multipart upload when the
 * handler reads it.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type {} from '@fastify/multipart';
import type { FieldError } from '../../core/result.js';
import { escapeInvalidCharacters, findInvalidCharacter, invalidCharacterMessage, type InvalidCharacter } from '../../core/text.js';
import { fail } from '../problem.js';

/** Errors listed per request at most (a body full of NULs needs no thousand-line answer). */
const MAX_ERRORS = 20;

function fieldError(path: string, found: InvalidCharacter, inKey: boolean): FieldError {
  return { path, code: 'text_invalid_character', message: invalidCharacterMessage(found, inKey) };
}

/** Every refused string or key in a parsed value, in document order, with its dot-separated path under `root`. */
export function scanValue(value: unknown, root: string, limit = MAX_ERRORS): FieldError[] {
  const errors: FieldError[] = [];
  // Iterative, so a deeply nested body cannot overflow the stack; children are pushed in reverse
  // so they come off in document order, each key checked just before its value.
  const stack: Array<{ v: unknown; path: string; key?: string }> = [{ v: value, path: root }];
  for (let item = stack.pop(); item && errors.length < limit; item = stack.pop()) {
    const { v, path, key } = item;
    const inKey = key === undefined ? null : findInvalidCharacter(key);
    if (inKey) errors.push(fieldError(path, inKey, true));
    if (typeof v === 'string') {
      const found = findInvalidCharacter(v);
      if (found) errors.push(fieldError(path, found, false));
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: `${path}.${i}` });
    } else if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) {
        const entry = entries[i];
        if (entry) stack.push({ v: entry[1], path: `${path}.${escapeInvalidCharacters(entry[0])}`, key: entry[0] });
      }
    }
  }
  return errors.slice(0, limit);
}

function refuseIfAny(errors: FieldError[]): void {
  if (errors.length) fail('text_invalid_character', { errors: errors.slice(0, MAX_ERRORS) });
}

/** Multipart parts are read by the handler; the file name and fields are checked when it asks for the file. */
function guardMultipart(request: FastifyRequest): void {
  const original = request.file.bind(request);
  request.file = async (options) => {
    const file = await original(options);
    if (!file) return file;
    const fields: Record<string, unknown> = {};
    for (const [name, part] of Object.entries(file.fields)) {
      const one = Array.isArray(part) ? part[0] : part;
      if (one && one.type === 'field') fields[name] = one.value;
    }
    const errors = [...scanValue(file.filename, 'file.filename'), ...scanValue(fields, 'fields')];
    if (errors.length) file.file.resume();
    refuseIfAny(errors);
    return file;
  };
}

/** Registers the guard on every route registered after it (register it before the routes). */
export function registerInputGuard(app: FastifyInstance): void {
  // A synchronous hook: a request with nothing to scan (a bare GET) costs no promise.
  app.addHook('preValidation', (request, _reply, done) => {
    try {
      const errors = [...scanPart(request.params, 'params'), ...scanPart(request.query, 'query'), ...scanPart(request.body, 'body')];
      refuseIfAny(errors);
      if (typeof request.isMultipart === 'function' && request.isMultipart()) guardMultipart(request);
    } catch (err) {
      done(err as Error);
      return;
    }
    done();
  });
}

const NOTHING: FieldError[] = [];

/** scanValue, skipping what holds no string (no body, an empty query or path). */
function scanPart(value: unknown, root: string): FieldError[] {
  if (value === undefined || value === null) return NOTHING;
  if (typeof value === 'object' && !Array.isArray(value)) {
    let any = false;
    for (const _ in value) {
      any = true;
      break;
    }
    if (!any) return NOTHING;
  }
  return scanValue(value, root);
}
