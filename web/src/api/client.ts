/**
 * The one HTTP client of the staff app: same-origin fetch with the session cookie, the CSRF
 * header on unsafe methods, and problem+json turned into an `ApiError` carrying the problem.
 * A 401 on anything but the sign-in call tells the auth layer to show the login page.
 */
import type { Problem } from './types';

const BASE = '/api/v1';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

let csrfToken: string | null = null;
const unauthenticatedListeners = new Set<() => void>();

/** Remembers the CSRF token from /auth/me or the login answer (null after sign-out). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Subscribes to "the session is gone" (any 401); returns the unsubscribe function. */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

/** Narrows an unknown JSON body to a problem document. */
export function isProblem(v: unknown): v is Problem {
  if (typeof v !== 'object' || v === null) return false;
  const code: unknown = Reflect.get(v, 'code');
  const status: unknown = Reflect.get(v, 'status');
  const message: unknown = Reflect.get(v, 'message');
  return (
    typeof code === 'string' &&
    typeof status === 'number' &&
    typeof message === 'object' &&
    message !== null &&
    typeof Reflect.get(message, 'zh') === 'string' &&
    typeof Reflect.get(message, 'en') === 'string'
  );
}

/** A refused or failed call; `problem` is what the server said (or a synthesised one). */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.code);
  }
  get status(): number {
    return this.problem.status;
  }
}

function networkProblem(status: number, text: string): Problem {
  return {
    type: 'about:blank',
    title: text,
    status,
    code: status === 0 ? 'network' : 'http_error',
    detail: text,
    message: {
      zh: status === 0 ? '无法连接服务器' : `服务器错误（${status}）`,
      en: status === 0 ? 'Cannot reach the server' : `Server error (${status})`,
    },
  };
}

export type Query = Record<string, string | number | boolean | undefined | null | Array<string | number>>;

/** Builds `?a=1&b=2` from a query object, skipping empty values and repeating array keys. */
export function toQueryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const v of value) params.append(key, String(v));
    else params.append(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

interface RequestOptions {
  query?: Query;
  body?: unknown;
  form?: FormData;
  /** When false a 401 does not send the user to the login page (the login call itself). */
  redirectOn401?: boolean;
}

async function send(method: string, path: string, opts: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (!SAFE.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  let body: BodyInit | undefined;
  if (opts.form) body = opts.form;
  else if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  let res: Response;
  try {
    res = await fetch(`${BASE}${path}${toQueryString(opts.query)}`, { method, headers, body, credentials: 'same-origin' });
  } catch {
    throw new ApiError(networkProblem(0, 'network error'));
  }
  if (res.ok) return res;
  const data: unknown = await res.json().catch(() => null);
  const problem = isProblem(data) ? data : networkProblem(res.status, res.statusText);
  if (res.status === 401 && opts.redirectOn401 !== false) for (const l of unauthenticatedListeners) l();
  throw new ApiError(problem);
}

/**
 * Calls the API and returns the JSON body typed as the route's response schema. The server
 * serialises every response through its TypeBox schema, which is why the body is trusted here.
 */
export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const res = await send(method, path, opts);
  const data: T = await res.json();
  return data;
}

/** Calls the API and returns the raw body as a Blob with its file name (downloads). */
export async function requestBlob(path: string, query?: Query): Promise<{ blob: Blob; fileName: string | null }> {
  const res = await send('GET', path, { query });
  const disposition = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  const fileName = star?.[1] ? decodeURIComponent(star[1]) : (plain?.[1] ?? null);
  return { blob: await res.blob(), fileName };
}

/** Short-hands for the verbs. */
export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, { query }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body: body ?? {} }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
  upload: <T>(path: string, form: FormData) => request<T>('POST', path, { form }),
};

/** Saves a Blob as a file in the browser. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
