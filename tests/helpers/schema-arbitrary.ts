/**
 * fast-check arbitraries shaped by a route's JSON schema as the OpenAPI document states it.
 *
 * A body is one of: a plausible body (good values by field name from `hints`, strings matching the
 * field's pattern or of ordinary text within its length, numbers in range); a plausible body with one
 * field spoilt (odd Unicode: NUL, lone surrogates, bidirectional controls, LIKE wildcards, quotes,
 * astral characters; a huge, negative or fractional number; null; missing; of another type); or a
 * wild one where every field may be any of those. Plausible bodies get past validation into the
 * services and the database, where a 5xx would come from; spoilt and wild ones probe the edge.
 */
import fc from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface Shape {
  /** `components.schemas` of the document, for `$ref`. */
  refs: Record<string, unknown>;
  /** Good values by property name. */
  hints: Record<string, fc.Arbitrary<Json>>;
}

type Mode = 'plain' | 'wild';

const ODD = [
  '\u0000',
  '\ud800',
  '\udfff',
  '\u202e',
  '\u2066',
  '\u200f',
  '\ufeff',
  '\u0085',
  '\u2028',
  '%',
  '_',
  '\\',
  "'",
  '"',
  '；',
  '韦',
  '𠀀',
  '👩‍👩‍👧',
  ' ',
  '\t',
  '\n',
  '\u00a0',
  'Ｘ',
  '١',
];

/** One character: odd ones often, otherwise any code point. */
const oddChar: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...ODD), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 3 },
);

/** Strings with odd characters, up to a little over `max`. */
export function oddString(max = 40): fc.Arbitrary<string> {
  return fc.string({ unit: oddChar, maxLength: Math.min(max + 2, 200) });
}

const EDGE_NUMBERS = [1e308, -1e308, 2 ** 53, -(2 ** 53), 2 ** 31, -(2 ** 31) - 1, 2 ** 63, -1, 0, -0, 0.5, 1e-7, 99999999999];

/** A spoilt value: odd text, an edge number, null or any JSON. */
const spoilt: fc.Arbitrary<Json> = fc.oneof(oddString(30), fc.constantFrom(...EDGE_NUMBERS), fc.constant(null), fc.constant(true));

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Any JSON value (for `unknown` fields and wrong types). */
export const anyJson: fc.Arbitrary<Json> = fc.letrec<{ v: Json }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.constantFrom(...EDGE_NUMBERS),
    oddString(20),
    fc.array(tie('v'), { maxLength: 3 }),
    fc.dictionary(oddString(8), tie('v'), { maxKeys: 3 }),
  ),
})).v;

