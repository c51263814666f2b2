/** Which handbook link to show for a gap, when a page it points to is not published yet. */
import type { HandbookLink } from '../../lib/workshop/links';

/** The link, or the fallback when the link's page is listed as unavailable. */
export function availableLink(link: HandbookLink, fallback: HandbookLink, unavailable: ReadonlySet<string>): HandbookLink {
  return unavailable.has(pagePath(link.href)) ? fallback : link;
}

/** The page part of an internal href, ending in a slash: "/guides/x/#a" → "/guides/x/". */
export function pagePath(href: string): string {
  const path = href.split('#')[0]?.split('?')[0] ?? '';
  return path.endsWith('/') ? path : `${path}/`;
}
