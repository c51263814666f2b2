/**
 * Which handbook pages exist at build time, so content can link to a planned page
 * (a tool, the onboarding section) and fall back to the nearest existing page until it is published.
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
