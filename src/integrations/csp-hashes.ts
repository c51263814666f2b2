import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { themeProviderScript } from '../components/overrides/theme-script.ts';
import { sha256Source } from '../lib/security/hash.ts';

/** Starlight components that render `<script is:inline>` on our pages (their bodies are hashed as published). */
const STARLIGHT_INLINE = ['components/SidebarPersister.astro', 'user-components/Tabs.astro'];

/** The `is:inline` script bodies of an `.astro` file's markup. */
export function astroInlineScripts(source: string): string[] {
  return [...source.matchAll(/<script\s+is:inline\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
}

/**
 * Hashes of every inline script the site emits that Astro does not hash itself: our theme script
 * and Starlight's, read from the installed package so an upgrade can't leave a stale hash behind.
 */
export function inlineScriptHashes(): `sha256-${string}`[] {
  const require = createRequire(import.meta.url);
  const root = dirname(dirname(require.resolve('@astrojs/starlight/components/Page.astro')));
  const bodies = [themeProviderScript];
  for (const file of STARLIGHT_INLINE) bodies.push(...astroInlineScripts(readFileSync(join(root, file), 'utf8')));
  return [...new Set(bodies.map(sha256Source))];
}
