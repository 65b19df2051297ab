/**
 * The sign-in page in plain DOM (decision 191): it is what a phone shows first, so it must work
 * before React and the other pages have arrived over a slow line. Phone, SMS code with a resend
 * countdown (the server allows one code a minute), and plain-language errors.
 */
import { request, setCsrfToken } from '../api/client';
import type { Me } from '../api/types';
import { ICON_PATHS, type IconName } from './icon-paths';
import { plainProblemText } from './plain';
import { lookup, storeLang, storedLang, type Lang } from './text';

const RESEND_SECONDS = 60;
/** Set while a worker session is believed to exist, so a return visit opens the pages at once. */
export const SIGNED_IN_HINT = 'wugong.m.signedIn';

export function setSignedInHint(on: boolean): void {
  try {
    if (on) localStorage.setItem(SIGNED_IN_HINT, '1');
    else localStorage.removeItem(SIGNED_IN_HINT);
  } catch {
    // storage refused: every visit starts at sign-in
  }
}

export function hasSignedInHint(): boolean {
  try {
    return localStorage.getItem(SIGNED_IN_HINT) === '1';
  } catch {
    return false;
  }
}

type Attrs = Record<string, string>;
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...kids: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...kids);
  return node;
}

/** An inline SVG icon (decorative: the word beside it names the control). */
export function iconNode(name: IconName): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', 'm-icon');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const p = document.createElementNS(ns, 'path');
  p.setAttribute('d', ICON_PATHS[name]);
  svg.append(p);
  return svg;
}

export interface LoginOptions {
  /** Called with the new session once the code is accepted. */
  onSignedIn(me: Me): void;
  /** Called after the language was switched (the React pages follow it). */
  onLanguage?(lang: Lang): void;
}

/** Renders the sign-in page into `root` (header and main); returns a function that stops its timers. */
export function renderLogin(root: HTMLElement, opts: LoginOptions): () => void {
  let lang = storedLang();
  let phone = '';
  let code = '';
  let wait = 0;
  let sent = false;
  let busy = false;
  let error: string | null = null;
  let timer: ReturnType<typeof setInterval> | undefined;
  const t = (key: string, vars?: Record<string, string | number>) => lookup(lang, key, vars);

  const phoneInput = el('input', {
    id: 'm-phone',
    class: 'm-input',
    'data-testid': 'm-phone',
    type: 'tel',
    inputmode: 'numeric',
    autocomplete: 'tel',
    maxlength: '11',
  });
  const codeInput = el('input', {
    id: 'm-code',
    class: 'm-input',
    'data-testid': 'm-code',
    type: 'text',
    inputmode: 'numeric',
    autocomplete: 'one-time-code',
    maxlength: '6',
  });
  phoneInput.addEventListener('input', () => {
    phone = phoneInput.value.replace(/\D/g, '');
    phoneInput.value = phone;
  });
  codeInput.addEventListener('input', () => {
    code = codeInput.value.replace(/\D/g, '');
    codeInput.value = code;
  });
  const sendButton = el('button', { type: 'button', class: 'm-button m-button-plain m-button-side', 'data-testid': 'm-send-code' });
  const submitButton = el('button', { type: 'submit', class: 'm-button', 'data-testid': 'm-login-submit' });
  const langButton = el('button', { type: 'button', class: 'm-header-button', 'data-testid': 'm-language' });
  const status = el('p', { class: 'm-ok', role: 'status' });
  const alert = el('p', { class: 'm-error', role: 'alert', 'data-testid': 'm-login-error' });
  const title = el('h1', { class: 'm-h1', tabindex: '-1' });
  const hint = el('p', { class: 'm-note' });
  const phoneLabel = el('label', { class: 'm-label', for: 'm-phone' });
  const codeLabel = el('label', { class: 'm-label', for: 'm-code' });
  const headerTitle = el('span', { class: 'm-header-title' });
  const form = el(
    'form',
    { novalidate: '' },
    el('div', { class: 'm-field' }, phoneLabel, phoneInput),
    el('div', { class: 'm-field' }, codeLabel, el('span', { class: 'm-row' }, codeInput, sendButton)),
    status,
    alert,
    submitButton,
  );

  const paint = () => {
    document.title = `${t('login.title')} · ${t('title')}`;
    headerTitle.textContent = t('title');
    langButton.replaceChildren(iconNode('globe'), t('switchLanguage'));
    langButton.setAttribute('lang', lang === 'zh' ? 'en' : 'zh-CN');
    title.textContent = t('login.title');
    hint.textContent = t('login.hint');
    phoneLabel.replaceChildren(iconNode('phone'), t('login.phone'));
    codeLabel.replaceChildren(iconNode('key'), t('login.code'));
    phoneInput.placeholder = t('login.phonePlaceholder');
    codeInput.placeholder = t('login.codePlaceholder');
    sendButton.replaceChildren(iconNode('message'), wait > 0 ? t('login.resendIn', { seconds: wait }) : t('login.send'));
    sendButton.disabled = busy || wait > 0;
    submitButton.replaceChildren(iconNode('login'), t('login.submit'));
    submitButton.disabled = busy;
    status.textContent = sent && !error ? t('login.sent') : '';
    status.hidden = !(sent && !error);
    alert.textContent = error ?? '';
    alert.hidden = error === null;
  };

  const fail = (err: unknown) => {
    error = plainProblemText(err, lang);
  };
  const phoneOk = () => /^1[0-9]{10}$/.test(phone);

  sendButton.addEventListener('click', () => {
    if (!phoneOk()) {
      error = t('login.phoneInvalid');
      paint();
      phoneInput.focus();
      return;
    }
    error = null;
    busy = true;
    paint();
    request('POST', '/auth/worker/code', { body: { phone }, redirectOn401: false })
      .then(() => {
        sent = true;
        wait = RESEND_SECONDS;
        clearInterval(timer);
        timer = setInterval(() => {
          wait -= 1;
          if (wait <= 0) clearInterval(timer);
          paint();
        }, 1000);
        codeInput.focus();
      }, fail)
      .finally(() => {
        busy = false;
        paint();
      });
  });

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!phoneOk()) error = t('login.phoneInvalid');
    else if (!/^[0-9]{6}$/.test(code)) error = t('login.codeInvalid');
    else error = null;
    if (error !== null) return paint();
    busy = true;
    paint();
    request<Me>('POST', '/auth/worker/login', { body: { phone, code }, redirectOn401: false })
      .then((me) => {
        setCsrfToken(me.csrfToken);
        setSignedInHint(true);
        clearInterval(timer);
        opts.onSignedIn(me);
      }, fail)
      .finally(() => {
        busy = false;
        if (root.isConnected) paint();
      });
  });

  langButton.addEventListener('click', () => {
    lang = lang === 'zh' ? 'en' : 'zh';
    storeLang(lang);
    paint();
    opts.onLanguage?.(lang);
  });

  paint();
  root.replaceChildren(
    el('header', { class: 'm-header' }, headerTitle, langButton),
    el('main', { class: 'm-main', id: 'm-main' }, title, hint, form),
  );
  return () => clearInterval(timer);
}
