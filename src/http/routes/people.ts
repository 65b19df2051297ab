/** The worker registry (人员登记): search, register, edit, reveal, merge, histories; a worker's own record. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Services } from '../../modules/services.js';
import { requireActor } from '../plugins/auth.js';
import { unwrap } from '../problem.js';
import { IdParams, Ok, problemResponses } from '../schemas/common.js';
import {
  ChildParams,
  EmploymentBody,
  Histories,
  InsuranceBody,
  MergeBody,
  MergeResult,
  OccupationBody,
  PersonCreateBody,
  PersonListQuery,
  PersonPage,
  PersonUpdateBody,
  RevealBody,
  RevealResult,
} from '../schemas/people.js';

const One = { 200: Type.Ref('Person'), ...problemResponses };
const Created = { 200: Type.Object({ id: Type.String() }), ...problemResponses };
const tags = ['people'];

export function peopleRoutes(services: Services): FastifyPluginAsyncTypebox {
  return async (app) => {
    const p = services.people;
    app.get(
      '/people',
      {
        schema: {
          tags,
          summary: 'Search people in my jurisdiction / 人员查询',
          querystring: PersonListQuery,
          response: { 200: PersonPage, ...problemResponses },
        },
      },
      async (request) => {
        const r = unwrap(await p.search(requireActor(request), request.query));
        return { ...r, page: request.query.page, pageSize: request.query.pageSize };
      },
    );
    app.post(
      '/people',
      { config: { idempotent: true }, schema: { tags, summary: 'Register a person / 人员登记', body: PersonCreateBody, response: One } },
      async (request) => unwrap(await p.create(requireActor(request), request.body)),
    );
    app.post(
      '/people/merge',
      {
        schema: {
          tags,
          summary: 'Merge a duplicate into a survivor / 合并重复记录',
          body: MergeBody,
          response: { 200: MergeResult, ...problemResponses },
        },
      },
      async (request) =>
        unwrap(
          await services.personMerge.merge(requireActor(request), request.body.survivorId, request.body.duplicateId, request.body.reason),
        ),
    );
    app.get(
      '/people/:id',
      { schema: { tags, summary: 'One person (masked) / 人员详情', params: IdParams, response: One } },
      async (request) => unwrap(await p.get(requireActor(request), request.params.id)),
    );
    app.put(
      '/people/:id',
      { schema: { tags, summary: 'Edit a person (with version) / 修改人员信息', params: IdParams, body: PersonUpdateBody, response: One } },
      async (request) => unwrap(await p.update(requireActor(request), request.params.id, request.body)),
    );
    app.post(
      '/people/:id/reveal',
      {
        schema: {
          tags,
          summary: 'Show one value unmasked (audited) / 查看明文',
          params: IdParams,
          body: RevealBody,
          response: { 200: RevealResult, ...problemResponses },
        },
      },
      async (request) => unwrap(await p.reveal(requireActor(request), request.params.id, request.body.field)),
    );
    app.get(
      '/people/:id/history',
      {
        schema: {
          tags,
          summary: 'Audit history of a person / 变更记录',
          params: IdParams,
          response: { 200: Type.Object({ items: Type.Array(Type.Ref('AuditEntry')) }), ...problemResponses },
        },
      },
      async (request) => ({ items: unwrap(await services.personMerge.history(requireActor(request), request.params.id)) }),
    );
    app.get(
      '/people/:id/records',
      {
        schema: {
          tags,
          summary: 'Occupations, employment and insurance history / 职业、就业与参保记录',
          params: IdParams,
          response: { 200: Histories, ...problemResponses },
        },
      },
      async (request) => unwrap(await services.personHistory.list(requireActor(request), request.params.id)),
    );
    app.post(
      '/people/:id/occupations',
      { schema: { tags, summary: 'Add an occupation / 添加职业', params: IdParams, body: OccupationBody, response: Created } },
      async (request) => unwrap(await services.personHistory.addOccupation(requireActor(request), request.params.id, request.body)),
    );
    app.post(
      '/people/:id/employment',
      { schema: { tags, summary: 'Add an employment record / 添加就业记录', params: IdParams, body: EmploymentBody, response: Created } },
      async (request) => unwrap(await services.personHistory.addEmployment(requireActor(request), request.params.id, request.body)),
    );
    app.post(
      '/people/:id/insurance',
      { schema: { tags, summary: 'Add an insurance record / 添加参保记录', params: IdParams, body: InsuranceBody, response: Created } },
      async (request) => unwrap(await services.personHistory.addInsurance(requireActor(request), request.params.id, request.body)),
    );
    app.delete(
      '/people/:id/:kind/:childId',
      { schema: { tags, summary: 'Remove a history record / 删除记录', params: ChildParams, response: { 200: Ok, ...problemResponses } } },
      async (request) =>
        unwrap(await services.personHistory.remove(requireActor(request), request.params.id, request.params.kind, request.params.childId)),
    );
    app.get('/me/person', { schema: { tags, summary: 'My own record (unmasked) / 我的信息', response: One } }, async (request) =>
      unwrap(await p.self(requireActor(request))),
    );
    app.get(
      '/me/person/records',
      {
        schema: { tags, summary: 'My occupations, employment and insurance / 我的记录', response: { 200: Histories, ...problemResponses } },
      },
      async (request) => {
        const actor = requireActor(request);
        return unwrap(await services.personHistory.list(actor, actor.personId ?? ''));
      },
    );
  };
}
