import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { builtFiles } from './built-files';
import { isPrecached, precacheEntries } from './service-worker';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function site(files: Record<string, string>): URL {
  dir = mkdtempSync(join(tmpdir(), 'built-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return pathToFileURL(dir + '/');
}

const page = (body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="script-src &#39;self&#39;"></head><body>${body}</body></html>`;

describe('the finished build, read once', () => {
  it('hashes every file and takes each page’s links, anchors and policy', async () => {
    const url = site({ 'index.html': page('<a href="/a/#x">A</a>'), 'a/index.html': page('<h2 id="x">X</h2>'), '_astro/app.js': 'x' });
    const files = await builtFiles().read(url);
    expect(files.map((f) => f.sitePath).sort()).toEqual(['/_astro/app.js', '/a/index.html', '/index.html']);
    const home = files.find((f) => f.sitePath === '/index.html')!;
    expect(home.page?.links.hrefs).toEqual(['/a/#x']);
    expect(home.page?.policy).toBe("script-src 'self'");
    expect(files.find((f) => f.sitePath === '/_astro/app.js')).toMatchObject({ md5: '9dd4e461268c8034f5c8564e155c67a6', size: 1 });
    expect(files.find((f) => f.sitePath === '/_astro/app.js')!.page).toBeUndefined();
  });

  it('a later read sees files written since, and changed ones afresh', async () => {
    const url = site({ 'index.html': page('') });
    const built = builtFiles();
    await built.read(url);
    writeFileSync(join(dir, 'index.html'), page('<a href="/b/">B</a>'));
    writeFileSync(join(dir, 'late.txt'), 'late');
    const files = await built.read(url);
    expect(files.map((f) => f.sitePath).sort()).toEqual(['/index.html', '/late.txt']);
    expect(files.find((f) => f.sitePath === '/index.html')!.page?.links.hrefs).toEqual(['/b/']);
  });

  it('a read started ahead is finished before the next read, which still sees what was written since', async () => {
    const url = site({ 'index.html': page('') });
    const built = builtFiles();
    built.readAhead(url);
    // Written while the read ahead may still be listing the folder: the next read must not miss it.
    mkdirSync(join(dir, 'pagefind'));
    writeFileSync(join(dir, 'pagefind/pagefind.js'), 'index');
    const [first, second] = await Promise.all([built.read(url), built.read(url)]);
    expect(first.map((f) => f.sitePath).sort()).toEqual(['/index.html', '/pagefind/pagefind.js']);
    expect(second).toEqual(first);
  });
});

describe('precache list', () => {
  it('leaves out _headers, the worker, root sitemaps and dot-files', () => {
    expect(['/_headers', '/sw.js', '/sitemap-index.xml', '/sitemap-0.xml', '/.well-known/x', '/a/.hidden'].filter(isPrecached)).toEqual([]);
    expect(['/index.html', '/pagefind/pagefind.js', '/guides/sitemap-notes.xml', '/guides/sw.js'].every(isPrecached)).toBe(true);
  });

  it('spells entries as Workbox does, root-relative with MD5 revisions, and leaves out files over 5 MB', () => {
    const files = [
      { sitePath: '/index.html', size: 10, md5: 'a'.repeat(32) },
      { sitePath: '/_headers', size: 10, md5: 'b'.repeat(32) },
      { sitePath: '/big.bin', size: 6 * 1024 * 1024, md5: 'c'.repeat(32) },
    ];
    expect(precacheEntries(files)).toEqual({ source: `[{url:"index.html",revision:"${'a'.repeat(32)}"}]`, count: 1, bytes: 10, tooLarge: ['big.bin'] });
  });
});
