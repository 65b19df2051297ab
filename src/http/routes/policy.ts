/** The policy catalogue, decisions, parameters, clauses, what-if and a worker's entitlements. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Services } from '../../modules/services.js';
import { CLAUSES } from '../../policy/index.js';
import { businessDate } from '../../core/clock.js';
import { requirePermission, requireWorkerPerson } from '../plugins/auth.js';
import { unwrap } from '../problem.js';
import { IdParams, PageQuery, Paged, problemResponses } from '../schemas/common.js';
import {
  CatalogueProgramSchema,
  ClauseSchema,
  DecisionSchema,
  EntitlementSchema,
  FactsSchema,
  ParameterBody,
  ParameterSchema,
  PersonFactsSchema,
  ProgramDetailSchema,
  WhatIfBody,
  WhatIfSchema,
} from '../schemas/policy.js';

const tags = ['policy'];
const DateQuery = Type.Object({ asOf: Type.Optional(Type.String({ maxLength: 10 })) });

export function policyRoutes(services: Services): FastifyPluginAsyncTypebox {
  return async (app) => {
    const today = () => businessDate(services.deps.clock.now());

    app.get(
      '/policy/programs',
      {
        schema: {
          tags,
          summary: 'Every program in words / 政策项目目录',
          response: { 200: Type.Object({ items: Type.Array(CatalogueProgramSchema) }), ...problemResponses },
        },
      },
      async (request) => {
        requirePermission(request, 'policy.read');
        return { items: services.policy.catalogue() };
      },
    );

    app.get(
      '/policy/programs/:id',
      {
        schema: {
          tags,
          summary: 'One program with parameter values per region / 政策项目详情',
          params: IdParams,
          querystring: DateQuery,
          response: { 200: ProgramDetailSchema, ...problemResponses },
        },
      },
      async (request) => {
        requirePermission(request, 'policy.read');
        return unwrap(await services.policy.program(request.params.id, request.query.asOf ?? today()));
      },
    );

    app.post(
      '/policy/evaluate',
      {
        schema: {
          tags,
          summary: 'Decide one program for given facts, with the full explanation / 政策试算',
          body: Type.Object({ programId: Type.String({ maxLength: 64 }), asOf: Type.String({ maxLength: 10 }), facts: FactsSchema }),
          response: { 200: DecisionSchema, 422: Type.Ref('Problem'), ...problemResponses },
        },
      },
      async (request) => {
        requirePermission(request, 'policy.read');
        const { programId, asOf, facts } = request.body;
        return unwrap(await services.policy.decide(programId, facts, asOf));
      },
    );

    app.get(
      '/policy/parameters',
      {
        schema: {
          tags,
          summary: 'Parameter history (seed and recorded) / 政策参数记录',
          querystring: Type.Intersect([
            PageQuery,
            Type.Object({ key: Type.Optional(Type.String({ maxLength: 80 })), region: Type.Optional(Type.String({ maxLength: 6 })) }),
          ]),
          response: { 200: Paged(ParameterSchema), ...problemResponses },
        },
      },
      async (request) => {
        requirePermission(request, 'policy.read');
        const { page, pageSize, key, region } = request.query;
        const all = await services.policy.listParameters({ key, region });
        return { items: all.slice((page - 1) * pageSize, page * pageSize), total: all.length, page, pageSize };
      },
    );

    app.post(
      '/policy/parameters',
      {
        schema: {
          tags,
          summary: 'Record a dated value with its source (never overwrites) / 录入政策参数',
          body: ParameterBody,
          response: { 200: ParameterSchema, ...problemResponses },
        },
      },
      async (request) => unwrap(await services.policy.addParameter(requirePermission(request, 'policy.admin'), request.body)),
    );

    app.get(
      '/policy/people/:id/facts',
      {
        schema: {
          tags,
          summary: "A registered person's facts on a date, for trying a decision / 调取登记人员的事实",
          params: IdParams,
          querystring: DateQuery,
          response: { 200: PersonFactsSchema, ...problemResponses },
        },
      },
      async (request) =>
        unwrap(
          await services.policy.registryFacts(requirePermission(request, 'policy.read'), request.params.id, request.query.asOf ?? today()),
        ),
    );

    app.get(
      '/policy/clauses',
      {
        schema: {
          tags,
          summary: 'The clauses programs cite / 政策条款',
          response: { 200: Type.Object({ items: Type.Array(ClauseSchema) }), ...problemResponses },
        },
      },
      async (request) => {
        requirePermission(request, 'policy.read');
        return { items: CLAUSES.map((c) => ({ ...c })) };
      },
    );

    app.post(
      '/policy/what-if',
      {
        schema: {
          tags,
          summary: 'Effect of changed parameters on the registry in my jurisdiction / 政策测算',
          body: WhatIfBody,
          response: { 200: WhatIfSchema, ...problemResponses },
        },
      },
      async (request) => unwrap(await services.policy.whatIf(requirePermission(request, 'policy.read'), request.body)),
    );

    app.get(
      '/me/entitlements',
      {
        schema: {
          tags,
          summary: 'What I am entitled to, from my registry record / 我可以享受的政策',
          querystring: DateQuery,
          response: { 200: Type.Object({ asOf: Type.String(), items: Type.Array(EntitlementSchema) }), ...problemResponses },
        },
      },
      async (request) => {
        const personId = requireWorkerPerson(request);
        const asOf = request.query.asOf ?? today();
        return { asOf, items: unwrap(await services.policy.entitlements(personId, asOf)) };
      },
    );
  };
}