function numberArb(node: Record<string, unknown>, integer: boolean, mode: Mode): fc.Arbitrary<Json> {
  const min = typeof node.minimum === 'number' ? node.minimum : -1_000_000;
  const max = typeof node.maximum === 'number' ? node.maximum : 1_000_000;
  const inRange = integer
    ? fc.integer({ min: Math.max(Math.ceil(min), -(2 ** 31)), max: Math.min(Math.floor(max), 2 ** 31) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  if (mode === 'plain') return inRange;
  return fc.oneof(
    { arbitrary: inRange, weight: 2 },
    { arbitrary: fc.constantFrom(...EDGE_NUMBERS), weight: 2 },
    { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 1 },
  );
}

function stringArb(node: Record<string, unknown>, mode: Mode): fc.Arbitrary<Json> {
  const min = typeof node.minLength === 'number' ? node.minLength : 0;
  const max = typeof node.maxLength === 'number' ? node.maxLength : 60;
  if (typeof node.pattern === 'string') {
    try {
      const matching = fc.stringMatching(new RegExp(node.pattern)).filter((s) => s.length >= min && s.length <= max);
      return mode === 'plain' ? matching : fc.oneof(matching, oddString(max));
    } catch {
      // A pattern fast-check cannot generate from: the cases below.
    }
  }
  if (node.format === 'date-time')
    return fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
  const text = fc.string({ unit: 'grapheme', minLength: Math.max(min, 1), maxLength: Math.max(Math.min(max, 30), Math.max(min, 1)) });
  return mode === 'plain' ? text : fc.oneof(text, oddString(max));
}

const ABSENT = '\u0000<absent>';

/** An arbitrary value for a schema node. */
export function shaped(schema: unknown, shape: Shape, mode: Mode = 'wild', depth = 0): fc.Arbitrary<Json> {
  if (!isRecord(schema) || depth > 5) return mode === 'plain' ? fc.constant(null) : anyJson;
  const ref = schema.$ref;
  if (typeof ref === 'string') return shaped(shape.refs[ref.replace('#/components/schemas/', '')], shape, mode, depth + 1);
  const base = shapedBase(schema, shape, mode, depth);
  return schema.nullable === true && mode === 'wild'
    ? fc.oneof({ arbitrary: base, weight: 5 }, { arbitrary: fc.constant(null), weight: 1 })
    : base;
}

function shapedBase(node: Record<string, unknown>, shape: Shape, mode: Mode, depth: number): fc.Arbitrary<Json> {
  const alternatives = Array.isArray(node.anyOf) ? node.anyOf : Array.isArray(node.oneOf) ? node.oneOf : null;
  if (alternatives) return fc.oneof(...alternatives.map((s: unknown) => shaped(s, shape, mode, depth + 1)));
  if (Array.isArray(node.allOf)) return allOf(node.allOf, shape, mode, depth);
  if (Array.isArray(node.enum)) return fc.constantFrom(...node.enum.map((v: unknown) => toJson(v)));
  if ('const' in node) return fc.constant(toJson(node.const));
  switch (node.type) {
    case 'string':
      return stringArb(node, mode);
    case 'integer':
      return numberArb(node, true, mode);
    case 'number':
      return numberArb(node, false, mode);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const max = typeof node.maxItems === 'number' ? node.maxItems + (mode === 'wild' ? 1 : 0) : 4;
      return fc.array(shaped(node.items, shape, mode, depth + 1), { maxLength: Math.min(max, 6) });
    }
    case 'object':
      return objectArb(node, shape, mode, depth);
    default:
      return mode === 'plain' ? fc.constant(null) : anyJson;
  }
}

function allOf(parts: unknown[], shape: Shape, mode: Mode, depth: number): fc.Arbitrary<Json> {
  return fc.tuple(...parts.map((p) => shaped(p, shape, mode, depth + 1))).map((values) => {
    const merged: Record<string, Json> = {};
    for (const v of values) if (isRecord(v)) Object.assign(merged, v);
    return merged;
  });
}

function objectArb(node: Record<string, unknown>, shape: Shape, mode: Mode, depth: number): fc.Arbitrary<Json> {
  const props = isRecord(node.properties) ? node.properties : {};
  const required = new Set(Array.isArray(node.required) ? node.required.map(String) : []);
  const keys = Object.keys(props);
  if (keys.length === 0) {
    const values = isRecord(node.additionalProperties)
      ? shaped(node.additionalProperties, shape, mode, depth + 1)
      : mode === 'plain'
        ? fc.string()
        : anyJson;
    return fc.dictionary(mode === 'plain' ? fc.string({ maxLength: 12 }) : fc.oneof(fc.string({ maxLength: 12 }), oddString(12)), values, {
      maxKeys: 4,
    });
  }
  const model: Record<string, fc.Arbitrary<Json>> = {};
  for (const key of keys) {
    const hint = shape.hints[key];
    const own = shaped(props[key], shape, mode, depth + 1);
    const value = hint ? fc.oneof({ arbitrary: hint, weight: 4 }, { arbitrary: own, weight: 1 }) : own;
    model[key] =
      mode === 'plain'
        ? required.has(key)
          ? value
          : fc.oneof(value, fc.constant(ABSENT))
        : fc.oneof(
            { arbitrary: value, weight: 4 },
            { arbitrary: fc.constant(ABSENT), weight: 1 },
            { arbitrary: spoilt, weight: 1 },
            { arbitrary: anyJson, weight: 1 },
          );
  }
  const extra = mode === 'wild' ? fc.option(fc.tuple(oddString(10), anyJson), { freq: 8 }) : fc.constant(null);
  return fc.tuple(fc.record(model), extra).map(([obj, more]) => {
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(obj)) if (v !== ABSENT) out[k] = v;
    if (more) out[more[0]] = more[1];
    return out;
  });
}

