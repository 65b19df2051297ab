/** Job fairs (招聘会, issue 9 point 7): public listing, management by the organising office, employers, workers. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Services } from '../../modules/services.js';
import { requireActor } from '../plugins/auth.js';
import { unwrap } from '../problem.js';
import { IdParams, problemResponses } from '../schemas/common.js';
import { ApplicationSchema } from '../schemas/jobs.js';
import {
  ApproveBody,
  CheckInBody,
  CountsSchema,
  DoorBody,
  FairApplyBody,
  FairBody,
  FairDetailSchema,
  FairEmployerSchema,
  FairEnterpriseParams,
  FairSchema,
  InviteBody,
  PostingsBody,
  RegistrationSchema,
} from '../schemas/fairs.js';

const tags = ['fairs'];
const responses = { ...problemResponses, 422: Type.Ref('Problem') };
const Employers = { 200: Type.Object({ items: Type.Array(FairEmployerSchema) }), ...responses };

export function fairsRoutes(services: Services): FastifyPluginAsyncTypebox {
  const { fairs, attend } = services.fairs;
  return async (app) => {
    app.get(
      '/fairs',
      {
        schema: {
          tags,
          summary: 'Fairs: staff all (public events), workers upcoming, employers upcoming and their own / 招聘会列表',
          response: { 200: Type.Object({ items: Type.Array(FairSchema) }), ...responses },
        },
      },
      async (request) => ({ items: unwrap(await fairs.list(requireActor(request))) }),
    );

    app.post(
      '/fairs',
      { schema: { tags, summary: 'Organise a fair / 举办招聘会', body: FairBody, response: { 201: FairSchema, ...responses } } },
      async (request, reply) => reply.status(201).send(unwrap(await fairs.create(requireActor(request), request.body))),
    );

    app.get(
      '/fairs/:id',
      {
        schema: {
          tags,
          summary: 'One fair with its employers and postings (a worker opening a running online fair counts as a visitor) / 招聘会详情',
          params: IdParams,
          response: { 200: FairDetailSchema, ...responses },
        },
      },
      async (request) => unwrap(await fairs.detail(requireActor(request), request.params.id)),
    );

    app.get(
      '/fairs/:id/counts',
      { schema: { tags, summary: "A fair's counts / 招聘会统计", params: IdParams, response: { 200: CountsSchema, ...responses } } },
      async (request) => unwrap(await fairs.counts(requireActor(request), request.params.id)),
    );

    app.post(
      '/fairs/:id/employers',
      { schema: { tags, summary: 'Invite an employer / 邀请用人单位参会', params: IdParams, body: InviteBody, response: Employers } },
      async (request) => ({
        items: unwrap(await fairs.invite(requireActor(request), request.params.id, request.body.enterpriseId, request.body.booth ?? null)),
      }),
    );

    app.post(
      '/fairs/:id/employers/:enterpriseId/approve',
      {
        schema: {
          tags,
          summary: "Approve an employer's application, with its booth / 批准单位参会",
          params: FairEnterpriseParams,
          body: ApproveBody,
          response: Employers,
        },
      },
      async (request) => ({
        items: unwrap(
          await fairs.approve(requireActor(request), request.params.id, request.params.enterpriseId, request.body.booth ?? null),
        ),
      }),
    );

    app.post(
      '/fairs/:id/join',
      { schema: { tags, summary: 'The employer applies to take part / 单位申请参会', params: IdParams, response: Employers } },
      async (request) => ({ items: unwrap(await fairs.apply(requireActor(request), request.params.id)) }),
    );

    app.put(
      '/fairs/:id/postings',
      {
        schema: {
          tags,
          summary: 'The open postings the employer brings / 选择参会岗位',
          params: IdParams,
          body: PostingsBody,
          response: Employers,
        },
      },
      async (request) => ({ items: unwrap(await fairs.bring(requireActor(request), request.params.id, request.body.postingIds)) }),
    );

    app.get(
      '/fairs/:id/registrations',
      {
        schema: {
          tags,
          summary: "A fair's registrations / 报名名单",
          params: IdParams,
          response: { 200: Type.Object({ items: Type.Array(RegistrationSchema) }), ...responses },
        },
      },
      async (request) => ({ items: unwrap(await attend.registrations(requireActor(request), request.params.id)) }),
    );

    app.post(
      '/fairs/:id/registrations',
      {
        schema: {
          tags,
          summary: 'Register a worker at the door by ID number and name / 现场报名',
          params: IdParams,
          body: DoorBody,
          response: { 201: RegistrationSchema, ...responses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(unwrap(await attend.registerAtDoor(requireActor(request), request.params.id, request.body.idNumber, request.body.name))),
    );

    app.post(
      '/fairs/:id/check-in',
      {
        schema: {
          tags,
          summary: 'Check a registration code in, once / 入场签到',
          params: IdParams,
          body: CheckInBody,
          response: { 200: RegistrationSchema, ...responses },
        },
      },
      async (request) => unwrap(await attend.checkIn(requireActor(request), request.params.id, request.body.code)),
    );

    app.post(
      '/fairs/:id/register',
      {
        schema: {
          tags,
          summary: 'Register myself from the phone / 我要报名',
          params: IdParams,
          response: { 201: RegistrationSchema, ...responses },
        },
      },
      async (request, reply) => reply.status(201).send(unwrap(await attend.register(requireActor(request), request.params.id))),
    );

    app.post(
      '/fairs/:id/apply',
      {
        schema: {
          tags,
          summary: "Apply to one of the fair's postings / 投递招聘会岗位",
          params: IdParams,
          body: FairApplyBody,
          response: { 201: ApplicationSchema, ...responses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(unwrap(await attend.apply(requireActor(request), request.params.id, request.body.postingId))),
    );

    app.get(
      '/me/fair-registrations',
      {
        schema: {
          tags,
          summary: "The signed-in worker's registrations with codes / 我的招聘会报名",
          response: { 200: Type.Object({ items: Type.Array(RegistrationSchema) }), ...responses },
        },
      },
      async (request) => ({ items: unwrap(await attend.mine(requireActor(request))) }),
    );
  };
}
