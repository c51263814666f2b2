/**
 * Which handbook pages exist at build time, for links the build's link check cannot see (those an
 * island renders in the browser): a page checks them here and fails the build when one is missing.
 */
import { getCollection } from 'astro:content';
import { entryPath, hrefPath } from './site-paths';

/** Paths of every page in the docs collection. */
export async function sitePagePaths(): Promise<Set<string>> {
  const entries = await getCollection('docs');
  return new Set(entries.map((entry) => entryPath(entry.id)));
}

/** Whether an internal href points at a page that exists (anchors are checked by the build's link check). */
export async function pageExists(href: string): Promise<boolean> {
  return (await sitePagePaths()).has(hrefPath(href));
}
