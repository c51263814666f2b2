import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './site';

const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
const precached = new Map([...sw.matchAll(/\{url:"([^"]+)",revision:"([0-9a-f]{32})"\}/g)].map((m) => [m[1]!, m[2]!]));

function builtFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? builtFiles(full) : [relative(DIST, full).split(sep).join('/')];
  });
}

describe('service worker', () => {
  it('precaches every built file but _headers, itself and the sitemaps, each with the MD5 of its content', () => {
    const expected = builtFiles().filter((f) => f !== '_headers' && f !== 'sw.js' && !/^sitemap-.*\.xml$/.test(f));
    expect([...precached.keys()].sort()).toEqual(expected.sort());
    for (const file of expected) expect(precached.get(file), file).toBe(createHash('md5').update(readFileSync(join(DIST, file))).digest('hex'));
  });

  it('falls back to the offline page, waits for SKIP_WAITING and holds no placeholder', () => {
    expect(sw).toMatch(/["'`]\/offline\/index\.html["'`]/);
    expect(sw).toContain('SKIP_WAITING');
    expect(sw).not.toContain('__WB_MANIFEST');
  });

  it('is built for production: no development logging, no module syntax', () => {
    expect(sw).not.toContain('process.env');
    // Workbox's console logger, present only in its development code.
    expect(sw).not.toContain('%cworkbox');
    expect(sw).not.toMatch(/^\s*(import|export)\b/m);
  });
});
