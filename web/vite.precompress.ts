/**
 * A Vite build step shared by the staff and phone builds: NAME.br (brotli, best) and NAME.gz
 * (gzip -9) beside every text asset, so the server sends the smallest copy a browser accepts
 * without compressing on each request (src/http/plugins/static.ts, decision 192).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

/** Writes NAME.br (brotli, best) and NAME.gz (gzip -9) beside every JS, CSS, HTML and SVG file of the build. */
export function precompress(): Plugin {
  let dir = '';
  return {
    name: 'wugong-precompress',
    apply: 'build',
    configResolved(config) {
      dir = config.build.outDir;
    },
    closeBundle() {
      const walk = (d: string): string[] =>
        fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
      for (const file of walk(dir)) {
        if (!/\.(js|css|html|svg|json)$/.test(file)) continue;
        const data = fs.readFileSync(file);
        fs.writeFileSync(
          `${file}.br`,
          zlib.brotliCompressSync(data, {
            params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length },
          }),
        );
        fs.writeFileSync(`${file}.gz`, zlib.gzipSync(data, { level: 9 }));
      }
    },
  };
}
