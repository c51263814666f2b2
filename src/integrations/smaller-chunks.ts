import type { Plugin } from 'vite';
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';

/**
 * Packages whose browser code ships already minified (React's production builds, by Closure Compiler) or
 * only wraps them: terser makes their chunk larger, never smaller, and it is the largest chunk of the site.
 */
const PREMINIFIED = ['react', 'react-dom', 'scheduler', '@astrojs/react'];

const packageOf = (id: string): string | undefined => id.replace(/\\/g, '/').match(/\/node_modules\/((?:@[^/]+\/)?[^/]+)\//)?.[1];

/**
 * Whether a chunk is worth a terser pass: it holds third-party code other than React's. The bundler's own
 * minifier leaves such libraries larger than terser does (chart.js by 6.6 KB gzip, ics, date-fns, zod and
 * Pagefind's UI by 70–180 B each), while on the handbook's own modules terser wins about 13 B a chunk on
 * average, for well over half of the pass's time.
 */
export function wantsSecondPass(moduleIds: readonly string[]): boolean {
  return moduleIds.some((id) => {
    const pkg = packageOf(id);
    return pkg !== undefined && !PREMINIFIED.includes(pkg);
  });
}

/**
 * A second minification pass for the browser's chunks that hold third-party libraries: each is also
 * minified by terser, and whichever is smaller gzip-compressed is kept.
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
