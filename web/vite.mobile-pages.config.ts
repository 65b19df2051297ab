/**
 * First of the two phone builds (decision 229): the React pages (web/src/mobile/app.tsx) as one
 * module of their own, web/dist/m/assets/pages-HASH.js, cached for ever by name. The sign-in page
 * (vite.mobile.config.ts, built next) is inlined into the HTML and imports this file by its URL
 * once the sign-in shows, so nothing of the pages stands between a phone and a usable sign-in.
 */
import path from 'node:path';
import { defineConfig } from 'vite';
import { mobileBase, mobileRoot } from './vite.mobile-base';

export default defineConfig({
  ...mobileBase,
  build: {
    ...mobileBase.build,
    emptyOutDir: true,
    rollupOptions: {
      input: { pages: path.join(mobileRoot, 'src/mobile/app.tsx') },
      // The sign-in page calls mountApp: keep the entry's exports.
      preserveEntrySignatures: 'exports-only',
      output: { entryFileNames: 'assets/[name]-[hash].js', chunkFileNames: 'assets/[name]-[hash].js' },
    },
  },
});
