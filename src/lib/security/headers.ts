/**
 * The HTTP headers every page is served with, and the `_headers` file format that Netlify and
 * Cloudflare Pages read (a path pattern on its own line, then indented `Name: value` lines).
 */

/** Headers for a static host, given the site's merged Content-Security-Policy. */
export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': `${csp}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'X-Frame-Options': 'DENY',
    'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  };
}

/** One `_headers` rule: a path pattern and the headers it gets. */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/** Write rules in `_headers` format. */
export function formatHeadersFile(rules: HeaderRule[]): string {
  return rules
    .map((r) => [r.pattern, ...Object.entries(r.headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n'))
    .join('\n\n')
    .concat('\n');
}

/** Read a `_headers` file back into rules (comments and blank lines ignored). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const at = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && at > 0) rule.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return rules;
}

/** Whether a `_headers` pattern (`/*`, `/path`, `/dir/*`) matches a request path. */
export function patternMatches(pattern: string, path: string): boolean {
  const re = new RegExp('^' + pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
  return re.test(path);
}

/** The headers a static host applies to `path`: every matching rule, later ones winning. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((r) => patternMatches(r.pattern, path)).map((r) => r.headers));
}
