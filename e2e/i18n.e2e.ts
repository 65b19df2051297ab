/**
 * Chinese all the way (issue 7, point 2): on every staff page in Chinese no text is an i18n key or
 * a code such as `person.reveal` or `entre.advanceMonths`, and no word of the app's own English
 * vocabulary (every word of the English resources that the Chinese resources do not use) shows.
 * Data that is not UI text — names in pinyin, ID numbers, usernames, file names — is marked
 * translate="no" (or <code>) and is not read.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import type { TestContext } from './run.js';
import { expect } from './helpers.js';
import { repoRoot } from './harness.js';
import { signInAs, staffPages, visit } from './staff-pages.js';

function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (typeof v === 'object' && v !== null) for (const x of Object.values(v)) strings(x, out);
  return out;
}

const words = (text: string) => (text.replace(/\{\{[^}]*\}\}/g, ' ').match(/[A-Za-z]{3,}/g) ?? []).map((w) => w.toLowerCase());

/** English words the app itself says (en resources) that its Chinese resources never use. */
async function englishVocabulary(): Promise<Set<string>> {
  const load = async (file: string): Promise<unknown> => {
    const mod: Record<string, unknown> = await import(pathToFileURL(path.join(repoRoot, 'web', 'src', 'i18n', file)).href);
    return file === 'en.ts' ? mod.en : mod.zh;
  };
  const zhWords = new Set(strings(await load('zh.ts')).flatMap(words));
  const vocabulary = new Set(strings(await load('en.ts')).flatMap(words));
  for (const w of zhWords) vocabulary.delete(w);
  return vocabulary;
}

/** A dotted code like person.reveal or entre.advanceMonths (file names and numbers are not). */
const KEY = /\b[a-z][a-zA-Z_]*\.[a-z][a-zA-Z_]*(\.[a-zA-Z_]+)*\b/g;
const FILE = /\.(xlsx|csv|pdf|png|jpe?g|txt|json)$/i;

const VISIBLE_TEXT = `(() => {
  const skip = (el) => el.closest('[translate="no"], code, script, style, [aria-hidden="true"]') !== null;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const parts = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || skip(el)) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    parts.push(n.textContent || '');
  }
  // Accessible names and hints a screen reader reads count too.
  // antd's icons carry English aria-labels (home, down, close) but sit beside the words they illustrate.
  for (const el of Array.from(document.querySelectorAll('[aria-label], [placeholder]'))) {
    if (skip(el) || el.classList.contains('anticon')) continue;
    for (const a of ['aria-label', 'placeholder']) parts.push(el.getAttribute(a) || '');
  }
  return parts.join('\\n');
})()`;

async function visibleText(page: Page): Promise<string> {
  const text: unknown = await page.evaluate(VISIBLE_TEXT);
  return typeof text === 'string' ? text : '';
}

export async function noChinesePageShowsAKeyOrAnEnglishWord({ page, baseUrl }: TestContext): Promise<void> {
  const vocabulary = await englishVocabulary();
  expect(vocabulary.has('reveal') && vocabulary.has('advance') && !vocabulary.has('api'), 'the vocabulary is built from the resources');
  const pages = await staffPages(page, baseUrl);
  const current = { user: null as string | null };
  const problems: string[] = [];
  for (const p of pages) {
    await signInAs(page, baseUrl, p.user, current);
    await visit(page, baseUrl, p.path);
    const lang = await page.locator('html').getAttribute('lang');
    expect(lang === 'zh-CN', `${p.path} is not in Chinese (lang=${lang ?? ''})`);
    const text = await visibleText(page);
    const keys = [...text.matchAll(KEY)].map((m) => m[0]).filter((k) => !FILE.test(k));
    const english = [...new Set(words(text).filter((w) => vocabulary.has(w)))];
    if (keys.length > 0) problems.push(`${p.path} (${p.user}) shows keys: ${[...new Set(keys)].slice(0, 10).join(', ')}`);
    if (english.length > 0) problems.push(`${p.path} (${p.user}) shows English: ${english.slice(0, 15).join(', ')}`);
  }
  expect(problems.length === 0, `untranslated text on Chinese pages:\n${problems.join('\n')}`);
}

/**
 * antd names a Select's clear button "Clear" and an Input's by its icon ("close-circle") in every
 * locale; the app names them (components/clearable.tsx). With a value typed and one chosen, every
 * clear button on the enterprises filter bar is called 清除 in Chinese and Clear in English.
 */
export async function clearButtonsAreNamedInTheUsersLanguage({ page, baseUrl }: TestContext): Promise<void> {
  await signInAs(page, baseUrl, 'duan_county', { user: null });
  await visit(page, baseUrl, '/enterprises');
  await page.getByRole('textbox', { name: '单位名称关键字' }).fill('都安');
  await page.getByRole('combobox', { name: '企业规模' }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
  const names = async () =>
    page.locator('.ant-input-clear-icon:not(.ant-input-clear-icon-hidden), .ant-select-clear').evaluateAll((els) =>
      els.map((el) => {
        const own = el.getAttribute('aria-label');
        const icon = el.querySelector('[aria-label]');
        return own ?? (icon ? icon.getAttribute('aria-label') : el.textContent) ?? '';
      }),
    );
  const zh = await names();
  expect(zh.length >= 2 && zh.every((n) => n === '清除'), `clear buttons in Chinese should be 清除, got ${zh.join(', ')}`);
  await page.getByRole('combobox', { name: '语言' }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: 'English' }).click();
  await page.getByRole('combobox', { name: 'Language' }).waitFor();
  const en = await names();
  expect(en.length >= 2 && en.every((n) => n === 'Clear'), `clear buttons in English should be Clear, got ${en.join(', ')}`);
}
