/**
 * Plain-language rendering of expressions, in Chinese and English, for the catalogue: officers and
 * auditors read the rules without reading code.
 */
import type { ValueDef } from './criteria.js';
import type { BoolExpr, CmpOp, NumExpr } from './expr.js';
import { FACT_SPECS } from './fact-specs.js';
import { paramDef } from './param-defs.js';
import { LOCALITY_LABELS, type Bilingual, type Locality } from './types.js';

type Lang = keyof Bilingual;

const CMP: Readonly<Record<CmpOp, string>> = { lt: '<', le: '≤', gt: '>', ge: '≥', eq: '=', ne: '≠' };
const LEVEL: Readonly<Record<string, Bilingual>> = {
  province: { zh: '省', en: 'province' },
  prefecture: { zh: '市', en: 'prefecture' },
  county: { zh: '县', en: 'county' },
};

/** Renders expressions with the labels of a program's named values. */
export class Describer {
  constructor(private readonly values: readonly ValueDef[]) {}

  /** A numeric expression in one language. */
  num(e: NumExpr, loc: Locality, lang: Lang): string {
    const n = (x: NumExpr) => this.num(x, loc, lang);
    const zh = lang === 'zh';
    switch (e.op) {
      case 'const':
        return String(e.value);
      case 'fact':
      case 'date':
        return zh ? `「${FACT_SPECS[e.fact].label.zh}」` : `«${FACT_SPECS[e.fact].label.en}»`;
      case 'asOf':
        return zh ? '申请日期' : 'the decision date';
      case 'param':
        return `[${paramDef(e.key).label[lang]}${zh ? '（' : ' ('}${LOCALITY_LABELS[e.locality ?? loc][lang]}${zh ? '）' : ')'}]`;
      case 'ref':
        return `«${this.values.find((v) => v.name === e.name)?.label[lang] ?? e.name}»`;
      case 'add':
        return `(${n(e.a)} + ${n(e.b)})`;
      case 'sub':
        return `(${n(e.a)} − ${n(e.b)})`;
      case 'mul':
        return `${n(e.a)} × ${n(e.b)}`;
      case 'min':
        return zh ? `${n(e.a)}与${n(e.b)}中较小者` : `the smaller of ${n(e.a)} and ${n(e.b)}`;
      case 'max':
        return zh ? `${n(e.a)}与${n(e.b)}中较大者` : `the larger of ${n(e.a)} and ${n(e.b)}`;
      case 'idiv':
        return zh ? `${n(e.a)} ÷ ${n(e.b)}（取整）` : `${n(e.a)} ÷ ${n(e.b)} (whole part)`;
      case 'mulBp':
        return zh
          ? `${n(e.a)} × ${n(e.bp)} ÷ 10000（${e.round === 'up' ? '向上' : '向下'}取整到分）`
          : `${n(e.a)} × ${n(e.bp)} ÷ 10000 (rounded ${e.round} to the fen)`;
      case 'monthsBetween':
        return zh ? `从${n(e.from)}到${n(e.to)}的整月数` : `whole months from ${n(e.from)} to ${n(e.to)}`;
      case 'addMonths':
        return zh ? `${n(e.date)}加${n(e.months)}个月` : `${n(e.date)} plus ${n(e.months)} months`;
      case 'if':
        return zh
          ? `（如果${this.bool(e.cond, loc, lang)}，则${n(e.then)}，否则${n(e.else)}）`
          : `(if ${this.bool(e.cond, loc, lang)} then ${n(e.then)} else ${n(e.else)})`;
    }
  }

  /** A yes/no expression in one language. */
  bool(e: BoolExpr, loc: Locality, lang: Lang): string {
    const zh = lang === 'zh';
    switch (e.op) {
      case 'flag':
        return zh ? `「${FACT_SPECS[e.fact].label.zh}」为是` : `«${FACT_SPECS[e.fact].label.en}»`;
      case 'is': {
        const spec = FACT_SPECS[e.fact];
        const labels = spec.type === 'enum' ? e.values.map((v) => labelOf(spec.valueLabels, v, lang)) : e.values;
        return zh ? `「${spec.label.zh}」为${labels.join('、')}` : `${spec.label.en} is ${labels.join(' or ')}`;
      }
      case 'cmp':
        return `${this.num(e.a, loc, lang)} ${CMP[e.cmp]} ${this.num(e.b, loc, lang)}`;
      case 'and':
        return e.items.map((x) => this.bool(x, loc, lang)).join(zh ? '，并且' : ', and ');
      case 'or':
        return `(${e.items.map((x) => this.bool(x, loc, lang)).join(zh ? '，或者' : ', or ')})`;
      case 'not':
        return zh ? `并非（${this.bool(e.item, loc, lang)}）` : `not (${this.bool(e.item, loc, lang)})`;
      case 'sameArea': {
        const a = LOCALITY_LABELS[e.a][lang];
        const b = LOCALITY_LABELS[e.b][lang];
        const level = LEVEL[e.level]?.[lang] ?? e.level;
        return zh ? `${a}与${b}在同一${level}` : `${a} and ${b} are in the same ${level}`;
      }
    }
  }

  /** Both languages. */
  numText(e: NumExpr, loc: Locality): Bilingual {
    return { zh: this.num(e, loc, 'zh'), en: this.num(e, loc, 'en') };
  }

  /** Both languages. */
  boolText(e: BoolExpr, loc: Locality): Bilingual {
    return { zh: this.bool(e, loc, 'zh'), en: this.bool(e, loc, 'en') };
  }
}

function labelOf(labels: Readonly<Record<string, Bilingual>>, v: string, lang: Lang): string {
  return labels[v]?.[lang] ?? v;
}
