import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as WorkboxBuild from 'workbox-build';
import { builtFiles, type BuiltFile, type BuiltFiles } from './built-files.ts';

/** Where a navigation lands when it is neither precached nor reachable. */
export const OFFLINE_PATH = '/offline/';

/** Larger files are left out of the precache (with a warning), as Workbox does. */
const MAX_PRECACHE_BYTES = 5 * 1024 * 1024;

/**
 * Whether a built file belongs in the precache: everything but the host's `_headers`, the worker itself
 * and the sitemaps (at the root), and dot-files (which Workbox's glob skips too).
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

/** Stands for the precache list while Workbox bundles the worker; replaced by the list afterwards. */
const PLACEHOLDER = '__HANDBOOK_PRECACHE__';

/** Where the worker is written in the build folder. */
const workerFile = (root: string) => join(root, 'sw.js');

/**
 * Workbox's part: the worker around the placeholder list, written to `sw.js`; resolves to Workbox's warnings.
 * It needs only the offline page, so it runs as soon as the pages are written, while Pagefind indexes them
 * in its own process.
 */
async function workerWithPlaceholder(root: string): Promise<string[]> {
  // Loaded only now (Workbox, Babel and Rollup): about 80 MB that no earlier step of the build needs.
  const { generateSW } = createRequire(import.meta.url)('workbox-build') as typeof WorkboxBuild;
  const { warnings } = await generateSW({
    // Workbox requires a folder to glob; the offline page is one file, and the list is replaced anyway.
    globDirectory: root,
    globPatterns: [`${OFFLINE_PATH.slice(1)}index.html`],
    manifestTransforms: [() => ({ manifest: [{ url: PLACEHOLDER, revision: '0', size: 0 }], warnings: [] })],
    swDest: workerFile(root),
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    // A new version waits until the person chooses to reload (the prompt sends SKIP_WAITING).
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    directoryIndex: 'index.html',
    // Pagefind adds a cache-busting `ts` parameter to its index requests.
    ignoreURLParametersMatching: [/^utm_/, /^ts$/],
    // Precache entries are files, so the fallback names the file behind the offline page.
    navigateFallback: `${OFFLINE_PATH}index.html`,
    navigateFallbackDenylist: [/^\/_astro\//, /^\/pagefind\//],
  });
  return warnings;
}

/**
 * Builds `sw.js` with Workbox over the finished `dist/`: every page, stylesheet, island bundle and
 * the Pagefind index are precached, so pages a person never opened also work offline. Registration
 * (and the "new version" prompt) is injected into every page of a build; `astro dev` gets neither.
 *
 * Workbox bundles, transpiles and minifies the worker with its precache list inside, over 200 KB of
 * list at a thousand pages; so it builds the worker around a one-entry placeholder, and the list (from
 * the files already read and hashed for the link check) is written in its place.
 */
export function serviceWorker(built: BuiltFiles = builtFiles()): AstroIntegration {
  let worker: Promise<string[]> | undefined;
  return {
    name: 'handbook:service-worker',
    hooks: {
      'astro:config:setup': ({ command, injectScript }) => {
        if (command !== 'build') return;
        const client = fileURLToPath(new URL('../components/offline/register-sw.ts', import.meta.url));
        injectScript('page', `import ${JSON.stringify(client)};`);
      },
      'astro:build:start': () => built.forget(),
      'astro:build:generated': ({ dir }) => {
        worker = workerWithPlaceholder(fileURLToPath(dir));
        // Awaited when the build is done; a failure before then must not count as unhandled.
        worker.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // The worker first, so the read below never meets `sw.js` half-written.
        const warnings = await (worker ?? workerWithPlaceholder(root));
        worker = undefined;
        for (const w of warnings) logger.warn(w);
        const precache = precacheEntries(await built.read(dir));
        for (const url of precache.tooLarge) logger.warn(`${url} is over ${MAX_PRECACHE_BYTES / 2 ** 20} MB, and won't be precached.`);
        if (!precache.count) throw new Error('The service worker precaches nothing');
        const swDest = workerFile(root);
        const code = await readFile(swDest, 'utf8');
        const placeholder = `[{url:${JSON.stringify(PLACEHOLDER)},revision:"0"}]`;
        const at = code.indexOf(placeholder);
        if (at < 0 || code.indexOf(placeholder, at + 1) >= 0) throw new Error(`sw.js does not hold the precache placeholder exactly once: ${placeholder}`);
        await writeFile(swDest, code.slice(0, at) + precache.source + code.slice(at + placeholder.length));
        logger.info(`Service worker precaches ${precache.count} files (${(precache.bytes / 1024).toFixed(0)} KiB).`);
      },
    },
  };
}
