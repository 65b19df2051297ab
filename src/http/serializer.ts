/**
 * Response serialisation through the route schemas (fast-json-stringify), with the schemas'
 * `anyOf`s that only spell a scalar type rewritten before compiling (decision 166):
 *
 * - `anyOf: [T, {type: 'null'}]` (TypeBox `Type.Union([T, Type.Null()])`, a nullable field) with T
 *   a plain string, integer, number or boolean schema becomes `type: [T.type, 'null']`, and more
 *   generally an `anyOf` of such scalars of different types (and null) one list of types;
 * - `anyOf` of constants of one scalar type (`Type.Union([Type.Literal('a'), ...])`) becomes that
 *   type with an `enum`.
 *
 * fast-json-stringify serialises an `anyOf` by running Ajv on each branch until one matches, for
 * every field of every row (a person has a dozen nullable fields: 300 validations for a page of
 * 20); the rewritten forms are a `typeof` test. Only the compiled serialiser sees the rewrite: the
 * routes' schemas, request validation and the OpenAPI document are unchanged. What the rewrite
 * gives up: a value outside an enum is written as it is instead of failing the response (the
 * handlers' types already rule it out), and so is a string longer than a branch's `maxLength`.
 */
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';

type Json = Record<string, unknown>;
const SCALARS = new Set(['string', 'integer', 'number', 'boolean']);
/** Keywords that make a branch more than a scalar type (left as an `anyOf`). */
const COMPOSITE = ['anyOf', 'oneOf', 'allOf', 'not', '$ref', 'if', 'const', 'properties', 'items'];

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isScalar(s: Json): boolean {
  return typeof s.type === 'string' && SCALARS.has(s.type) && !COMPOSITE.some((k) => k in s);
}

function isNull(s: Json): boolean {
  return s.type === 'null' && Object.keys(s).length === 1;
}

/** The branches as one scalar schema, or null when they are something else. */
function collapse(branches: Json[]): Json | null {
  const first = branches[0];
  if (!first) return null;
  if (branches.every((b) => 'const' in b && typeof b.type === 'string' && SCALARS.has(b.type) && b.type === first.type)) {
    return { type: first.type, enum: branches.map((b) => b.const) };
  }
  // Scalars of different types, and null: one schema with the list of types (null last, as a
  // nullable field reads); each branch's keywords kept (fast-json-stringify uses `format` only).
  const types = branches.map((b) => b.type);
  if (branches.every((b) => isScalar(b) || isNull(b)) && new Set(types).size === types.length) {
    const ordered = [...types.filter((t) => t !== 'null'), ...types.filter((t) => t === 'null')];
    return Object.assign({}, ...branches, { type: ordered }) as Json;
  }
  return null;
}

/** A copy of a JSON schema with the scalar `anyOf`s rewritten as above; anything else kept as it is. */
export function serializableSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(serializableSchema);
  if (!isObject(schema)) return schema;
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) out[key] = serializableSchema(value);
  const branches = out.anyOf;
  if (Array.isArray(branches) && branches.every(isObject)) {
    const scalar = collapse(branches);
    if (scalar) {
      delete out.anyOf;
      // Siblings of the anyOf (a description, a default) stay; the branch's own keywords win.
      return { ...out, ...scalar };
    }
  }
  return out;
}

type SerializerFactory = ReturnType<typeof SerializerSelector>;

/** The shared schemas (`app.addSchema`, reached by `$ref` such as `Person`), each rewritten. */
function serializableSchemas(external: unknown): unknown {
  if (!isObject(external)) return external;
  return Object.fromEntries(Object.entries(external).map(([id, schema]) => [id, serializableSchema(schema)]));
}

/** Fastify's default serialiser factory, compiling each response schema and the shared schemas after `serializableSchema`. */
export function buildSerializer(): SerializerFactory {
  const base = SerializerSelector();
  return (externalSchemas, options) => {
    const compile = base(serializableSchemas(externalSchemas), options);
    return (route) => compile({ ...route, schema: serializableSchema(route.schema) });
  };
}
