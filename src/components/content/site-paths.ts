/** Pure path helpers for telling whether a handbook page exists (kept apart from astro:content so they can be tested). */

/** Site path of a docs entry id: "tools/index" or "tools" → "/tools/", "index" → "/". */
export function entryPath(id: string): string {
  const clean = id.replace(/(^|\/)index$/, '').replace(/^\/+|\/+$/g, '');
  return clean ? `/${clean}/` : '/';
}

/** The path part of an internal href, normalised to end in a slash: "/tools/x#a" → "/tools/x/". */
export function hrefPath(href: string): string {
  const path = href.split('#')[0]?.split('?')[0] ?? '';
  return path.endsWith('/') ? path : `${path}/`;
}
