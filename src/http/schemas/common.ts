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

/**
 * Bounds of integer fields (decision 116). Every integer or number a request carries has a minimum
 * and a maximum, so an out-of-range value is a 400 at the edge instead of a database error (a 500
 * on PostgreSQL, whose `integer` ends at 2^31 − 1) or an absurd record.
 */
export const INT32_MAX = 2_147_483_647;
/** The largest amount in fen any request may carry: 100,000,000 yuan, far above any wage, subsidy or parameter. */
export const MAX_FEN = 10_000_000_000;
/** The last page a listing may ask for (with 200 rows a page, 200 million rows deep). */
export const MAX_PAGE = 1_000_000;

/**
 * A record version for optimistic locking: 1 … 2^31 − 2. The columns are `integer` and a write
 * stores the version sent plus one, which must still fit.
 */
export const Version = (options: { description?: string } = {}) => Type.Integer({ minimum: 1, maximum: INT32_MAX - 1, ...options });
/** An amount of money in integer fen, 0 … MAX_FEN. */
export const Fen = (options: { description?: string } = {}) => Type.Integer({ minimum: 0, maximum: MAX_FEN, ...options });

export const PageQuery = Type.Object({
  page: Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
});
export type PageQueryT = Static<typeof PageQuery>;

/** `{ items, total, page, pageSize }` around an item schema. */
export function Paged<T extends import('typebox').TSchema>(item: T) {
  return Type.Object({ items: Type.Array(item), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() });
}

/** `T | null` (a value the record may not have). */
export const Nullable = <T extends import('typebox').TSchema>(t: T) => Type.Union([t, Type.Null()]);

/** A Beijing calendar date, YYYY-MM-DD. */
export const DateString = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description: 'YYYY-MM-DD (Beijing date)' });

/** A string that is one of the values (an enum in the OpenAPI document). */
export const lit = <const T extends readonly string[]>(values: T, description?: string) =>
  Type.Unsafe<T[number]>(Type.String({ enum: [...values], ...(description ? { description } : {}) }));

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
