/** Classification catalogues: GB/T 4754-2017 industries and the 2022 occupation classification. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Services } from '../../modules/services.js';
import { industryLevels, occupationLevels } from '../../modules/catalog/index.js';
import { requireActor } from '../plugins/auth.js';
import { unwrap } from '../problem.js';
import { PageQuery, Paged, problemResponses } from '../schemas/common.js';

const NullableString = Type.Union([Type.String(), Type.Null()]);

export const IndustrySchema = Type.Object(
  {
    code: Type.String(),
    level: Type.Union(industryLevels.map((l) => Type.Literal(l))),
    parent: NullableString,
    name: Type.String(),
    prioritySector: Type.Boolean({ description: 'O61-1.1 targeted-support sector' }),
  },
  { $id: 'Industry' },
);

export const OccupationSchema = Type.Object(
  {
    code: Type.String(),
    level: Type.Union(occupationLevels.map((l) => Type.Literal(l))),
    parent: NullableString,
    name: Type.String(),
    isDigital: Type.Boolean(),
    isGreen: Type.Boolean(),
  },
  { $id: 'Occupation' },
);

const SearchText = Type.Optional(Type.String({ maxLength: 50, description: 'code prefix or part of the name / 代码前缀或名称关键字' }));

export function catalogRoutes(services: Services): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/industries',
      {
        schema: {
          tags: ['catalog'],
          summary: 'Search industries (GB/T 4754-2017) / 国民经济行业分类',
          querystring: Type.Intersect([
            PageQuery,
            Type.Object({ q: SearchText, level: Type.Optional(Type.Union(industryLevels.map((l) => Type.Literal(l)))) }),
          ]),
          response: { 200: Paged(Type.Ref('Industry')), ...problemResponses },
        },
      },
      async (request) => {
        const { page, pageSize, q, level } = request.query;
        const r = unwrap(await services.catalog.industries(requireActor(request), { q, level, page, pageSize }));
        return { ...r, page, pageSize };
      },
    );
    app.get(
      '/occupations',
      {
        schema: {
          tags: ['catalog'],
          summary: 'Search occupations (2022 classification) / 职业分类大典',
          querystring: Type.Intersect([
            PageQuery,
            Type.Object({ q: SearchText, level: Type.Optional(Type.Union(occupationLevels.map((l) => Type.Literal(l)))) }),
          ]),
          response: { 200: Paged(Type.Ref('Occupation')), ...problemResponses },
        },
      },
      async (request) => {
        const { page, pageSize, q, level } = request.query;
        const r = unwrap(await services.catalog.occupations(requireActor(request), { q, level, page, pageSize }));
        return { ...r, page, pageSize };
      },
    );
  };
}
