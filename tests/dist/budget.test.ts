import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, gzipBytes, htmlPages, isFrameworkBundle, isSearchUi, loadedScripts } from './site';

const pages = htmlPages();
const isToolPage = (html: string) => html.includes('<astro-island');
const KB = 1024;

describe('page weight of the built site', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(3);
  });

  const content = pages.filter(([, html]) => !isToolPage(html));
  const tools = pages.filter(([, html]) => isToolPage(html));

  it.each(content.map(([path, html]) => [path, html] as const))('content page %s loads no framework JS', (_path, html) => {
    const framework = [...loadedScripts(html)].filter(isFrameworkBundle);
    expect(framework).toEqual([]);
  });

  it.each(tools.map(([path, html]) => [path, html] as const))('tool page %s loads at most 160 KB of JS (gzip)', (_path, html) => {
    const bytes = gzipBytes(loadedScripts(html));
    expect(bytes / KB).toBeLessThanOrEqual(160);
  });

  it('the search UI, loaded when search opens, stays under 30 KB (gzip)', () => {
    const files = readdirSync(join(DIST, '_astro')).map((f) => `/_astro/${f}`).filter(isSearchUi);
    expect(files.length).toBe(1);
    expect(gzipBytes(files) / KB).toBeLessThanOrEqual(30);
  });
});
