/**
 * Schemas of the policy routes. Decisions and catalogue entries are deep, engine-defined records:
 * the main fields are typed for the OpenAPI document and the rest pass through
 * (`additionalProperties: true`), so the explanation is never cut by the serializer.
 */
import { Type, type TProperties } from 'typebox';
import { Bilingual, MAX_FEN } from './common.js';

/** A parameter value as a number: fen, months, years, counts, basis points or a 0/1 flag, never above MAX_FEN. */
const ParameterNumber = Type.Number({ minimum: 0, maximum: MAX_FEN });

const open = (props: TProperties, description?: string) =>
  Type.Object(props, { additionalProperties: true, ...(description ? { description } : {}) });

export const FactsSchema = Type.Record(Type.String(), Type.Unknown(), {
  description: 'Facts (see the catalogue): dates YYYY-MM-DD, money integer fen, places 6/9-digit codes',
});

export const DecisionSchema = open(
  {
    programId: Type.String(),
    programName: Bilingual,
    asOf: Type.String(),
    eligible: Type.Boolean(),
    amountFen: Type.Integer(),
    criteria: Type.Array(
      open({ id: Type.String(), label: Bilingual, clause: Type.String(), passed: Type.Boolean(), depth: Type.Integer() }),
    ),
    citations: Type.Array(Type.String()),
    messages: Type.Array(Bilingual),
    reasons: Type.Array(
      open({
        criterion: Type.String(),
        label: Bilingual,
        clause: Type.String(),
        passed: Type.Boolean(),
        message: Bilingual,
        detail: Type.Optional(Bilingual),
        values: Type.Array(
          Type.Object({
            name: Type.String(),
            label: Bilingual,
            kind: Type.Union([
              Type.Literal('date'),
              Type.Literal('months'),
              Type.Literal('count'),
              Type.Literal('fen'),
              Type.Literal('percent'),
            ]),
            value: Type.Union([Type.Number(), Type.String(), Type.Null()]),
            text: Bilingual,
          }),
        ),
      }),
      { description: 'The criteria behind the outcome with the values that decided them (docs/policy-engine.md, "Reasons")' },
    ),
    reasonMask: Type.Integer(),
    rulesetVersion: Type.String(),
    parameterSnapshot: Type.Array(open({})),
    factsSnapshot: open({}),
    usesIllustrativeValues: Type.Boolean(),
  },
  'An explained decision with its ruleset version and parameter snapshot',
);

export const CatalogueProgramSchema = open(
  {
    id: Type.String(),
    name: Bilingual,
    summary: Bilingual,
    rulesetVersion: Type.String(),
    criteria: open({}),
    facts: Type.Array(open({ key: Type.String(), label: Bilingual, type: Type.String() })),
    parameters: Type.Array(open({ key: Type.String(), label: Bilingual, unit: Type.String() })),
    clauses: Type.Array(open({ id: Type.String() })),
  },
  'A program in words',
);

export const ProgramDetailSchema = open(
  {
    id: Type.String(),
    asOf: Type.String(),
    parameterValues: Type.Array(open({ key: Type.String(), region: Type.String(), regionName: Bilingual, illustrative: Type.Boolean() })),
  },
  'A program in words with its parameter values per demo region',
);

export const ParameterSchema = Type.Object({
  id: Type.Optional(Type.String()),
  origin: Type.Union([Type.Literal('seed'), Type.Literal('recorded')]),
  key: Type.String(),
  region: Type.String(),
  value: Type.Union([Type.Number(), Type.String()]),
  effectiveFrom: Type.String(),
  effectiveTo: Type.Optional(Type.String()),
  recordedAt: Type.String(),
  source: Type.String(),
  clause: Type.Optional(Type.String()),
  illustrative: Type.Optional(Type.Boolean()),
  createdBy: Type.Optional(Type.Union([Type.String(), Type.Null()])),
});

export const ParameterBody = Type.Object({
  key: Type.String({ minLength: 1, maxLength: 80 }),
  region: Type.String({ maxLength: 6, description: "'' or 'CN' for national, else a 2/4/6-digit division code" }),
  value: Type.Union([ParameterNumber, Type.String({ maxLength: 10 })]),
  effectiveFrom: Type.String({ maxLength: 10 }),
  effectiveTo: Type.Optional(Type.Union([Type.String({ maxLength: 10 }), Type.Null()])),
  source: Type.String({ maxLength: 500 }),
  illustrative: Type.Optional(Type.Boolean()),
});

export const ClauseSchema = open({ id: Type.String(), document: Bilingual, summary: Bilingual, validFrom: Type.String() });

const Delta = {
  people: Type.Integer(),
  baseEligible: Type.Integer(),
  scenarioEligible: Type.Integer(),
  gaining: Type.Integer(),
  losing: Type.Integer(),
  baseFen: Type.Number(),
  scenarioFen: Type.Number(),
  deltaFen: Type.Number(),
};
export const WhatIfSchema = Type.Object({
  asOf: Type.String(),
  level: Type.String(),
  loadedPeople: Type.Integer(),
  regions: Type.Array(Type.Object({ region: Type.String(), regionName: Type.String(), ...Delta })),
  total: Type.Object(Delta),
});

export const WhatIfBody = Type.Object({
  asOf: Type.String({ maxLength: 10 }),
  overrides: Type.Array(
    Type.Object({
      key: Type.String({ maxLength: 80 }),
      region: Type.String({ maxLength: 6 }),
      value: Type.Union([ParameterNumber, Type.String({ maxLength: 10 })]),
    }),
    { maxItems: 50 },
  ),
  programIds: Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: 20 })),
  level: Type.Optional(Type.Union([Type.Literal('province'), Type.Literal('prefecture'), Type.Literal('county')])),
  assume: Type.Optional(FactsSchema),
});

export const PersonFactsSchema = Type.Object({
  facts: FactsSchema,
  registryKeys: Type.Array(Type.String(), { description: 'The facts the registry filled' }),
});

export const EntitlementSchema = open({
  programId: Type.String(),
  programName: Bilingual,
  summary: Bilingual,
  status: Type.Union([Type.Literal('eligible'), Type.Literal('not_eligible'), Type.Literal('needs_facts')]),
  amountFen: Type.Integer(),
  messages: Type.Array(Bilingual),
  needed: Type.Array(Type.Object({ key: Type.String(), label: Bilingual, reason: Bilingual })),
  citations: Type.Array(Type.String()),
  usesIllustrativeValues: Type.Boolean(),
});
