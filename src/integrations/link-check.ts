import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractLinks, findBrokenLinks, type PageLinks } from '../lib/content/links';

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else out.push(full);
  }
  return out;
}

/** Fails the build when an internal link or anchor in the output points nowhere. */
export function linkCheck(): AstroIntegration {
  return {
    name: 'handbook:link-check',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await walk(root);
        const toSitePath = (f: string) => '/' + relative(root, f).split(sep).join('/');
        const pages: PageLinks[] = [];
        const assets = new Set<string>();
        for (const file of files) {
          const sitePath = toSitePath(file);
          if (file.endsWith('.html')) pages.push(extractLinks(sitePath, await readFile(file, 'utf8')));
          else assets.add(sitePath);
        }
        const broken = findBrokenLinks(pages, assets);
        if (broken.length > 0) {
          const list = broken.map((b) => `  ${b.page} → ${b.href} (${b.reason})`).join('\n');
          throw new Error(`Broken internal links (${broken.length}):\n${list}`);
        }
        logger.info(`Checked internal links and anchors on ${pages.length} pages: none broken.`);
      },
    },
  };
}
