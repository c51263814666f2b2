import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatPolicy, mergePolicies, metaPolicy, parsePolicy } from '../lib/security/csp.ts';
import { formatHeadersFile, securityHeaders } from '../lib/security/headers.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(full)));
    else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out;
}

/**
 * Writes `dist/_headers` for static hosts: the union of every page's build-time CSP (so the
 * header never blocks what a page's own meta policy allows), plus framing, sniffing, referrer,
 * permissions and HSTS headers that a `<meta>` policy cannot carry.
 */
export function securityHeadersFile(): AstroIntegration {
  return {
    name: 'handbook:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = [];
        for (const file of await htmlFiles(root)) {
          const text = metaPolicy(await readFile(file, 'utf8'));
          if (!text) throw new Error(`No Content-Security-Policy in ${file}`);
          policies.push(parsePolicy(text));
        }
        const csp = formatPolicy(mergePolicies(policies));
        await writeFile(
          join(root, '_headers'),
          formatHeadersFile([
            { pattern: '/*', headers: securityHeaders(csp) },
            // New versions of the service worker must be seen promptly.
            { pattern: '/sw.js', headers: { 'Cache-Control': 'no-cache' } },
          ]),
        );
        logger.info(`Wrote _headers with the CSP of ${policies.length} pages.`);
      },
    },
  };
}
