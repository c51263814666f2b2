/** Minimal shapes of Starlight's sidebar entries, enough to prune them. */
export interface NavLink {
  type: 'link';
  label: string;
  href: string;
  isCurrent: boolean;
  [key: string]: unknown;
}
export interface NavGroup {
  type: 'group';
  label: string;
  entries: NavEntry[];
  collapsed: boolean;
  [key: string]: unknown;
}
export type NavEntry = NavLink | NavGroup;

/** Whether a group (at any depth) holds the current page. */
export function containsCurrent(entry: NavEntry): boolean {
  return entry.type === 'link' ? entry.isCurrent : entry.entries.some(containsCurrent);
}

/** The href of a section's landing page: its first link, which autogenerate sorts as `index`. */
function landingHref(group: NavGroup): string | undefined {
  for (const entry of group.entries) {
    if (entry.type === 'link') return entry.href;
    const inner = landingHref(entry);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * Keep the full tree only for the section that holds the current page; every other section
 * becomes a single link to its landing page. A page's HTML then grows with its section, not the site.
 */
export function pruneSidebar(entries: NavEntry[]): NavEntry[] {
  return entries.map((entry) => {
    if (entry.type === 'link' || containsCurrent(entry)) return entry;
    const href = landingHref(entry);
    if (!href) return entry;
    return { type: 'link', label: entry.label, href, isCurrent: false, badge: undefined, attrs: {} } as NavLink;
  });
}

/** The label of the top-level section holding the current page, if any. */
export function currentSectionLabel(entries: NavEntry[]): string | undefined {
  return entries.find((e) => e.type === 'group' && containsCurrent(e))?.label;
}
