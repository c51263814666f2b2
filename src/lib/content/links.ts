/** Pure helpers for checking internal links and anchors across a built site. */

export interface PageLinks {
  /** Site path of the page, e.g. "/guides/stage-4/". */
  path: string;
  /** Every id on the page (anchor targets). */
  ids: Set<string>;
  /** Every href on the page, as written. */
  hrefs: string[];
}

export interface BrokenLink {
  page: string;
  href: string;
  reason: 'missing page' | 'missing anchor';
}

const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g');

/** Extract ids and hrefs from an HTML document (plain regexes: the build output is well-formed). */
export function extractLinks(path: string, html: string): PageLinks {
  const ids = new Set<string>();
  for (const m of html.matchAll(attr('id'))) ids.add(decodeEntities(m[1] ?? m[2] ?? ''));
  const hrefs: string[] = [];
  for (const m of html.matchAll(/<a\s[^>]*>/g)) {
    const tag = m[0];
    const h = [...tag.matchAll(attr('href'))][0];
    if (h) hrefs.push(decodeEntities(h[1] ?? h[2] ?? ''));
  }
  return { path, ids, hrefs };
}

function decodeEntities(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"');
}

/** Normalise a site path so "/a", "/a/" and "/a/index.html" compare equal. */
export function normalisePath(p: string): string {
  let s = p.replace(/index\.html$/, '').replace(/\.html$/, '/');
  if (!s.endsWith('/')) s += '/';
  return s;
}

/** Find internal links whose page or anchor does not exist. External, mailto and asset links are ignored. */
export function findBrokenLinks(pages: PageLinks[], assets: Set<string> = new Set()): BrokenLink[] {
  const byPath = new Map(pages.map((p) => [normalisePath(p.path), p]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const href of page.hrefs) {
      if (!href || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
      const [rawPath, rawHash] = href.split('#', 2) as [string, string | undefined];
      const pathOnly = rawPath.split('?')[0] ?? '';
      const resolved = pathOnly === '' ? page.path : new URL(pathOnly, `http://x${normalisePath(page.path)}`).pathname;
      if (assets.has(resolved)) continue;
      const target = byPath.get(normalisePath(resolved));
      if (!target) {
        broken.push({ page: page.path, href, reason: 'missing page' });
        continue;
      }
      if (rawHash && !target.ids.has(decodeURIComponent(rawHash))) {
        broken.push({ page: page.path, href, reason: 'missing anchor' });
      }
    }
  }
  return broken;
}
