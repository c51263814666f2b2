import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, gzipBytes, htmlPages, isFrameworkBundle, isSearchUi, loadedScripts } from './site';

const pages = htmlPages();
const isToolPage = (html: string) => html.includes('<astro-island');
const KB = 1024;
const TOOL_PAGE_BUDGET_KB = 160;

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

  // The brief's bar: 160 KB, counting every script a tool page can load, chart.js (44 KB, loaded only when
  // a chart is needed) and the parts that hydrate later included.
  it.each(tools.map(([path, html]) => [path, html] as const))(`tool page %s loads at most ${TOOL_PAGE_BUDGET_KB} KB of JS (gzip)`, (_path, html) => {
    const bytes = gzipBytes(loadedScripts(html));
    expect(bytes / KB).toBeLessThanOrEqual(TOOL_PAGE_BUDGET_KB);
  });

  it('the search UI, loaded when search opens, stays under 30 KB (gzip)', () => {
    const files = readdirSync(join(DIST, '_astro')).map((f) => `/_astro/${f}`).filter(isSearchUi);
    expect(files.length).toBe(1);
    expect(gzipBytes(files) / KB).toBeLessThanOrEqual(30);
  });
});
