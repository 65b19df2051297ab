/** Set by web/vite.mobile.config.ts: the URL of the phone pages module (decision 229). */
declare const __MOBILE_PAGES_URL__: string;
