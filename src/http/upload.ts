/**
 * Reading the one file of a multipart upload, the same way on every route that takes one (claim and
 * complaint evidence, a bank's result file, a list of affected workers): refused as problem+json
 * when the request is not multipart (415), holds no file (422) or is larger than allowed (413).
 */
import type { FastifyRequest } from 'fastify';
import { fail } from './problem.js';

export interface Upload {
  /** The file name the client gave. */
  name: string;
  data: Buffer;
  /** The other form fields sent with the file. */
  fields: Record<string, unknown>;
}

export interface UploadRules {
  maxBytes: number;
  /** What the route takes, for the 415 message: "an .xlsx file"; default "a file". */
  expects?: { zh: string; en: string };
  /** The 413 message; default the generic one. */
  tooLarge?: { zh: string; en: string };
}

export async function readUpload(request: FastifyRequest, rules: UploadRules): Promise<Upload> {
  const expects = rules.expects ?? { zh: '文件', en: 'the file' };
  if (!request.isMultipart())
    fail('unsupported_media_type', { zh: `请以 multipart/form-data 上传${expects.zh}`, en: `Upload ${expects.en} as multipart/form-data` });
  const file = await request.file({ limits: { fileSize: rules.maxBytes, files: 1 } });
  if (!file) fail('validation_failed', { zh: '没有上传文件', en: 'No file was uploaded' });
  const data = await file.toBuffer().catch(() => null);
  if (data === null || file.file.truncated) fail('payload_too_large', rules.tooLarge);
  return { name: file.filename, data, fields: file.fields as Record<string, unknown> };
}
