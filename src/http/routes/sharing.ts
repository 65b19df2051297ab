/** Labour sharing between firms (用工余缺调剂, O61-1.3): offers, requests, proposals, agreements, the worker's own consent. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Services } from '../../modules/services.js';
import { requireActor } from '../plugins/auth.js';
import { unwrap } from '../problem.js';
import { IdParams, problemResponses } from '../schemas/common.js';
import {
  AgreementBody,
  AgreementQuery,
  AgreementSchema,
  AnswerBody,
  ListingBody,
  ListingQuery,
  ListingSchema,
  ProposalSchema,
  VersionBody,
} from '../schemas/sharing.js';

const tags = ['sharing'];
const responses = { ...problemResponses, 409: Type.Ref('Problem'), 422: Type.Ref('Problem') };
const Listing = { 200: ListingSchema, ...responses };
const Agreement = { 200: AgreementSchema, ...responses };

export function sharingRoutes(services: Services): FastifyPluginAsyncTypebox {
  const { listings, agreements, consent } = services.sharing;
  return async (app) => {
    app.post(
      '/sharing/listings',
      {
        schema: {
          tags,
          summary: 'Offer surplus staff or request staff / 发布富余人员或用工需求',
          body: ListingBody,
          response: { 201: ListingSchema, ...responses },
        },
      },
      async (request, reply) => reply.status(201).send(unwrap(await listings.create(requireActor(request), request.body))),
    );

    app.get(
      '/sharing/listings',
      {
        schema: {
          tags,
          summary: 'Offers and requests of my firm or jurisdiction / 余缺信息列表',
          querystring: ListingQuery,
          response: { 200: Type.Object({ items: Type.Array(ListingSchema) }), ...responses },
        },
      },
      async (request) => ({ items: unwrap(await listings.list(requireActor(request), request.query)) }),
    );

    app.get(
      '/sharing/listings/:id',
      { schema: { tags, summary: 'One offer or request / 余缺信息详情', params: IdParams, response: Listing } },
      async (request) => unwrap(await listings.get(requireActor(request), request.params.id)),
    );

    app.post(
      '/sharing/listings/:id/close',
      { schema: { tags, summary: 'Close an offer or request / 关闭余缺信息', params: IdParams, body: VersionBody, response: Listing } },
      async (request) => unwrap(await listings.close(requireActor(request), request.params.id, request.body.version)),
    );

    app.get(
      '/sharing/proposals',
      {
        schema: {
          tags,
          summary: 'Proposed pairs of offers and requests, with reasons / 推荐对接',
          response: { 200: Type.Object({ items: Type.Array(ProposalSchema) }), ...responses },
        },
      },
      async (request) => ({ items: unwrap(await listings.proposals(requireActor(request))) }),
    );

    app.post(
      '/sharing/agreements',
      {
        schema: {
          tags,
          summary: 'Draft an agreement with workers from the lender’s staff / 起草共享用工协议',
          body: AgreementBody,
          response: { 201: AgreementSchema, ...responses },
        },
      },
      async (request, reply) => reply.status(201).send(unwrap(await agreements.create(requireActor(request), request.body))),
    );

    app.get(
      '/sharing/agreements',
      {
        schema: {
          tags,
          summary: 'Agreements of my firm, jurisdiction, or my own (a worker) / 共享用工协议列表',
          querystring: AgreementQuery,
          response: { 200: Type.Object({ items: Type.Array(AgreementSchema) }), ...responses },
        },
      },
      async (request) => ({ items: unwrap(await agreements.list(requireActor(request), request.query)) }),
    );

    app.get(
      '/sharing/agreements/:id',
      { schema: { tags, summary: 'One agreement with its workers’ answers / 协议详情', params: IdParams, response: Agreement } },
      async (request) => unwrap(await agreements.get(requireActor(request), request.params.id)),
    );

    app.post(
      '/sharing/agreements/:id/send',
      {
        schema: {
          tags,
          summary: 'Send to the workers for consent / 发送职工确认',
          params: IdParams,
          body: VersionBody,
          response: Agreement,
        },
      },
      async (request) => unwrap(await agreements.send(requireActor(request), request.params.id, request.body.version)),
    );

    app.post(
      '/sharing/agreements/:id/cancel',
      { schema: { tags, summary: 'Cancel an agreement / 取消协议', params: IdParams, body: VersionBody, response: Agreement } },
      async (request) => unwrap(await agreements.cancel(requireActor(request), request.params.id, request.body.version)),
    );

    app.post(
      '/sharing/agreements/:id/answer',
      {
        schema: {
          tags,
          summary: 'The worker consents or declines, on their own phone / 职工本人确认是否同意借调',
          params: IdParams,
          body: AnswerBody,
          response: Agreement,
        },
      },
      async (request) => unwrap(await consent.answer(requireActor(request), request.params.id, request.body.answer)),
    );
  };
}
