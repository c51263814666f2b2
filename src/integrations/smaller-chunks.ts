import type { Plugin } from 'vite';
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';

/**
 * The modules of the chunk that hydrates islands: React DOM's client build, already minified by Closure
 * Compiler, the scheduler it uses and Astro's few lines around them. Terser makes that chunk larger (by
 * about 0.5 KB gzip), never smaller, and it is the site's largest chunk, over a quarter of the pass's time.
 */
const HYDRATION_RUNTIME = /\/node_modules\/(?:react-dom\/(?:client\.js|cjs\/react-dom-client\.)|scheduler\/|@astrojs\/react\/)/;

/** Whether a chunk is worth a terser pass: anything but the chunk made only of the hydration runtime. */
export function wantsSecondPass(moduleIds: readonly string[]): boolean {
  return moduleIds.some((id) => !HYDRATION_RUNTIME.test(id.replace(/\\/g, '/')));
}

/**
 * A second minification pass for the browser's chunks: each one is also minified by terser, and whichever is
 * smaller gzip-compressed is kept. chart.js comes out about 6 KB (gzip) smaller, since terser drops more of
 * what the registered pieces do not use; the handbook's own chunks gain a few bytes each, which the tool pages'
 * JavaScript budget counts on.
 */
export function smallerChunks(): Plugin {
  return {
    name: 'handbook:smaller-chunks',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !wantsSecondPass(chunk.moduleIds)) continue;
        const out = await minify(chunk.code, { module: true, ecma: 2020, compress: { passes: 2 } });
        if (out.code !== undefined && gzipSync(out.code).length < gzipSync(chunk.code).length) chunk.code = out.code;
      }
    },
  };
}
