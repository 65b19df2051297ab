/**
 * The phone sign-in inlined into mobile.html (decision 229): on a slow 3G link every separate file
 * costs a round trip of about 2 s, so the boot script and its CSS travel inside the HTML. The boot
 * script must be a single chunk (its only import is the pages module, by absolute URL); the build
 * fails otherwise rather than ship a page whose relative imports would break. The server allows the
 * inline script by its SHA-256 hash (src/http/plugins/security-headers.ts), never by 'unsafe-inline'.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** The URL of the pages module written by the first phone build (web/dist/m/assets/pages-HASH.js). */
export function pagesModuleUrl(outDir: string): string {
  const assets = path.join(outDir, 'assets');
  const found = fs.existsSync(assets) ? fs.readdirSync(assets).filter((f) => /^pages-[\w-]+\.js$/.test(f)) : [];
  if (found.length !== 1)
    throw new Error(`expected one pages-HASH.js in ${assets} (run vite.mobile-pages.config.ts first), found ${found.length}`);
  return `/m/assets/${found[0]}`;
}

/** Text safe inside <script> or <style>: no closing tag can end the element early. */
function guarded(text: string, tag: 'script' | 'style'): string {
  return text.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}

export function inlineBoot(): Plugin {
  return {
    name: 'wugong-inline-boot',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = Object.values(bundle).find((f) => f.type === 'asset' && f.fileName.endsWith('.html'));
      if (!html || html.type !== 'asset') throw new Error('inline-boot: no HTML in the bundle');
      let page = String(html.source);
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && file.isEntry) {
          if (file.imports.length > 0)
            throw new Error(`inline-boot: ${file.fileName} imports ${file.imports.join(', ')}; the boot script must be one chunk`);
          const tag = new RegExp(`<script type="module" crossorigin src="[^"]*${file.fileName}"></script>`);
          if (!tag.test(page)) throw new Error(`inline-boot: no script tag for ${file.fileName}`);
          page = page.replace(tag, () => `<script type="module">${guarded(file.code.trim(), 'script')}</script>`);
          delete bundle[file.fileName];
        } else if (file.type === 'asset' && file.fileName.endsWith('.css')) {
          const tag = new RegExp(`<link rel="stylesheet" crossorigin href="[^"]*${file.fileName}">`);
          if (!tag.test(page)) continue;
          page = page.replace(tag, () => `<style>${guarded(String(file.source).trim(), 'style')}</style>`);
          delete bundle[file.fileName];
        }
      }
      html.source = page;
    },
  };
}
