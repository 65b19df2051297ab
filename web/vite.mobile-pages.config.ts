/**
 * First of the two phone builds (decision 229): the React pages (web/src/mobile/app.tsx) as one
 * module of their own, web/dist/m/assets/pages-HASH.js, cached for ever by name. The sign-in page
 * (vite.mobile.config.ts, built next) is inlined into the HTML and imports this file by its URL
 * once the sign-in shows, so nothing of the pages stands between a phone and a usable sign-in.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/m/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/m', import.meta.url)),
    emptyOutDir: true,
    target: 'es2018',
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: { pages: path.join(root, 'src/mobile/app.tsx') },
      // The sign-in page calls mountApp: keep the entry's exports.
      preserveEntrySignatures: 'exports-only',
      output: { entryFileNames: 'assets/[name]-[hash].js', chunkFileNames: 'assets/[name]-[hash].js' },
    },
  },
});
