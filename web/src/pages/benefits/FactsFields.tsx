/** The form fields of a program's claim facts, one input per fact the catalogue lists for it. */
import { Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CatalogueProgram } from '../../api/policy';
import { FactInput, type FactValue } from '../policy/FactInput';
import { useBilingual } from '../policy/bilingual';

/** Drops empty answers so the server sees only the facts that were given. */
export function givenFacts(facts: Record<string, FactValue> | undefined): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(facts ?? {})) if (v !== undefined && v !== null && v !== '') out[k] = v;
  return out;
}

/** Keeps the stored facts that a fact input can show. */
export function editableFacts(facts: Record<string, unknown>): Record<string, FactValue> {
  const out: Record<string, FactValue> = {};
  for (const [k, v] of Object.entries(facts)) if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
  return out;
}

export function FactsFields({ program }: { program: CatalogueProgram }) {
  const { t } = useTranslation();
  const bi = useBilingual();
  return (
    <>
      <Typography.Paragraph type="secondary">{t('benefits.factsHint')}</Typography.Paragraph>
      {program.facts.map((f) => (
        <Form.Item key={f.key} name={['facts', f.key]} label={bi(f.label)} data-testid={`fact-${f.key}`}>
          <FactInput fact={f} />
        </Form.Item>
      ))}
    </>
  );
}
