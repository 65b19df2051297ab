/** The working-day calendar: public holidays and make-up working days (调休), and working-day counts. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Services } from '../../modules/services.js';
import { MAX_WORKING_DAYS } from '../../modules/kernel/index.js';
import { requireActor } from '../plugins/auth.js';
import { unwrap } from '../problem.js';
import { DateString, Ok, problemResponses } from '../schemas/common.js';

const tags = ['calendar'];
const KindSchema = Type.Union([Type.Literal('holiday'), Type.Literal('makeup_workday')], {
  description: 'holiday (放假) or makeup_workday (调休上班, a Saturday or Sunday worked)',
});
const EntrySchema = Type.Object({
  date: Type.String(),
  kind: KindSchema,
  nameZh: Type.String(),
  nameEn: Type.String(),
  source: Type.String(),
  updatedAt: Type.String(),
  updatedBy: Type.Union([Type.String(), Type.Null()]),
});
const EntryBody = Type.Object({
  kind: KindSchema,
  nameZh: Type.String({ minLength: 1, maxLength: 100 }),
  nameEn: Type.String({ minLength: 1, maxLength: 100 }),
  source: Type.String({ minLength: 1, maxLength: 500, description: 'the notice, or who decided the change and why' }),
});
const DateParams = Type.Object({ date: DateString });

export function calendarRoutes(services: Services): FastifyPluginAsyncTypebox {
  const calendar = services.calendar;
  return async (app) => {
    app.get(
      '/calendar/entries',
      {
        schema: {
          tags,
          summary: 'Public holidays and make-up working days / 节假日与调休安排',
          querystring: Type.Object({ year: Type.Optional(Type.Integer({ minimum: 1949, maximum: 2200 })) }),
          response: { 200: Type.Object({ items: Type.Array(EntrySchema) }), ...problemResponses },
        },
      },
      async (request) => ({ items: unwrap(await calendar.list(requireActor(request), request.query.year)) }),
    );

    app.get(
      '/calendar/days/:date',
      {
        schema: {
          tags,
          summary: 'Is a date a working day, and why / 是否工作日',
          params: DateParams,
          response: {
            200: Type.Object({
              date: Type.String(),
              working: Type.Boolean(),
              weekend: Type.Boolean(),
              entry: Type.Union([EntrySchema, Type.Null()]),
              provisional: Type.Boolean({ description: 'true when that year has no holiday entered yet (only weekends are known)' }),
            }),
            ...problemResponses,
          },
        },
      },
      async (request) => unwrap(await calendar.day(requireActor(request), request.params.date)),
    );

    app.get(
      '/calendar/working-days',
      {
        schema: {
          tags,
          summary: 'The Nth working day after a date / 某日之后第N个工作日',
          querystring: Type.Object({
            from: DateString,
            days: Type.Integer({ minimum: -MAX_WORKING_DAYS, maximum: MAX_WORKING_DAYS, description: 'negative: before the date' }),
          }),
          response: {
            200: Type.Object({ from: Type.String(), days: Type.Integer(), date: Type.String(), provisional: Type.Boolean() }),
            ...problemResponses,
          },
        },
      },
      async (request) => unwrap(await calendar.workingDaysAfter(requireActor(request), request.query.from, request.query.days)),
    );

    app.post(
      '/calendar/entries/:date',
      {
        schema: {
          tags,
          summary: 'Add a holiday or make-up working day (nationwide administrators) / 新增节假日安排',
          params: DateParams,
          body: EntryBody,
          response: { 201: EntrySchema, ...problemResponses },
        },
      },
      async (request, reply) => reply.code(201).send(unwrap(await calendar.add(requireActor(request), request.params.date, request.body))),
    );

    app.put(
      '/calendar/entries/:date',
      {
        schema: {
          tags,
          summary: 'Change a calendar entry (nationwide administrators) / 修改节假日安排',
          params: DateParams,
          body: EntryBody,
          response: { 200: EntrySchema, ...problemResponses },
        },
      },
      async (request) => unwrap(await calendar.update(requireActor(request), request.params.date, request.body)),
    );

    app.delete(
      '/calendar/entries/:date',
      {
        schema: {
          tags,
          summary: 'Remove a calendar entry (nationwide administrators) / 删除节假日安排',
          params: DateParams,
          response: { 200: Ok, ...problemResponses },
        },
      },
      async (request) => {
        unwrap(await calendar.remove(requireActor(request), request.params.date));
        return { ok: true as const };
      },
    );
  };
}
