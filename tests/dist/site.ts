import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Folder of the built site. */
export const DIST = process.env.HANDBOOK_DIST ?? join(process.cwd(), 'dist');

/** Every HTML page of the built site as [site path, html]. */
export function htmlPages(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name.endsWith('.html')) {
        out.push(['/' + relative(DIST, full).split(sep).join('/'), readFileSync(full, 'utf8')]);
      }
    }
  };
  walk(DIST);
  return out;
}

/** Pagefind's search UI: loaded only when someone opens search, so measured on its own. */
export const isSearchUi = (url: string) => /\/ui-core\.[\w-]+\.js$/.test(url);

/**
 * JS files a page loads without interaction: module scripts, island components and renderers, and
 * everything they import (statically or dynamically), except the search UI.
 */
export function loadedScripts(html: string): Set<string> {
  const entries = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g)) entries.add(m[1]!);
  for (const m of html.matchAll(/(?:component-url|renderer-url)="([^"]+\.js)"/g)) entries.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)) entries.add(m[1]!);
  // Inline module scripts can import bundles too.
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g)) {
    for (const i of m[1]!.matchAll(/(?:import\(|from\s*)["']([^"']+\.js)["']/g)) entries.add(i[1]!);
  }
  const seen = new Set<string>();
  const queue = [...entries].filter((s) => s.startsWith('/_astro/'));
  while (queue.length) {
    const url = queue.pop()!;
    if (seen.has(url) || isSearchUi(url)) continue;
    seen.add(url);
    const file = join(DIST, url);
    if (!existsSync(file)) continue;
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:import\(|from|import)\s*["'`]\.\/([^"'`]+\.js)["'`]/g)) queue.push(`/_astro/${m[1]}`);
  }
  return seen;
}

/** Total gzip size in bytes of the given built files. */
export function gzipBytes(urls: Iterable<string>): number {
  let total = 0;
  for (const url of urls) total += gzipSync(readFileSync(join(DIST, url))).length;
  return total;
}

/** Whether a bundle is React or chart.js (the framework code content pages must not load). */
export function isFrameworkBundle(url: string): boolean {
  const code = readFileSync(join(DIST, url), 'utf8');
  return /react\.development|__SECRET_INTERNALS|react-dom|ReactDOM|Chart\.register|chart\.js/.test(code) || /\/(client|react|chart|chart-cartesian)\.[\w-]+\.js$/.test(url);
}
