import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

/** Where a navigation lands when it is neither precached nor reachable. */
export const OFFLINE_PATH = '/offline/';

/**
 * Builds `sw.js` with Workbox over the finished `dist/`: every page, stylesheet, island bundle and
 * the Pagefind index are precached, so pages a person never opened also work offline. Registration
 * (and the "new version" prompt) is injected into every page of a build; `astro dev` gets neither.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'handbook:service-worker',
    hooks: {
      'astro:config:setup': ({ command, injectScript }) => {
        if (command !== 'build') return;
        const client = fileURLToPath(new URL('../components/offline/register-sw.ts', import.meta.url));
        injectScript('page', `import ${JSON.stringify(client)};`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: root,
          globPatterns: ['**/*'],
          globIgnores: ['_headers', 'sw.js', 'sitemap-*.xml'],
          swDest: `${root}/sw.js`,
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
          maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        });
        for (const w of warnings) logger.warn(w);
        if (!count) throw new Error('The service worker precaches nothing');
        logger.info(`Service worker precaches ${count} files (${(size / 1024).toFixed(0)} KiB).`);
      },
    },
  };
}
