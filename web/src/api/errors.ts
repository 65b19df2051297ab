/**
 * Showing refusals: the problem's message in the current language, and field errors
 * (`errors[].path` such as `body.idNumber`) placed on the matching form fields.
 */
import { useCallback } from 'react';
import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from './client';
import type { Bilingual, Problem } from './types';

/** Picks the message for a language (Chinese unless the language is English). */
export function pickMessage(m: Bilingual, language: string): string {
  return language.startsWith('en') ? m.en : m.zh;
}

/**
 * The form field a server error path names: `body.idNumber` (schema validation) and `idNumber`
 * (a service's field error) → ['idNumber']; `body.a.b` → ['a', 'b']; `query.x` / `params.x` → null.
 */
export function fieldPathOf(path: string): string[] | null {
  const parts = path.split(/[./]/).filter((p) => p !== '');
  if (parts[0] === 'query' || parts[0] === 'params' || parts[0] === 'headers' || parts[0] === 'querystring') return null;
  const rest = parts[0] === 'body' ? parts.slice(1) : parts;
  return rest.length > 0 ? rest : null;
}

function hasField(form: FormInstance, name: string[]): boolean {
  let node: unknown = form.getFieldsValue();
  for (const part of name) {
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, part)) return false;
    node = Reflect.get(node, part);
  }
  return true;
}

/** Sets the problem's field errors on a form; returns the errors that match no field. */
export function applyFieldErrors(form: FormInstance, problem: Problem, language: string): Problem['errors'] {
  const unmatched: NonNullable<Problem['errors']> = [];
  const byField = new Map<string, { name: string[]; messages: string[] }>();
  for (const e of problem.errors ?? []) {
    const name = fieldPathOf(e.path);
    if (!name || !hasField(form, name)) {
      unmatched.push(e);
      continue;
    }
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, messages: [] };
    entry.messages.push(pickMessage(e.message, language));
    byField.set(key, entry);
  }
  form.setFields([...byField.values()].map((f) => ({ name: f.name, errors: f.messages })));
  return unmatched;
}

/**
 * A handler for failed calls: shows the message in the current language and, given a form,
 * marks its fields. Unknown errors (bugs) show a generic message.
 */
export function useApiErrorHandler(): (err: unknown, form?: FormInstance) => void {
  const { message } = App.useApp();
  const { i18n } = useTranslation();
  return useCallback(
    (err: unknown, form?: FormInstance) => {
      if (!(err instanceof ApiError)) {
        void message.error(err instanceof Error ? err.message : String(err));
        return;
      }
      const language = i18n.language;
      const unmatched = form ? applyFieldErrors(form, err.problem, language) : err.problem.errors;
      const extra = (unmatched ?? []).map((e) => `${e.path.replace(/^body\./, '')}: ${pickMessage(e.message, language)}`);
      void message.error([pickMessage(err.problem.message, language), ...extra].join('；'));
    },
    [message, i18n],
  );
}
