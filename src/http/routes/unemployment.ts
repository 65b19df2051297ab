/** The unemployment register (失业登记, O61-3.2): staff routes and the worker's own. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Services } from '../../modules/services.js';
import { requireActor } from '../plugins/auth.js';
import { unwrap } from '../problem.js';
import { IdParams, PageQuery, Paged, problemResponses } from '../schemas/common.js';
import {
  DeregisterBody,
  EmployedBody,
  RegisterBody,
  RegistrationSchema,
  SelfRegisterBody,
  StepBody,
  TransferBody,
} from '../schemas/unemployment.js';

const tags = ['unemployment'];
const responses = { ...problemResponses, 422: Type.Ref('Problem') };
const Registration = { 200: RegistrationSchema, ...responses };

export function unemploymentRoutes(services: Services): FastifyPluginAsyncTypebox {
  const register = services.unemployment;
  return async (app) => {
    app.post(
      '/unemployment/registrations',
      {
        schema: {
          tags,
          summary: 'Register a person as unemployed at one of their four places / 办理失业登记',
          body: RegisterBody,
          response: { 201: RegistrationSchema, ...responses },
        },
      },
      async (request, reply) => reply.status(201).send(unwrap(await register.register(requireActor(request), request.body))),
    );

    app.get(
      '/unemployment/registrations',
      {
        schema: {
          tags,
          summary: 'Registrations of my jurisdiction / 失业登记列表',
          querystring: Type.Object({ ...PageQuery.properties, status: Type.Optional(Type.String({ maxLength: 40 })) }),
          response: { 200: Paged(RegistrationSchema), ...responses },
        },
      },
      async (request) => {
        const { page, pageSize, status } = request.query;
        const r = unwrap(await register.list(requireActor(request), { page, pageSize, status }));
        return { ...r, page, pageSize };
      },
    );

    app.get(
      '/unemployment/registrations/:id',
      { schema: { tags, summary: 'One registration with its history / 失业登记详情', params: IdParams, response: Registration } },
      async (request) => unwrap(await register.get(requireActor(request), request.params.id)),
    );

    app.post(
      '/unemployment/registrations/:id/services',
      { schema: { tags, summary: 'Start services / 开始提供就业服务', params: IdParams, body: StepBody, response: Registration } },
      async (request) => unwrap(await register.startServices(requireActor(request), request.params.id, request.body)),
    );

    app.post(
      '/unemployment/registrations/:id/transfer',
      {
        schema: {
          tags,
          summary: 'Transfer to another of the four places / 转移登记地',
          params: IdParams,
          body: TransferBody,
          response: Registration,
        },
      },
      async (request) => unwrap(await register.transfer(requireActor(request), request.params.id, request.body)),
    );

    app.post(
      '/unemployment/registrations/:id/employed',
      { schema: { tags, summary: 'Close as employed / 登记为已就业', params: IdParams, body: EmployedBody, response: Registration } },
      async (request) => unwrap(await register.markEmployed(requireActor(request), request.params.id, request.body)),
    );

    app.post(
      '/unemployment/registrations/:id/deregister',
      {
        schema: {
          tags,
          summary: 'Deregister with a reason / 注销失业登记',
          params: IdParams,
          body: DeregisterBody,
          response: Registration,
        },
      },
      async (request) => unwrap(await register.deregister(requireActor(request), request.params.id, request.body)),
    );

    app.get(
      '/me/unemployment-registrations',
      {
        schema: {
          tags,
          summary: "The signed-in worker's registrations / 我的失业登记",
          response: { 200: Type.Object({ items: Type.Array(RegistrationSchema) }), ...responses },
        },
      },
      async (request) => ({ items: unwrap(await register.mine(requireActor(request))) }),
    );

    app.post(
      '/me/unemployment-registrations',
      {
        schema: {
          tags,
          summary: 'Register myself as unemployed from the phone / 本人办理失业登记',
          body: SelfRegisterBody,
          response: { 201: RegistrationSchema, ...responses },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const r = await register.register(actor, { personId: actor.personId ?? '', ...request.body });
        return reply.status(201).send(unwrap(r));
      },
    );
  };
}
