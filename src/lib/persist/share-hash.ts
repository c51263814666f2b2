/**
 * Where a share link's payload sits in a URL. Apart from the compression and validation (`./share`), so a
 * page can look for a payload without loading those.
 */

/** The URL hash parameter that carries shared inputs. */
export const SHARE_PARAM = 'share';

/**
 * Read the share payload out of a location hash such as "#share=…". Parsed by hand: the payload's
 * alphabet includes "+", which URLSearchParams would turn into a space.
 */
export function shareFromHash(hash: string): string | null {
  for (const part of hash.replace(/^#/, '').split('&')) {
    if (part.startsWith(`${SHARE_PARAM}=`)) return part.slice(SHARE_PARAM.length + 1) || null;
  }
  return null;
}

/** Build the full share URL for the current page. */
export function shareUrl(pageUrl: string, payload: string): string {
  const url = new URL(pageUrl);
  url.hash = `${SHARE_PARAM}=${payload}`;
  return url.toString();
}

/** The module that makes and opens share payloads, loaded when a page has one to open or makes one. */
export const loadShare = () => import('./share');

/** Start loading that module ahead of a click (on hover or focus of a Share button), so the click copies at once. */
export const warmShare = (): void => void loadShare();
