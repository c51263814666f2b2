/**
 * The service worker, bundled into `dist/sw.js` at build (see `src/integrations/service-worker.ts`).
 * It precaches every built file, so pages never opened also work offline; an address it doesn't know
 * shows the offline page. A new version installs and then waits: it takes over only when the person
 * chooses to reload (the page's prompt sends SKIP_WAITING), so nothing half-typed is lost.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { OFFLINE_FILE, WORKER_FALLBACK_DENYLIST } from './worker-config';

/** The part of the worker's global scope used here (the DOM typings the site compiles with lack it). */
interface WorkerScope {
  /** Written in by the build: every precached file with the MD5 of its content. */
  __WB_MANIFEST: PrecacheEntry[];
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}
// Spelled `self.…` each time, never through a variable: the build finds `self.__WB_MANIFEST` in the output.
(self as unknown as WorkerScope).addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void (self as unknown as WorkerScope).skipWaiting();
});
clientsClaim();
precacheAndRoute((self as unknown as WorkerScope).__WB_MANIFEST, {
  directoryIndex: 'index.html',
  // Pagefind adds a cache-busting `ts` parameter to its index requests.
  ignoreURLParametersMatching: [/^utm_/, /^ts$/],
});
cleanupOutdatedCaches();
// Precache entries are files, so the fallback names the file behind the offline page.
registerRoute(new NavigationRoute(createHandlerBoundToURL(OFFLINE_FILE), { denylist: WORKER_FALLBACK_DENYLIST }));
