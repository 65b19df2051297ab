/** TypeBox schemas of the worker registry routes (/people, /me/person). */
import { Type } from 'typebox';
import { educations, insuranceKinds, revealableFields } from '../../modules/people/index.js';
import { Fen, PageQuery, Version } from './common.js';

const Nullable = <T extends import('typebox').TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Code = Type.String({ pattern: '^([0-9]{6}|[0-9]{9})$', description: '6-digit county or 9-digit township code' });
const CodePrefix = Type.String({ pattern: '^[0-9]{2,9}$' });
const IsoDate = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' });
const Education = Type.Union(educations.map((e) => Type.Literal(e)));
const Sex = Type.Union([Type.Literal('male'), Type.Literal('female')]);

export const PersonSchema = Type.Object(
  {
    id: Type.String(),
    province: Type.String(),
    name: Type.String(),
    namePinyin: Type.String(),
    idNumber: Type.String({ description: 'masked unless your own record' }),
    sex: Sex,
    birthDate: Type.String(),
    phone: Nullable(Type.String()),
    bankAccount: Nullable(Type.String()),
    hukouCode: Type.String(),
    residenceCode: Nullable(Type.String()),
    employmentCode: Nullable(Type.String()),
    insuredCode: Nullable(Type.String()),
    povertyRegistered: Type.Boolean(),
    povertyFrom: Nullable(Type.String()),
    povertyTo: Nullable(Type.String()),
    dibao: Type.Boolean(),
    dibaoFrom: Nullable(Type.String()),
    dibaoTo: Nullable(Type.String()),
    education: Nullable(Education),
    willingToGoOut: Type.Boolean(),
    expectedWageFen: Nullable(Type.Integer()),
    skills: Type.Array(Type.String()),
    mergedInto: Nullable(Type.String()),
    version: Type.Integer(),
    createdAt: Type.String(),
    updatedAt: Type.String(),
    masked: Type.Boolean(),
  },
  { $id: 'Person' },
);

const personFields = {
  name: Type.String({ minLength: 1, maxLength: 50 }),
  idNumber: Type.String({ minLength: 1, maxLength: 40, description: '18 characters; a spreadsheet number like 4.5122E+17 is refused' }),
  phone: Type.Optional(Nullable(Type.String({ maxLength: 30 }))),
  bankAccount: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
  hukouCode: Type.String({ maxLength: 9 }),
  residenceCode: Type.Optional(Nullable(Type.String({ maxLength: 9 }))),
  employmentCode: Type.Optional(Nullable(Type.String({ maxLength: 9 }))),
  insuredCode: Type.Optional(Nullable(Type.String({ maxLength: 9 }))),
  povertyRegistered: Type.Optional(Type.Boolean()),
  povertyFrom: Type.Optional(Nullable(IsoDate)),
  povertyTo: Type.Optional(Nullable(IsoDate)),
  dibao: Type.Optional(Type.Boolean()),
  dibaoFrom: Type.Optional(Nullable(IsoDate)),
  dibaoTo: Type.Optional(Nullable(IsoDate)),
  education: Type.Optional(Nullable(Education)),
  willingToGoOut: Type.Optional(Type.Boolean()),
  expectedWageFen: Type.Optional(Nullable(Fen())),
  skills: Type.Optional(Type.Array(Type.String({ maxLength: 50 }), { maxItems: 50 })),
  province: Type.Optional(Nullable(Type.String({ pattern: '^[0-9]{2}$' }))),
};

export const PersonCreateBody = Type.Object(personFields);
export const PersonUpdateBody = Type.Object({
  ...personFields,
  idNumber: Type.Optional(personFields.idNumber),
  keep: Type.Optional(
    Type.Array(Type.Union(revealableFields.map((f) => Type.Literal(f))), {
      maxItems: 3,
      description:
        'Personal numbers to keep as stored: an edit form that never showed them unmasked sends no value (and records no reveal)',
    }),
  ),
  version: Version(),
});