/** Paths to every leaf of a JSON value (object keys and array indexes). */
function leaves(v: Json, path: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(v)) return v.flatMap((x, i) => leaves(x, [...path, i]));
  if (isRecord(v)) return Object.entries(v).flatMap(([k, x]) => leaves(x, [...path, k]));
  return path.length > 0 ? [path] : [];
}

/** A copy of `v` with the leaf at `path` changed by `change` (ABSENT deletes it). */
function replaceAt(v: Json, path: Array<string | number>, change: (old: Json) => Json): Json {
  const [head, ...rest] = path;
  if (head === undefined) return change(v);
  if (Array.isArray(v) && typeof head === 'number') return v.map((x, i) => (i === head ? replaceAt(x, rest, change) : x));
  if (isRecord(v) && typeof head === 'string') {
    const next = replaceAt(v[head] ?? null, rest, change);
    const out: Record<string, Json> = { ...v };
    if (next === ABSENT) delete out[head];
    else out[head] = next;
    return out;
  }
  return v;
}

/** Characters that have broken databases and displays: NUL (PostgreSQL text), lone surrogates, bidirectional controls, and the rest. */
const taint: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constant('\u0000'), weight: 4 },
  { arbitrary: fc.constantFrom('\ud800', '\udfff'), weight: 2 },
  { arbitrary: fc.constantFrom('\u202e', '\u2066', '\u200f'), weight: 2 },
  { arbitrary: fc.constantFrom(...ODD), weight: 2 },
);

/**
 * How one leaf is spoilt, by its type: a string keeps its plausible value with a bad character put
 * in (so it passes format checks and reaches the database); a number becomes an edge number (1e308,
 * 2^53, -1, 0.5); now and then any leaf becomes null, missing or of another type.
 */
const spoiler: fc.Arbitrary<(old: Json) => Json> = fc
  .tuple(taint, fc.nat(), fc.constantFrom(...EDGE_NUMBERS), fc.oneof(spoilt, fc.constant(ABSENT)), fc.nat(3))
  .map(([c, at, n, other, roll]) => (old: Json) => {
    if (roll === 0) return other;
    if (typeof old === 'string') return old.slice(0, at % (old.length + 1)) + c + old.slice(at % (old.length + 1));
    if (typeof old === 'number') return n;
    return other;
  });

/** A request body: plausible, plausible with one leaf spoilt, or wild. */
export function bodyOf(schema: unknown, shape: Shape): fc.Arbitrary<Json> {
  const plain = shaped(schema, shape, 'plain');
  const oneSpoilt = fc.tuple(plain, fc.nat(), spoiler).map(([body, i, change]) => {
    const all = leaves(body);
    const path = all[i % Math.max(all.length, 1)];
    if (path === undefined) return body;
    return replaceAt(body, path, change);
  });
  return fc.oneof(
    { arbitrary: plain, weight: 3 },
    { arbitrary: oneSpoilt, weight: 5 },
    { arbitrary: shaped(schema, shape, 'wild'), weight: 2 },
  );
}

function toJson(v: unknown): Json {
  if (v === null || typeof v === 'boolean' || typeof v === 'number' || typeof v === 'string') return v;
  return JSON.stringify(v) ?? null;
}
