/**
 * Hot queries built and compiled once, then run with new values (decision 167). Kysely builds an
 * operation tree, freezes it and compiles it to SQL on every call: for a point read on SQLite that
 * cost more than the read itself (9 % of a signed-in `GET /people/:id`). A `compiledQuery` runs
 * the same SQL text with the caller's values in the holes' places; the statement is then reused by
 * the driver (database.ts). Same results as building the query each time, on both databases.
 */
import type { Compilable, CompiledQuery, Kysely, QueryResult, Transaction } from 'kysely';
import type { Database } from './schema.js';

type Q = Kysely<Database> | Transaction<Database>;

/** Placeholder values the query is built with; each must reach the parameters unchanged. */
const holes = (n: number): string[] => Array.from({ length: n }, (_, i) => `\u0000hole:${i}\u0000`);

interface Compiled {
  sql: string;
  query: CompiledQuery['query'];
  /** For each parameter: the index of the argument it takes, or -1 for a constant kept as compiled. */
  from: number[];
  constants: readonly unknown[];
}

/**
 * A query of `arity` values, compiled once per dialect (the compiled form is kept per Kysely
 * adapter: a database and its transactions share it). `build` receives placeholder strings and
 * must pass each one to the query as a value, once, unchanged.
 */
export function compiledQuery<R, A extends string[]>(
  arity: A['length'],
  build: (q: Q, ...values: A) => Compilable<R>,
): (q: Q, ...values: A) => Promise<QueryResult<R>> {
  const byAdapter = new WeakMap<object, Compiled>();
  const compile = (q: Q): Compiled => {
    const placeholders = holes(arity);
    const c = build(q, ...(placeholders as A)).compile();
    const from = c.parameters.map((p) => placeholders.indexOf(p as string));
    for (let i = 0; i < arity; i++) {
      if (from.filter((f) => f === i).length !== 1) throw new Error(`compiledQuery: value ${i} must appear once in the parameters`);
    }
    return { sql: c.sql, query: c.query, from, constants: c.parameters };
  };
  return (q, ...values) => {
    const adapter = q.getExecutor().adapter;
    let c = byAdapter.get(adapter);
    if (!c) {
      c = compile(q);
      byAdapter.set(adapter, c);
    }
    const { from, constants } = c;
    const parameters = from.map((f, i) => (f < 0 ? constants[i] : values[f]));
    return q.executeQuery<R>({ sql: c.sql, query: c.query, parameters, queryId: { queryId: '' } } as CompiledQuery<R>);
  };
}
