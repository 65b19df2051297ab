/**
 * RFC 9457 problem details: the one shape of every error the API returns.
 */
import { messageFor, statusFor, type ErrorCode } from '../core/errors.js';
import { RefusalError, type FieldError, type Refusal, type Result } from '../core/result.js';

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  message: { zh: string; en: string };
  errors?: FieldError[];
  instance?: string;
}

export function problemFromRefusal(reason: Refusal, instance?: string): Problem {
  const status = statusFor(reason.code);
  const base = messageFor(reason.code);
  return {
    type: `https://wugong.example/problems/${reason.code}`,
    title: base.en,
    status,
    code: reason.code,
    detail: reason.message.en,
    message: reason.message,
    ...(reason.errors ? { errors: reason.errors } : {}),
    ...(instance ? { instance } : {}),
  };
}

export function problem(code: ErrorCode, extra?: { errors?: FieldError[]; instance?: string }): Problem {
  return problemFromRefusal({ code, message: messageFor(code), ...(extra?.errors ? { errors: extra.errors } : {}) }, extra?.instance);
}

/** Returns the value of a successful result, or throws its refusal for the one error handler. */
export function unwrap<T>(r: Result<T>): T {
  if (r.ok) return r.value;
  throw new RefusalError(r.reason);
}

/** Throws a refusal with a catalogue code. */
export function fail(code: ErrorCode, extra?: { zh?: string; en?: string; errors?: FieldError[] }): never {
  const base = messageFor(code);
  throw new RefusalError({
    code,
    message: { zh: extra?.zh ?? base.zh, en: extra?.en ?? base.en },
    ...(extra?.errors ? { errors: extra.errors } : {}),
  });
}
