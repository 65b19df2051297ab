/** TypeBox schemas of the enterprise routes. */
import { Type } from 'typebox';
import { enterpriseSizes } from '../../modules/enterprises/index.js';
import { PageQuery, Version } from './common.js';

const NullableString = Type.Union([Type.String(), Type.Null()]);
const Size = Type.Union(
  enterpriseSizes.map((s) => Type.Literal(s)),
  { description: 'micro 微型 / small 小型 / medium 中型 / large 大型' },
);

export const EnterpriseSchema = Type.Object(
  {
    id: Type.String(),
    creditCode: Type.String({ description: 'GB 32100 unified social credit code / 统一社会信用代码' }),
    name: Type.String(),
    industryCode: Type.String({ description: 'GB/T 4754-2017 section or division / 行业代码' }),
    industryName: NullableString,
    addressCode: Type.String({ description: '6- or 9-digit division code / 所在地代码' }),
    addressName: NullableString,
    address: Type.String(),
    size: Type.Union([Size, Type.Null()]),
    contactName: NullableString,
    contactPhone: Type.Union([Type.String(), Type.Null()], { description: 'always masked / 脱敏' }),
    arrears: Type.Object({
      flagged: Type.Boolean({ description: 'malicious wage arrears / 恶意欠薪' }),
      reason: NullableString,
      date: NullableString,
      by: NullableString,
      at: NullableString,
    }),
    version: Type.Integer(),
    createdAt: Type.String(),
    updatedAt: Type.String(),
  },
  { $id: 'Enterprise' },
);

const optionalText = (max: number) => Type.Optional(Type.Union([Type.String({ maxLength: max }), Type.Null()]));

const editable = {
  name: Type.String({ maxLength: 200 }),
  industryCode: Type.String({ maxLength: 8 }),
  addressCode: Type.String({ maxLength: 12 }),
  address: optionalText(300),
  size: Type.Optional(Type.Union([Size, Type.Null()])),
  contactName: optionalText(50),
  contactPhone: optionalText(30),
};

export const EnterpriseCreateBody = Type.Object({ creditCode: Type.String({ maxLength: 40 }), ...editable });

export const EnterpriseUpdateBody = Type.Object(
  {
    version: Version({ description: 'the version read; a stale one answers version_conflict' }),
    creditCode: Type.Optional(Type.String({ maxLength: 40, description: 'cannot change; accepted when equal' })),
    ...editable,
  },
  { description: 'Absent optional fields keep their value; null clears them. The masked phone as read keeps the phone.' },
);

export const EnterpriseListQuery = Type.Intersect([
  PageQuery,
  Type.Object({
    name: Type.Optional(Type.String({ maxLength: 100, description: 'part of the name' })),
    creditCode: Type.Optional(Type.String({ maxLength: 40 })),
    industry: Type.Optional(Type.String({ maxLength: 8, description: 'section letter or division' })),
    addressPrefix: Type.Optional(Type.String({ pattern: '^[0-9]{0,9}$' })),
    size: Type.Optional(Size),
    arrears: Type.Optional(Type.Boolean()),
  }),
]);

export const ArrearsFlagBody = Type.Object({
  reason: Type.String({ minLength: 1, maxLength: 500 }),
  date: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'date of the determination / 认定日期' }),
});

export const ArrearsUnflagBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 500 }) });

export const RevealResponse = Type.Object({ contactPhone: NullableString });
