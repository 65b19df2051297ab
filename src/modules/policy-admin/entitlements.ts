/**
 * "What am I entitled to?" (pure): every program decided on registry facts alone. A program whose
 * required facts the registry does not hold is reported as needing those facts (with plain-language
 * reasons), never as "not eligible".
 */
import {
  FACT_SPECS,
  PROGRAMS,
  analyse,
  evaluate,
  type Bilingual,
  type Decision,
  type FactKey,
  type Facts,
  type ParameterRow,
} from '../../policy/index.js';

/** What is missing before a program can be decided. */
export interface NeededFact {
  key: FactKey;
  label: Bilingual;
  reason: Bilingual;
}

/** One program's answer for a person. */
export interface Entitlement {
  programId: string;
  programName: Bilingual;
  summary: Bilingual;
  status: 'eligible' | 'not_eligible' | 'needs_facts';
  amountFen: number;
  /** Why (eligible: what is payable; not eligible: what failed), Chinese first. */
  messages: Bilingual[];
  needed: NeededFact[];
  citations: string[];
  usesIllustrativeValues: boolean;
  /** The full decision when one could be made. */
  decision?: Decision;
}

function neededFact(key: FactKey): NeededFact {
  const label = FACT_SPECS[key].label;
  return {
    key,
    label,
    reason: { zh: `登记信息中没有“${label.zh}”，申请时请提供。`, en: `The registry does not hold “${label.en}”; give it when you apply.` },
  };
}

/** Decides every program for registry facts on a date; missing claim facts become "needed". */
export function entitlementsFor(facts: Facts, asOf: string, params: readonly ParameterRow[]): Entitlement[] {
  return PROGRAMS.map((program) => {
    const base = { programId: program.id, programName: program.name, summary: program.summary };
    const missing = analyse(program).facts.filter((k) => facts[k] === undefined);
    if (missing.length) {
      return {
        ...base,
        status: 'needs_facts',
        amountFen: 0,
        messages: [],
        needed: missing.map(neededFact),
        citations: [],
        usesIllustrativeValues: false,
      };
    }
    const d = evaluate(program, facts, asOf, params);
    if (!d.ok) {
      return {
        ...base,
        status: 'needs_facts',
        amountFen: 0,
        messages: [d.reason.message],
        needed: [],
        citations: [],
        usesIllustrativeValues: false,
      };
    }
    const v = d.value;
    return {
      ...base,
      status: v.eligible ? 'eligible' : 'not_eligible',
      amountFen: v.amountFen,
      messages: v.messages,
      needed: [],
      citations: [...v.citations],
      usesIllustrativeValues: v.usesIllustrativeValues,
      decision: v,
    };
  });
}
