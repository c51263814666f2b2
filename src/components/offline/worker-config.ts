/** Where a navigation lands when it is neither precached nor reachable. */
export const OFFLINE_PATH = '/offline/';

/** The file behind the offline page, as the precache list names it. */
export const OFFLINE_FILE = `${OFFLINE_PATH}index.html`;

/** Requests that are never navigations to a page: built assets and the search index. */
export const WORKER_FALLBACK_DENYLIST = [/^\/_astro\//, /^\/pagefind\//];
