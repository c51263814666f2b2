import type { AstroIntegration } from 'astro';
import { findBrokenLinks } from '../lib/content/links';
import { builtFiles, type BuiltFiles } from './built-files';

/** Fails the build when an internal link or anchor in the output points nowhere. */
export function linkCheck(built: BuiltFiles = builtFiles()): AstroIntegration {
  return {
    name: 'handbook:link-check',
    hooks: {
      'astro:build:start': () => built.forget(),
      'astro:build:generated': ({ dir }) => built.readAhead(dir),
      'astro:build:done': async ({ dir, logger }) => {
        const files = await built.read(dir);
        const pages = files.flatMap((f) => (f.page ? [f.page.links] : []));
        const assets = new Set(files.filter((f) => !f.page).map((f) => f.sitePath));
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
