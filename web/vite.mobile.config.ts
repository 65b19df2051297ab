/**
 * Vite build of the worker's phone pages (/m/), separate from the staff app (decision 190): its
 * own HTML entry (web/mobile.html), no antd. This second phone build writes the sign-in page with
 * its script and CSS inlined (decision 229), loading the pages module the first phone build wrote
 * (vite.mobile-pages.config.ts) by its hashed URL; then every text file of web/dist/m is
 * precompressed (.br and .gz) so the server sends the smallest copy the phone accepts without
 * compressing on each request. `npm run build:web` runs the two after the staff build.
 */
import path from 'node:path';
import { defineConfig } from 'vite';
import { precompress } from './vite.precompress';
import { inlineBoot, pagesModuleUrl } from './vite.inline-boot';
import { mobileBase, mobileOutDir, mobileRoot } from './vite.mobile-base';

export default defineConfig(({ command }) => ({
  ...mobileBase,
  plugins: [...mobileBase.plugins, inlineBoot(), precompress()],
  define: {
    // The dev server serves the source; a build imports the first phone build's output.
    __MOBILE_PAGES_URL__: JSON.stringify(command === 'build' ? pagesModuleUrl(mobileOutDir) : '/m/src/mobile/app.tsx'),
  },
  build: {
    ...mobileBase.build,
    emptyOutDir: false,
    rollupOptions: { input: path.join(mobileRoot, 'mobile.html') },
  },
  server: {
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
}));
