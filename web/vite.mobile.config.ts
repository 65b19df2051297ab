/**
 * Vite build of the worker's phone pages (/m/), separate from the staff app (decision 190): its
 * own HTML entry (web/mobile.html), no antd. This second phone build writes the sign-in page with
 * its script and CSS inlined (decision 229), loading the pages module the first phone build wrote
 * (vite.mobile-pages.config.ts) by its hashed URL; then every text file of web/dist/m is
 * precompressed (.br and .gz) so the server sends the smallest copy the phone accepts without
 * compressing on each request. `npm run build:web` runs the two after the staff build.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './vite.precompress';
import { inlineBoot, pagesModuleUrl } from './vite.inline-boot';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/m', import.meta.url));

export default defineConfig(({ command }) => ({
  root,
  base: '/m/',
  plugins: [react(), inlineBoot(), precompress()],
  define: {
    // The dev server serves the source; a build imports the first phone build's output.
    __MOBILE_PAGES_URL__: JSON.stringify(command === 'build' ? pagesModuleUrl(outDir) : '/m/src/mobile/app.tsx'),
  },
  build: {
    outDir,
    emptyOutDir: false,
    // Phones from 2018 on: ES2018 keeps the output small without syntax the browsers lack.
    target: 'es2018',
    modulePreload: { polyfill: false },
    rollupOptions: { input: path.join(root, 'mobile.html') },
  },
  server: {
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
}));
