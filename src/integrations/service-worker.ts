import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
import { builtFiles, type BuiltFile, type BuiltFiles } from './built-files.ts';

/** Larger files are left out of the precache (with a warning): the first visit would download them all. */
const MAX_PRECACHE_BYTES = 5 * 1024 * 1024;

/**
 * Whether a built file belongs in the precache: everything but the host's `_headers`, the worker itself
 * and the sitemaps (at the root), and dot-files (hosts do not serve them).
 */
export function isPrecached(sitePath: string): boolean {
  if (sitePath === '/_headers' || sitePath === '/sw.js' || /^\/sitemap-[^/]*\.xml$/.test(sitePath)) return false;
  return !sitePath.split('/').some((part) => part.startsWith('.'));
}

/** The precache list as the worker's source spells it: URLs relative to the site root, MD5 revisions. */
export function precacheEntries(files: BuiltFile[]): { source: string; count: number; bytes: number; tooLarge: string[] } {
  const entries: string[] = [];
  const tooLarge: string[] = [];
  let bytes = 0;
  for (const file of files) {
    if (!isPrecached(file.sitePath)) continue;
    const url = file.sitePath.slice(1);
    if (file.size > MAX_PRECACHE_BYTES) {
      tooLarge.push(url);
      continue;
    }
    entries.push(`{url:${JSON.stringify(url)},revision:${JSON.stringify(file.md5)}}`);
    bytes += file.size;
  }
  return { source: `[${entries.join(',')}]`, count: entries.length, bytes, tooLarge };
}

/** Where the worker's source leaves the precache list to the build; it appears there exactly once. */
const PLACEHOLDER = 'self.__WB_MANIFEST';

/** Where the worker is written in the build folder. */
const workerFile = (root: string) => join(root, 'sw.js');

/**
 * The worker bundled and minified (Workbox's modules and `src/components/offline/worker.ts`) with its
 * precache list still a placeholder. It needs nothing from the build, so it runs as soon as the pages are
 * written, while Pagefind indexes them in its own process.
 */
export async function bundleWorker(): Promise<string> {
  const bundle = await rolldown({
    input: fileURLToPath(new URL('../components/offline/worker.ts', import.meta.url)),
    platform: 'browser',
    // Workbox logs each request in development builds only.
    transform: { define: { 'process.env.NODE_ENV': '"production"' } },
    logLevel: 'warn',
  });
  try {
    const { output } = await bundle.generate({ format: 'iife', minify: true });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

/** The worker with its precache list written in place of the placeholder. */
export function withPrecacheList(code: string, list: string): string {
  const at = code.indexOf(PLACEHOLDER);
  if (at < 0 || code.indexOf(PLACEHOLDER, at + 1) >= 0) throw new Error(`The service worker does not hold ${PLACEHOLDER} exactly once`);
  return code.slice(0, at) + list + code.slice(at + PLACEHOLDER.length);
}

/**
 * Writes `sw.js` over the finished `dist/`: every page, stylesheet, island bundle and the Pagefind index are
 * precached, so pages a person never opened also work offline. Registration (and the "new version" prompt) is
 * injected into every page of a build; `astro dev` gets neither.
 *
 * The worker is bundled around a placeholder, and the precache list (from the files already read and hashed
 * for the link check; over 200 KB at a thousand pages) is written in its place, never parsed or minified.
 */
export function serviceWorker(built: BuiltFiles = builtFiles()): AstroIntegration {
  let worker: Promise<string> | undefined;
  return {
    name: 'handbook:service-worker',
    hooks: {
      'astro:config:setup': ({ command, injectScript }) => {
        if (command !== 'build') return;
        const client = fileURLToPath(new URL('../components/offline/register-sw.ts', import.meta.url));
        injectScript('page', `import ${JSON.stringify(client)};`);
      },
      'astro:build:start': () => built.forget(),
      'astro:build:generated': () => {
        worker = bundleWorker();
        // Awaited when the build is done; a failure before then must not count as unhandled.
        worker.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const code = await (worker ?? bundleWorker());
        worker = undefined;
        const precache = precacheEntries(await built.read(dir));
        for (const url of precache.tooLarge) logger.warn(`${url} is over ${MAX_PRECACHE_BYTES / 2 ** 20} MB, and won't be precached.`);
        if (!precache.count) throw new Error('The service worker precaches nothing');
        await writeFile(workerFile(fileURLToPath(dir)), withPrecacheList(code, precache.source));
        logger.info(`Service worker precaches ${precache.count} files (${(precache.bytes / 1024).toFixed(0)} KiB).`);
      },
    },
  };
}
