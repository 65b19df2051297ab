/**
 * Vite build of the worker's phone pages (/m/), separate from the staff app (decision 190): its
 * own HTML entry (web/mobile.html), no antd, written to web/dist/m with hashed asset names, and
 * every text asset precompressed (.br and .gz) so the server sends the smallest copy the phone
 * accepts without compressing on each request. `npm run build:web` runs it after the staff build.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './vite.precompress';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/m', import.meta.url));

export default defineConfig({
  root,
  base: '/m/',
  plugins: [react(), precompress()],
  build: {
    outDir,
    emptyOutDir: true,
    // Phones from 2018 on: ES2018 keeps the output small without syntax the browsers lack.
    target: 'es2018',
    modulePreload: { polyfill: false },
    rollupOptions: { input: path.join(root, 'mobile.html') },
  },
  server: {
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
});
