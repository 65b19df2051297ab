/**
 * Entry of the worker's phone pages (web/mobile.html, decision 191). A first visit gets the sign-in
 * page in plain DOM at once — a few kilobytes — and the React pages load behind it while the
 * worker types. A phone that signed in before (a hint in localStorage; the session cookie itself
 * is httpOnly) goes straight to the pages, which check the session and fall back to sign-in.
 */
import './mobile.css';
import './mobile-forms.css';
import './mobile-a11y.css';
import type { Me } from '../api/types';
import { hasSignedInHint, renderLogin } from './login';
import { storeLang, storedLang } from './text';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from mobile.html');
const mountPoint = root;
storeLang(storedLang());

// The pages module of the first phone build, by its hashed URL (decision 229): this script is
// inlined into the HTML, so a relative import would resolve against the page's address.
const loadPages = () => import(/* @vite-ignore */ __MOBILE_PAGES_URL__) as Promise<typeof import('./app')>;

function showPages(me: Me | null): void {
  void loadPages().then((m) => m.mountApp(mountPoint, me));
}

const onLoginPath = /^\/m\/login\/?$/.test(location.pathname);
if (hasSignedInHint() && !onLoginPath) {
  showPages(null);
} else {
  if (!onLoginPath) history.replaceState(null, '', '/m/login');
  const stop = renderLogin(mountPoint, {
    onSignedIn(me) {
      stop();
      history.replaceState(null, '', '/m');
      showPages(me);
    },
  });
  // The sign-in works now; fetch the other pages while the worker waits for the SMS.
  setTimeout(() => void loadPages(), 300);
}
