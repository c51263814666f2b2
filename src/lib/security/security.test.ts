import { describe, expect, it } from 'vitest';
import { formatPolicy, inlineScripts, mergePolicies, metaPolicy, parsePolicy } from './csp';
import { formatHeadersFile, headersFor, parseHeadersFile, patternMatches, securityHeaders } from './headers';

describe('policies', () => {
  it('round-trips and merges without duplicates', () => {
    const a = parsePolicy("script-src 'self' 'sha256-a'; img-src 'self'");
    const b = parsePolicy("script-src 'self' 'sha256-b'; object-src 'none'");
    expect(formatPolicy(mergePolicies([a, b]))).toBe("script-src 'self' 'sha256-a' 'sha256-b'; img-src 'self'; object-src 'none'");
  });

  it('reads a meta policy with entities and lists inline scripts only', () => {
    const html = `<meta http-equiv="content-security-policy" content="script-src &#39;self&#39;"><script src="/a.js"></script><script>x()</script><script type="application/ld+json">{}</script>`;
    expect(metaPolicy(html)).toBe("script-src 'self'");
    expect(inlineScripts(html)).toEqual(['x()']);
    expect(metaPolicy('<p>')).toBeNull();
  });
});

describe('_headers', () => {
  it('round-trips rules and matches patterns as static hosts do', () => {
    const text = formatHeadersFile([{ pattern: '/*', headers: securityHeaders("default-src 'self'") }, { pattern: '/sw.js', headers: { 'Cache-Control': 'no-cache' } }]);
    const rules = parseHeadersFile(text);
    expect(rules).toHaveLength(2);
    expect(headersFor(rules, '/sw.js')['Cache-Control']).toBe('no-cache');
    expect(headersFor(rules, '/a/')['Cache-Control']).toBeUndefined();
    expect(headersFor(rules, '/a/')['Content-Security-Policy']).toBe("default-src 'self'; frame-ancestors 'none'");
    expect(patternMatches('/tools/*', '/tools/x/')).toBe(true);
    expect(patternMatches('/tools/*', '/guides/')).toBe(false);
  });
});