export const PersonListQuery = Type.Intersect([
  PageQuery,
  Type.Object({
    q: Type.Optional(
      Type.String({
        maxLength: 40,
        description:
          'Han characters: name prefix; letters: pinyin initials (no vowel) or full pinyin; 18 characters: ID number; 11 digits: phone',
      }),
    ),
    hukouCode: Type.Optional(CodePrefix),
    residenceCode: Type.Optional(CodePrefix),
    employmentCode: Type.Optional(CodePrefix),
    insuredCode: Type.Optional(CodePrefix),
    povertyRegistered: Type.Optional(Type.Boolean()),
    dibao: Type.Optional(Type.Boolean()),
    willingToGoOut: Type.Optional(Type.Boolean()),
    sex: Type.Optional(Sex),
    education: Type.Optional(Education),
    ageMin: Type.Optional(Type.Integer({ minimum: 0, maximum: 150 })),
    ageMax: Type.Optional(Type.Integer({ minimum: 0, maximum: 150 })),
    includeMerged: Type.Optional(Type.Boolean()),
  }),
]);

export const PersonPage = Type.Object({
  items: Type.Array(Type.Ref('Person')),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  totalCapped: Type.Boolean({ description: 'true when more than 10,000 match: total is then a lower bound' }),
});

export const RevealBody = Type.Object({ field: Type.Union(revealableFields.map((f) => Type.Literal(f))) });
export const RevealResult = Type.Object({ field: Type.String(), value: Nullable(Type.String()) });
export const MergeBody = Type.Object({
  survivorId: Type.String({ minLength: 1 }),
  duplicateId: Type.String({ minLength: 1 }),
  reason: Type.String({ minLength: 1, maxLength: 500 }),
});
export const MergeResult = Type.Object({ survivorId: Type.String(), duplicateId: Type.String() });

export const OccupationBody = Type.Object({
  occupationCode: Type.String({ maxLength: 20 }),
  level: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 5 }))),
});
export const EmploymentBody = Type.Object({
  enterpriseName: Type.String({ minLength: 1, maxLength: 200 }),
  enterpriseId: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 64 }))),
  creditCode: Type.Optional(Nullable(Type.String({ maxLength: 18 }))),
  divisionCode: Code,
  occupationCode: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
  startDate: IsoDate,
  endDate: Type.Optional(Nullable(IsoDate)),
  monthlyWageFen: Type.Optional(Nullable(Fen())),
});
export const InsuranceBody = Type.Object({
  kind: Type.Union(insuranceKinds.map((k) => Type.Literal(k))),
  divisionCode: Code,
  startMonth: Type.String({ pattern: '^[0-9]{4}-[0-9]{2}$' }),
  endMonth: Type.Optional(Nullable(Type.String({ pattern: '^[0-9]{4}-[0-9]{2}$' }))),
  contributionMonths: Type.Integer({ minimum: 0, maximum: 1200 }),
});

export const Histories = Type.Object({
  occupations: Type.Array(
    Type.Object({ id: Type.String(), occupationCode: Type.String(), level: Nullable(Type.Integer()), createdAt: Type.String() }),
  ),
  employment: Type.Array(
    Type.Object({
      id: Type.String(),
      enterpriseName: Type.String(),
      enterpriseId: Nullable(Type.String()),
      creditCode: Nullable(Type.String()),
      divisionCode: Type.String(),
      occupationCode: Nullable(Type.String()),
      startDate: Type.String(),
      endDate: Nullable(Type.String()),
      monthlyWageFen: Nullable(Type.Integer()),
      createdAt: Type.String(),
    }),
  ),
  insurance: Type.Array(
    Type.Object({
      id: Type.String(),
      kind: Type.String(),
      divisionCode: Type.String(),
      startMonth: Type.String(),
      endMonth: Nullable(Type.String()),
      contributionMonths: Type.Integer(),
      createdAt: Type.String(),
    }),
  ),
});

export const ChildParams = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 64 }),
  kind: Type.Union([Type.Literal('occupations'), Type.Literal('employment'), Type.Literal('insurance')]),
  childId: Type.String({ minLength: 1, maxLength: 64 }),
});
