/**
 * The catalogue: every program with its criteria (as a tree, each rule in words), the facts it needs,
 * the parameters it uses at which locality, and the clauses it cites — bilingual, for officers,
 * auditors and the public pages. Generated from the same definitions the engine runs.
 */
import { analyse } from './analyse.js';
import { clauseById, type ClauseId } from './clauses.js';
import type { CriterionNode, Program, Subject } from './criteria.js';
import { Describer } from './describe.js';
import { FACT_KEYS, FACT_SPECS, enumOptions } from './fact-specs.js';
import type { FactKey } from './facts.js';
import { paramDef, type ParamKey, type ParamUnit } from './param-defs.js';
import { PROGRAMS } from './programs/index.js';
import { LOCALITY_LABELS, type Bilingual, type Locality } from './types.js';
import { rulesetVersion } from './version.js';

/** A criterion in words. */
export interface CatalogueCriterion {
  id: string;
  kind: CriterionNode['kind'];
  label: Bilingual;
  clause: ClauseId;
  locality: Bilingual;
  /** The rule in words (checks only). */
  rule?: Bilingual;
  exceptions?: { id: string; label: Bilingual; clause: ClauseId; rule: Bilingual }[];
  /** What a worker is told when it fails. */
  whenFailing: Bilingual;
  children?: CatalogueCriterion[];
}

/** A fact a program needs. */
export interface CatalogueFact {
  key: FactKey;
  label: Bilingual;
  type: 'int' | 'bool' | 'date' | 'region' | 'enum';
  values?: { value: string; label: Bilingual }[];
  range?: [number, number];
}

/** One program. */
export interface CatalogueProgram {
  id: string;
  name: Bilingual;
  summary: Bilingual;
  subject: Subject;
  payer: Bilingual;
  rulesetVersion: string;
  criteria: CatalogueCriterion;
  values: { name: string; label: Bilingual; rule: Bilingual }[];
  amount: Bilingual;
  facts: CatalogueFact[];
  parameters: { key: ParamKey; label: Bilingual; unit: ParamUnit; locality: Bilingual }[];
  clauses: { id: ClauseId; document: Bilingual; summary: Bilingual; validFrom: string; validTo?: string; inferred: boolean }[];
}

function criterion(node: CriterionNode, loc: Locality, d: Describer): CatalogueCriterion {
  const l = node.locality ?? loc;
  const base: CatalogueCriterion = {
    id: node.id,
    kind: node.kind,
    label: node.label,
    clause: node.clause,
    locality: LOCALITY_LABELS[l],
    whenFailing: node.fail,
  };
  if (node.kind === 'check') {
    base.rule = d.boolText(node.test, l);
    if (node.exceptions?.length)
      base.exceptions = node.exceptions.map((x) => ({ id: x.id, label: x.label, clause: x.clause, rule: d.boolText(x.when, l) }));
  } else if (node.kind === 'not') base.children = [criterion(node.item, l, d)];
  else base.children = node.items.map((c) => criterion(c, l, d));
  return base;
}

function fact(key: FactKey): CatalogueFact {
  const spec = FACT_SPECS[key];
  const out: CatalogueFact = { key, label: spec.label, type: spec.type };
  if (spec.type === 'enum') out.values = enumOptions(spec);
  if (spec.type === 'int') out.range = [spec.min, spec.max];
  return out;
}

/** The catalogue entry of one program. */
export function describeProgram(p: Program): CatalogueProgram {
  const a = analyse(p);
  const d = new Describer(p.values);
  const clauses = a.clauses.flatMap((id) => {
    const c = clauseById(id);
    return c
      ? [
          {
            id: c.id,
            document: c.document,
            summary: c.summary,
            validFrom: c.validFrom,
            ...(c.validTo ? { validTo: c.validTo } : {}),
            inferred: c.inferred === true,
          },
        ]
      : [];
  });
  return {
    id: p.id,
    name: p.name,
    summary: p.summary,
    subject: p.subject,
    payer: LOCALITY_LABELS[p.payer],
    rulesetVersion: rulesetVersion(p),
    criteria: criterion(p.criteria, p.payer, d),
    values: p.values.map((v) => ({ name: v.name, label: v.label, rule: d.numText(v.expr, v.locality ?? p.payer) })),
    amount: d.numText(p.amount, p.payer),
    facts: FACT_KEYS.filter((k) => a.facts.includes(k)).map(fact),
    parameters: a.params.map((u) => ({
      key: u.key,
      label: paramDef(u.key).label,
      unit: paramDef(u.key).unit,
      locality: LOCALITY_LABELS[u.locality],
    })),
    clauses,
  };
}

/** Every program, in order. */
export function catalogue(): CatalogueProgram[] {
  return PROGRAMS.map(describeProgram);
}
