/**
 * Short names over the generated route types (./schema.gen.ts, from the server's OpenAPI
 * document): `ResponseOf<'/claims/{id}', 'get'>` is the JSON body of that route's success answer,
 * `BodyOf<'/people', 'post'>` its JSON request body, `Schemas['Person']` a shared schema.
 * Paths are written without the `/api/v1` prefix, as the client takes them.
 */
import type { components, paths } from './schema.gen';

/** The shared schemas (`$ref`'d components) of the document. */
export type Schemas = components['schemas'];

/** A route path as the client writes it (no `/api/v1` prefix). */
export type ApiPath = keyof paths extends infer K ? (K extends `/api/v1${infer P}` ? P : never) : never;

type Route<P extends ApiPath> = paths[`/api/v1${P}`];
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
/** The methods a path answers. */
export type MethodOf<P extends ApiPath> = { [M in Method]: Route<P>[M] extends { responses: object } ? M : never }[Method];
type Operation<P extends ApiPath, M extends MethodOf<P>> = Route<P>[M];

type JsonContent<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type Success<O> = O extends { responses: infer R }
  ? R extends { 200: infer S }
    ? S
    : R extends { 201: infer S }
      ? S
      : R extends { 202: infer S }
        ? S
        : never
  : never;

/** The JSON body of a route's success answer (200, else 201, else 202). */
export type ResponseOf<P extends ApiPath, M extends MethodOf<P>> = JsonContent<Success<Operation<P, M>>>;

/** The JSON request body of a route. */
export type BodyOf<P extends ApiPath, M extends MethodOf<P>> =
  Operation<P, M> extends { requestBody?: infer B } ? JsonContent<NonNullable<B>> : never;

/** The query-string parameters of a route. */
export type QueryOf<P extends ApiPath, M extends MethodOf<P>> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
