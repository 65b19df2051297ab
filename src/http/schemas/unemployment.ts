/** Schemas of the unemployment register (失业登记). */
import { Type } from 'typebox';
import { DateString, Nullable } from './common.js';

export const PlaceKindSchema = Type.Union(
  [Type.Literal('hukou'), Type.Literal('residence'), Type.Literal('employment'), Type.Literal('insured')],
  { description: 'hukou 户籍地 · residence 常住地 · employment 就业地 · insured 参保地' },
);

const StatusSchema = Type.Union(
  [Type.Literal('registered'), Type.Literal('receiving_services'), Type.Literal('employed'), Type.Literal('deregistered')],
  { description: 'registered 已登记 · receiving_services 接受服务中 · employed 已就业 · deregistered 已注销' },
);

export const RegistrationSchema = Type.Object({
  id: Type.String(),
  number: Type.String({ description: 'readable number, e.g. 都安-2026-失000012' }),
  personId: Type.String(),
  personName: Type.String(),
  idNumberMasked: Type.String(),
  placeKind: PlaceKindSchema,
  placeCode: Type.String(),
  placeName: Type.String(),
  region: Type.String(),
  regionName: Type.String(),
  status: StatusSchema,
  registeredOn: Type.String(),
  endedOn: Nullable(Type.String()),
  endReason: Nullable(Type.String()),
  version: Type.Integer(),
  events: Type.Optional(
    Type.Array(
      Type.Object({
        kind: Type.String({ description: 'registered · transferred · services_started · employed · deregistered' }),
        placeKind: Nullable(PlaceKindSchema),
        placeCode: Nullable(Type.String()),
        placeName: Nullable(Type.String()),
        note: Nullable(Type.String()),
        onDate: Type.String(),
        at: Type.String(),
      }),
    ),
  ),
});

export const RegisterBody = Type.Object({
  personId: Type.String({ minLength: 1, maxLength: 64 }),
  placeKind: Type.Optional(PlaceKindSchema),
  registeredOn: Type.Optional(DateString),
});

export const SelfRegisterBody = Type.Object({
  officeCode: Type.String({ pattern: '^[0-9]{2,12}$', description: 'the division code of the office chosen (a county)' }),
  placeKind: Type.Optional(PlaceKindSchema),
});

export const StepBody = Type.Object({ version: Type.Integer({ minimum: 1, maximum: 2_147_483_646 }), onDate: Type.Optional(DateString) });

export const TransferBody = Type.Object({
  version: Type.Integer({ minimum: 1, maximum: 2_147_483_646 }),
  onDate: Type.Optional(DateString),
  placeKind: PlaceKindSchema,
});

export const EmployedBody = Type.Object({
  version: Type.Integer({ minimum: 1, maximum: 2_147_483_646 }),
  onDate: Type.Optional(DateString),
  employer: Type.Optional(Type.String({ maxLength: 200 })),
});

export const DeregisterBody = Type.Object({
  version: Type.Integer({ minimum: 1, maximum: 2_147_483_646 }),
  onDate: Type.Optional(DateString),
  reason: Type.Union(
    ['moved_away', 'stopped_seeking', 'enrolled_in_education', 'retired', 'deceased', 'other'].map((r) => Type.Literal(r)),
    { description: 'moved_away 迁出 · stopped_seeking 不再求职 · enrolled_in_education 入学 · retired 退休 · deceased 死亡 · other 其他' },
  ),
  note: Type.Optional(Type.String({ maxLength: 500 })),
});
