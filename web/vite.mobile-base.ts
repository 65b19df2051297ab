/**
 * What the two phone builds (vite.mobile-pages.config.ts, vite.mobile.config.ts; decision 229) must
 * agree on: the root, the /m/ base, the output folder and the browsers they target.
 */
import { fileURLToPath } from 'node:url';
import type { UserConfig } from 'vite';
import react from '@vitejs/plugin-react';

export const mobileRoot = fileURLToPath(new URL('.', import.meta.url));
export const mobileOutDir = fileURLToPath(new URL('./dist/m', import.meta.url));

/** Shared settings; each build adds its input, its plugins and whether it empties the folder. */
export const mobileBase = {
  root: mobileRoot,
  base: '/m/',
  plugins: [react()],
  build: {
    outDir: mobileOutDir,
    // Phones from 2018 on: ES2018 keeps the output small without syntax the browsers lack.
    target: 'es2018',
    modulePreload: { polyfill: false },
  },
} satisfies UserConfig;
