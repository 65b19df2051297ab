/**
 * The one error handler: refusals, validation failures and framework errors become problem+json;
 * 5xx never shows internals.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { RefusalError, type FieldError } from '../../core/result.js';
import { problem, problemFromRefusal, type Problem } from '../problem.js';

const keywordZh: Record<string, string> = {
  required: '缺少必填项',
  type: '类型不正确',
  format: '格式不正确',
  pattern: '格式不正确',
  minLength: '太短',
  maxLength: '太长',
  minimum: '太小',
  maximum: '太大',
  enum: '不是允许的取值',
  additionalProperties: '不允许的字段',
  anyOf: '格式不正确',
  const: '不是允许的取值',
  minItems: '项目太少',
  maxItems: '项目太多',
};

interface AjvIssue {
  instancePath?: string;
  keyword?: string;
  message?: string;
  params?: Record<string, unknown>;
}

function validationErrors(err: FastifyError): FieldError[] {
  const issues: AjvIssue[] = Array.isArray(err.validation) ? err.validation : [];
  const where = err.validationContext ?? 'body';
  return issues.map((i) => {
    const missing = i.keyword === 'required' && typeof i.params?.missingProperty === 'string' ? `/${i.params.missingProperty}` : '';
    const path = `${where}${i.instancePath ?? ''}${missing}`.replace(/\//g, '.');
    const keyword = i.keyword ?? 'invalid';
    return { path, code: keyword, message: { zh: keywordZh[keyword] ?? '数据不正确', en: i.message ?? 'invalid' } };
  });
}

function send(reply: import('fastify').FastifyReply, p: Problem): void {
  void reply.status(p.status).type('application/problem+json; charset=utf-8').send(p);
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const instance = request.url.split('?')[0];
    if (err instanceof RefusalError) return send(reply, problemFromRefusal(err.reason, instance));
    if (err.validation) return send(reply, problem('validation_failed', { errors: validationErrors(err), instance }));
    const status = err.statusCode ?? 500;
    if (status === 429) return send(reply, problem('rate_limited', { instance }));
    if (status === 413 || err.code === 'FST_REQ_FILE_TOO_LARGE') return send(reply, problem('payload_too_large', { instance }));
    if (status === 415) return send(reply, problem('unsupported_media_type', { instance }));
    if (status >= 400 && status < 500) {
      return send(reply, { ...problem('bad_request', { instance }), status, detail: err.message });
    }
    request.log.error({ err }, 'unhandled error');
    return send(reply, problem('internal', { instance }));
  });
}
