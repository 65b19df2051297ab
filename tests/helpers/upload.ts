/** Multipart uploads and job polling for import tests. */
import type { App } from '../../src/http/app.js';
import type { Runtime } from '../../src/runtime.js';
import type { SessionHeaders } from './session.js';

/** Builds a multipart/form-data body with one file field named "file". */
export function multipart(fileName: string, bytes: Buffer, type = 'application/octet-stream'): { body: Buffer; contentType: string } {
  const boundary = `----wugong${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`,
    'utf8',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8');
  return { body: Buffer.concat([head, bytes, tail]), contentType: `multipart/form-data; boundary=${boundary}` };
}

export interface JobJson {
  id: string;
  status: string;
  total: number;
  processed: number;
  created: number;
  unchanged: number;
  updated: number;
  conflicts: number;
  errors: number;
  hasReport: boolean;
  errorMessage: string | null;
}

/** Uploads a file for import and waits for the job to finish; returns the finished job. */
export async function importVia(
  app: App,
  rt: Runtime,
  headers: SessionHeaders,
  entity: string,
  fileName: string,
  bytes: Buffer,
  mode: 'insert' | 'update' = 'insert',
): Promise<JobJson> {
  const { body, contentType } = multipart(fileName, bytes);
  const res = await app.inject({
    method: 'POST',
    url: `/api/v1/imports/${entity}?mode=${mode}`,
    headers: { ...headers, 'content-type': contentType },
    payload: body,
  });
  if (res.statusCode !== 202) throw new Error(`upload refused: ${res.statusCode} ${res.body}`);
  const job: JobJson = res.json();
  await rt.services.imports.settled(job.id);
  const done = await app.inject({ method: 'GET', url: `/api/v1/imports/${job.id}`, headers });
  return done.json();
}
