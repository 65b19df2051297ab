/**
 * Expected refusals are values, not exceptions (rules of the house, 4).
 * A refusal carries a stable code; the HTTP layer maps it to problem+json.
 */
import { messageFor, type ErrorCode } from './errors.js';

export interface FieldError {
  path: string;
  code: string;
  message: { zh: string; en: string };
}

export interface Refusal {
  code: ErrorCode;
  /** Extra detail in both languages; defaults to the catalogue message. */
  message: { zh: string; en: string };
  errors?: FieldError[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; reason: Refusal };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** Builds a refusal from the catalogue, optionally with a more specific message and field errors. */
export function refuse(code: ErrorCode, extra?: { zh?: string; en?: string; errors?: FieldError[] }): { ok: false; reason: Refusal } {
  const base = messageFor(code);
  const message = { zh: extra?.zh ?? base.zh, en: extra?.en ?? base.en };
  const reason: Refusal = extra?.errors ? { code, message, errors: extra.errors } : { code, message };
  return { ok: false, reason };
}

/** A field error with its code's catalogue message unless one is given. */
export function fieldError(path: string, code: ErrorCode, message?: { zh: string; en: string }): FieldError {
  return { path, code, message: message ?? messageFor(code) };
}

/** Thrown only to abort a transaction with an expected refusal; services catch it and return the refusal. */
export class RefusalError extends Error {
  constructor(readonly reason: Refusal) {
    super(reason.code);
  }
}

/**
 * Runs work that may abort its transaction with a RefusalError and hands the refusal back as a value
 * (the one place where services turn that abort into `{ ok: false }`); anything else is rethrown.
 */
export async function catchRefusal<T>(work: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await work());
  } catch (err) {
    if (err instanceof RefusalError) return { ok: false, reason: err.reason };
    throw err;
  }
}
