import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineScripts, metaPolicy, parsePolicy } from '../../src/lib/security/csp';
import { headersFor, parseHeadersFile } from '../../src/lib/security/headers';
import { DIST, htmlPages } from './site';

const pages = htmlPages();
const sha = (body: string) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
const headerRules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
const headerPolicy = parsePolicy(headersFor(headerRules, '/')['Content-Security-Policy'] ?? '');

describe('Content-Security-Policy in the build', () => {
  it.each(pages)('%s has a policy that allows each of its inline scripts by hash', (_path, html) => {
    const text = metaPolicy(html);
    expect(text).not.toBeNull();
    const scriptSrc = parsePolicy(text!).get('script-src') ?? [];
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    for (const body of inlineScripts(html)) expect(scriptSrc, body.slice(0, 60)).toContain(sha(body));
  });

  it.each(pages)('%s carries no inline <style> a hash does not cover', (_path, html) => {
    const styleSrc = parsePolicy(metaPolicy(html)!).get('style-src') ?? [];
    for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) expect(styleSrc).toContain(sha(m[1]!));
  });

  it('the _headers policy allows every source any page allows, and forbids framing', () => {
    for (const [path, html] of pages) {
      for (const [name, sources] of parsePolicy(metaPolicy(html)!)) {
        for (const s of sources) expect(headerPolicy.get(name), `${path} ${name}`).toContain(s);
      }
    }
    expect(headerPolicy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(headerPolicy.get('object-src')).toEqual(["'none'"]);
  });

  it('_headers sends the hardening headers to every path', () => {
    const headers = headersFor(headerRules, '/tools/scale-model/');
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': expect.any(String),
      'Permissions-Policy': expect.stringContaining('geolocation=()'),
      'Strict-Transport-Security': expect.stringMatching(/^max-age=\d{7,}/),
    });
  });
});
