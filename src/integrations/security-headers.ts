import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatPolicy, mergePolicies, parsePolicy } from '../lib/security/csp.ts';
import { formatHeadersFile, securityHeaders } from '../lib/security/headers.ts';
import { builtFiles, type BuiltFiles } from './built-files.ts';

/**
 * Writes `dist/_headers` for static hosts: the union of every page's build-time CSP (so the
 * header never blocks what a page's own meta policy allows), plus framing, sniffing, referrer,
 * permissions and HSTS headers that a `<meta>` policy cannot carry.
 */
export function securityHeadersFile(built: BuiltFiles = builtFiles()): AstroIntegration {
  return {
    name: 'handbook:security-headers',
    hooks: {
      'astro:build:start': () => built.forget(),
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // Most pages carry the same policy text: each distinct text is parsed once.
        const texts = new Set<string>();
        let pages = 0;
        for (const file of await built.read(dir)) {
          if (!file.page) continue;
          if (!file.page.policy) throw new Error(`No Content-Security-Policy in ${join(root, file.sitePath)}`);
          texts.add(file.page.policy);
          pages++;
        }
        const csp = formatPolicy(mergePolicies([...texts].map(parsePolicy)));
        await writeFile(
          join(root, '_headers'),
          formatHeadersFile([
            { pattern: '/*', headers: securityHeaders(csp) },
            // New versions of the service worker must be seen promptly.
            { pattern: '/sw.js', headers: { 'Cache-Control': 'no-cache' } },
          ]),
        );
        logger.info(`Wrote _headers with the CSP of ${pages} pages (${texts.size} distinct).`);
      },
    },
  };
}
