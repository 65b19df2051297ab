/** Schemas shared by many routes. */
import { Type, type Static } from 'typebox';

export const Bilingual = Type.Object({ zh: Type.String(), en: Type.String() });

export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    code: Type.String(),
    detail: Type.String(),
    message: Bilingual,
    instance: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(Type.Object({ path: Type.String(), code: Type.String(), message: Bilingual }))),
  },
  { $id: 'Problem', description: 'RFC 9457 problem details with a stable code and a bilingual message' },
);

export const PageQuery = Type.Object({
  page: Type.Integer({ minimum: 1, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
});
export type PageQueryT = Static<typeof PageQuery>;

/** `{ items, total, page, pageSize }` around an item schema. */
export function Paged<T extends import('typebox').TSchema>(item: T) {
  return Type.Object({ items: Type.Array(item), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() });
}

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });

export const Ok = Type.Object({ ok: Type.Literal(true) });

/** Problem responses to declare on routes (documented in OpenAPI). */
export const problemResponses = {
  400: Type.Ref('Problem'),
  401: Type.Ref('Problem'),
  403: Type.Ref('Problem'),
  404: Type.Ref('Problem'),
  409: Type.Ref('Problem'),
};
