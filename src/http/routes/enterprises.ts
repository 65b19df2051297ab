/**
 * The enterprise registry (用人单位): search, register, edit, malicious-arrears flag, reveal, history;
 * and the employer portal (/employer/…): the account's own enterprise, its people, its contacts.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Services } from '../../modules/services.js';
import { requireActor } from '../plugins/auth.js';
import { unwrap } from '../problem.js';
import { IdParams, PageQuery, Paged, problemResponses, Version } from '../schemas/common.js';
import {
  ArrearsFlagBody,
  ArrearsUnflagBody,
  EnterpriseCreateBody,
  EnterpriseListQuery,
  EnterpriseUpdateBody,
  RevealResponse,
} from '../schemas/enterprises.js';

const One = { 200: Type.Ref('Enterprise'), ...problemResponses };
const employerTags = ['employer'];

const Employee = Type.Object({
  id: Type.String(),
  name: Type.String(),
  idNumberMasked: Type.String(),
  hukouCode: Type.String(),
});

const ContactsBody = Type.Object(
  {
    version: Version(),
    contactName: Type.Union([Type.String({ maxLength: 50 }), Type.Null()]),
    contactPhone: Type.Union([Type.String({ maxLength: 30, description: 'the masked value as read keeps the phone' }), Type.Null()]),
  },
  { additionalProperties: false },
);

export function enterpriseRoutes(services: Services): FastifyPluginAsyncTypebox {
  return async (app) => {
    const e = services.enterprises;
    app.get(
      '/enterprises',
      {
        schema: {
          tags: ['enterprises'],
          summary: 'Search enterprises in my jurisdiction / 用人单位查询',
          querystring: EnterpriseListQuery,
          response: { 200: Paged(Type.Ref('Enterprise')), ...problemResponses },
        },
      },
      async (request) => {
        const { page, pageSize, ...query } = request.query;
        const r = unwrap(await e.list(requireActor(request), query, page, pageSize));
        return { ...r, page, pageSize };
      },
    );
    app.post(
      '/enterprises',
      {
        config: { idempotent: true },
        schema: { tags: ['enterprises'], summary: 'Register an enterprise / 登记用人单位', body: EnterpriseCreateBody, response: One },
      },
      async (request) => unwrap(await e.create(requireActor(request), request.body)),
    );
    app.get(
      '/enterprises/:id',
      { schema: { tags: ['enterprises'], summary: 'One enterprise / 用人单位详情', params: IdParams, response: One } },
      async (request) => unwrap(await e.get(requireActor(request), request.params.id)),
    );
    app.put(
      '/enterprises/:id',
      {
        schema: {
          tags: ['enterprises'],
          summary: 'Edit an enterprise / 修改用人单位',
          params: IdParams,
          body: EnterpriseUpdateBody,
          response: One,
        },
      },
      async (request) => unwrap(await e.update(requireActor(request), request.params.id, request.body)),
    );
    app.post(
      '/enterprises/:id/arrears',
      {
        schema: {
          tags: ['enterprises'],
          summary: 'Flag for malicious wage arrears / 标记恶意欠薪',
          params: IdParams,
          body: ArrearsFlagBody,
          response: One,
        },
      },
      async (request) => unwrap(await e.flagArrears(requireActor(request), request.params.id, request.body)),
    );
    app.delete(
      '/enterprises/:id/arrears',
      {
        schema: {
          tags: ['enterprises'],
          summary: 'Remove the malicious-arrears flag / 撤销恶意欠薪标记',
          params: IdParams,
          body: ArrearsUnflagBody,
          response: One,
        },
      },
      async (request) => unwrap(await e.unflagArrears(requireActor(request), request.params.id, request.body)),
    );
    app.post(
      '/enterprises/:id/reveal',
      {
        schema: {
          tags: ['enterprises'],
          summary: 'Show the contact phone unmasked (audited) / 查看联系电话明文',
          params: IdParams,
          response: { 200: RevealResponse, ...problemResponses },
        },
      },
      async (request) => unwrap(await e.revealContact(requireActor(request), request.params.id)),
    );
    app.get(
      '/enterprises/:id/history',
      {
        schema: {
          tags: ['enterprises'],
          summary: 'Audit history of an enterprise / 变更记录',
          params: IdParams,
          response: { 200: Type.Object({ items: Type.Array(Type.Ref('AuditEntry')) }), ...problemResponses },
        },
      },
      async (request) => ({ items: unwrap(await e.history(requireActor(request), request.params.id)) }),
    );

    app.get(
      '/employer/enterprise',
      { schema: { tags: employerTags, summary: 'My enterprise (employer account) / 本单位信息', response: One } },
      async (request) => unwrap(await e.employer.mine(requireActor(request))),
    );
    app.put(
      '/employer/enterprise/contacts',
      {
        schema: {
          tags: employerTags,
          summary: 'Update my enterprise contact person and phone (audited) / 修改本单位联系人',
          body: ContactsBody,
          response: One,
        },
      },
      async (request) => unwrap(await e.employer.updateContacts(requireActor(request), request.body)),
    );
    app.get(
      '/employer/people',
      {
        schema: {
          tags: employerTags,
          summary: 'People employed at my enterprise today / 本单位在职人员',
          querystring: Type.Object({ ...PageQuery.properties, q: Type.Optional(Type.String({ maxLength: 50 })) }),
          response: { 200: Paged(Employee), ...problemResponses },
        },
      },
      async (request) => {
        const { page, pageSize, q } = request.query;
        const r = unwrap(await e.employer.employees(requireActor(request), { name: q, page, pageSize }));
        return { ...r, page, pageSize };
      },
    );
  };
}
