/** Divisions, priority checks and priority designations. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Services } from '../../modules/services.js';
import { designationKinds, divisionLevels, MAX_NAME_CODES } from '../../modules/regions/index.js';
import { requireActor } from '../plugins/auth.js';
import { unwrap } from '../problem.js';
import { DateString, IdParams, Paged, PageQuery, problemResponses } from '../schemas/common.js';

const CodePattern = '^[0-9]{2}([0-9]{2}([0-9]{2}([0-9]{3})?)?)?$';
const Nullable = <T extends import('typebox').TSchema>(t: T) => Type.Union([t, Type.Null()]);

const DivisionSchema = Type.Object({
  code: Type.String(),
  name: Type.String(),
  level: Type.Union(divisionLevels.map((l) => Type.Literal(l))),
  parentCode: Nullable(Type.String()),
  pinyin: Type.String(),
  initials: Type.String(),
});
const KindSchema = Type.Union(designationKinds.map((k) => Type.Literal(k)));
const ReasonSchema = Type.Object({
  id: Type.String(),
  kind: KindSchema,
  code: Type.String(),
  name: Type.String(),
  validFrom: Type.String(),
  validTo: Nullable(Type.String()),
  source: Type.String(),
});
const PrioritySchema = Type.Object({
  code: Type.String(),
  date: Type.String(),
  priority: Type.Boolean(),
  reasons: Type.Array(ReasonSchema),
});
const DesignationSchema = Type.Object({
  id: Type.String(),
  kind: KindSchema,
  code: Type.String(),
  name: Type.String(),
  validFrom: Type.String(),
  validTo: Nullable(Type.String()),
  source: Type.String(),
  createdAt: Type.String(),
  createdBy: Nullable(Type.String()),
  closedAt: Nullable(Type.String()),
  closedBy: Nullable(Type.String()),
  closeReason: Nullable(Type.String()),
});
const CodeParams = Type.Object({ code: Type.String({ pattern: CodePattern }) });
const DateQuery = Type.Object({ date: Type.Optional(DateString) });

export function regionRoutes(services: Services): FastifyPluginAsyncTypebox {
  const regions = services.regions;
  return async (app) => {
    app.get(
      '/regions',
      {
        schema: {
          tags: ['regions'],
          summary: 'Search divisions by code, name, pinyin or initials / 查询行政区划',
          querystring: Type.Intersect([
            PageQuery,
            Type.Object({
              q: Type.Optional(
                Type.String({ maxLength: 50, description: 'digits: code prefix; letters: pinyin or initials prefix; else name substring' }),
              ),
              level: Type.Optional(Type.Union(divisionLevels.map((l) => Type.Literal(l)))),
              parent: Type.Optional(Type.String({ pattern: '^[0-9]{0,6}$' })),
            }),
          ]),
          response: { 200: Paged(DivisionSchema), ...problemResponses },
        },
      },
      async (request) => {
        const { page, pageSize, q, level, parent } = request.query;
        const r = unwrap(await regions.search(requireActor(request), { q, level, parent }, page, pageSize));
        return { ...r, page, pageSize };
      },
    );

    app.get(
      '/regions/names',
      {
        schema: {
          tags: ['regions'],
          summary: 'Names of many divisions with their ancestors, for labels / 批量查询行政区划名称',
          querystring: Type.Object({
            codes: Type.String({
              pattern: `^${CodePattern.slice(1, -1)}(,${CodePattern.slice(1, -1)}){0,${MAX_NAME_CODES - 1}}$`,
              description: `Division codes separated by commas, at most ${MAX_NAME_CODES}; unknown codes are left out`,
            }),
          }),
          response: {
            200: Type.Object({
              items: Type.Array(
                Type.Object({
                  code: Type.String(),
                  level: Type.Union(divisionLevels.map((l) => Type.Literal(l))),
                  names: Type.Array(Type.String(), { description: 'province first, the division last' }),
                }),
              ),
            }),
            ...problemResponses,
          },
        },
      },
      async (request) => unwrap(await regions.names(requireActor(request), request.query.codes.split(','))),
    );

    app.get(
      '/regions/:code',
      {
        schema: {
          tags: ['regions'],
          summary: 'A division with its ancestors, children and priority / 行政区划详情',
          params: CodeParams,
          querystring: DateQuery,
          response: {
            200: Type.Object({
              division: DivisionSchema,
              ancestors: Type.Array(DivisionSchema),
              children: Type.Array(DivisionSchema),
              priority: Type.Object({ date: Type.String(), priority: Type.Boolean(), reasons: Type.Array(ReasonSchema) }),
            }),
            ...problemResponses,
          },
        },
      },
      async (request) => unwrap(await regions.get(requireActor(request), request.params.code, request.query.date)),
    );

    app.get(
      '/regions/:code/priority',
      {
        schema: {
          tags: ['regions'],
          summary: 'Is the place a priority area on a date, and why / 是否重点地区',
          params: CodeParams,
          querystring: DateQuery,
          response: { 200: PrioritySchema, ...problemResponses },
        },
      },
      async (request) => unwrap(await regions.priority(requireActor(request), request.params.code, request.query.date)),
    );

    app.get(
      '/priority-designations',
      {
        schema: {
          tags: ['regions'],
          summary: 'Priority designations / 重点地区认定',
          querystring: Type.Intersect([
            PageQuery,
            Type.Object({
              code: Type.Optional(Type.String({ pattern: '^[0-9]{1,9}$', description: 'covering this code or lying under it' })),
              kind: Type.Optional(KindSchema),
              activeOn: Type.Optional(DateString),
            }),
          ]),
          response: { 200: Paged(DesignationSchema), ...problemResponses },
        },
      },
      async (request) => {
        const { page, pageSize, code, kind, activeOn } = request.query;
        const r = unwrap(await regions.listDesignations(requireActor(request), { code, kind, activeOn }, page, pageSize));
        return { ...r, page, pageSize };
      },
    );

    app.post(
      '/priority-designations',
      {
        schema: {
          tags: ['regions'],
          summary: 'Add a priority designation (administrators) / 新增重点地区认定',
          body: Type.Object({
            kind: KindSchema,
            code: Type.String({ pattern: CodePattern }),
            name: Type.String({ minLength: 1, maxLength: 200 }),
            validFrom: DateString,
            source: Type.String({ minLength: 1, maxLength: 2000 }),
          }),
          response: { 200: DesignationSchema, ...problemResponses },
        },
      },
      async (request) => unwrap(await regions.addDesignation(requireActor(request), request.body)),
    );

    app.post(
      '/priority-designations/:id/close',
      {
        schema: {
          tags: ['regions'],
          summary: 'Close a priority designation (administrators) / 结束重点地区认定',
          params: IdParams,
          body: Type.Object({ validTo: DateString, reason: Type.String({ minLength: 1, maxLength: 2000 }) }),
          response: { 200: DesignationSchema, ...problemResponses },
        },
      },
      async (request) => unwrap(await regions.closeDesignation(requireActor(request), request.params.id, request.body)),
    );
  };
}
