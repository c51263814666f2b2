import type { Page } from '@playwright/test';
import { expect, sitemapPaths, test } from './fixtures';
import { canvasColourCounts, openSettled, palettes, themedPage } from './layout-helpers';

// Every tool page and every workshop page is meant to be printed.
const paths = sitemapPaths().filter((p) => /^\/(tools|workshops)\//.test(p));

test.describe('print', () => {
  test.describe.configure({ timeout: 120_000 });
  for (const path of paths) {
    test(`${path} prints with no two blocks overlapping and charts in the light palette`, async ({ browser }) => {
      // Printed from the dark theme: paper is always the light palette. About the width of A4 between margins.
      const { context, page } = await themedPage(browser, 'dark', { width: 720, height: 1000 });
      await openSettled(page, path);
      // Which charts show a series on screen (a chart with nothing entered yet draws none).
      const onScreen = (await canvasColourCounts(page, [...palettes.dark, ...palettes.light])).map((c) => c.reduce((s, n) => s + n, 0));
      await page.emulateMedia({ media: 'print' });

      const overlaps = await page.evaluate(() => {
        const root = document.querySelector('main .sl-markdown-content') ?? document.querySelector('main')!;
        const flow = new Set(['block', 'flex', 'grid', 'flow-root', 'list-item', 'table', 'inline-block', 'inline-flex', 'inline-grid']);
        const shown = (el: Element) => {
          const s = getComputedStyle(el);
          if (!flow.has(s.display) || s.visibility === 'hidden' || s.position === 'absolute' || s.position === 'fixed') return false;
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height > 0;
        };
        type Box = { top: number; left: number; bottom: number; right: number };
        const memo = new Map<Element, Box>();
        // What a block covers on paper: its own box and whatever its content draws outside it, unless it clips.
        const extent = (el: Element): Box => {
          const cached = memo.get(el);
          if (cached) return cached;
          const r = el.getBoundingClientRect();
          const box = { top: r.top, left: r.left, bottom: r.bottom, right: r.right };
          const s = getComputedStyle(el);
          const leaf = /^(TABLE|SVG|CANVAS|svg)$/.test(el.tagName) || s.overflowX !== 'visible' || s.overflowY !== 'visible';
          if (!leaf) {
            for (const child of el.children) {
              if (!shown(child)) continue;
              const c = extent(child);
              box.top = Math.min(box.top, c.top);
              box.left = Math.min(box.left, c.left);
              box.bottom = Math.max(box.bottom, c.bottom);
              box.right = Math.max(box.right, c.right);
            }
          }
          memo.set(el, box);
          return box;
        };
        const describe = (el: Element) => {
          const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
          return `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} "${text}"`;
        };
        const found: string[] = [];
        const walk = (parent: Element) => {
          if (/^(TABLE|svg|CANVAS|SELECT)$/.test(parent.tagName)) return;
          const kids = [...parent.children].filter(shown);
          for (let i = 0; i < kids.length; i++) {
            for (let j = i + 1; j < kids.length; j++) {
              const a = extent(kids[i]!);
              const b = extent(kids[j]!);
              const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
              const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
              if (dx > 2 && dy > 2) found.push(`${describe(kids[i]!)} overlaps ${describe(kids[j]!)} by ${Math.round(dx)}×${Math.round(dy)} px`);
            }
          }
          for (const kid of kids) walk(kid);
        };
        walk(root);
        return found;
      });
      expect(overlaps).toEqual([]);

      // Paper breaks the content into pages, and a block split by a page break can be drawn over the
      // next one. Lay the content out in page-high columns (the same fragmentation as print) and check
      // that no two lines of text land on each other, at the heights of A4 and Letter between margins.
      for (const pageHeight of [1020, 960]) {
        const drawnOver = await page.evaluate((height) => {
          const root = document.querySelector<HTMLElement>('main .sl-markdown-content')!;
          const width = root.getBoundingClientRect().width;
          const saved = root.style.cssText;
          root.style.cssText += `;column-width:${width}px;column-gap:0;column-fill:auto;height:${height}px;`;
          type Line = { el: Element; box: DOMRect; text: string };
          const lines: Line[] = [];
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent?.trim() ?? '';
            if (!text) continue;
            const el = node.parentElement!;
            // Skip text nobody sees (visually hidden labels) and text outside the box that clips it.
            let hidden = false;
            let clip: DOMRect | null = null;
            for (let a: Element | null = el; a && a !== root; a = a.parentElement) {
              const s = getComputedStyle(a);
              if (s.display === 'contents') continue;
              const r = a.getBoundingClientRect();
              if (s.visibility === 'hidden' || s.opacity === '0' || (s.getPropertyValue('clip') || 'auto') !== 'auto' || r.width <= 2 || r.height <= 2) {
                hidden = true;
                break;
              }
              if (!clip && (s.overflowX !== 'visible' || s.overflowY !== 'visible')) clip = r;
            }
            if (hidden) continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            for (const box of range.getClientRects()) {
              if (box.width <= 1 || box.height <= 1) continue;
              if (clip && (box.left >= clip.right || box.top >= clip.bottom || box.right <= clip.left || box.bottom <= clip.top)) continue;
              lines.push({ el, box, text: text.slice(0, 40) });
            }
          }
          root.style.cssText = saved;
          lines.sort((a, b) => a.box.top - b.box.top);
          const found: string[] = [];
          for (let i = 0; i < lines.length; i++) {
            const a = lines[i]!;
            for (let j = i + 1; j < lines.length && lines[j]!.box.top < a.box.bottom; j++) {
              const b = lines[j]!;
              if (a.el === b.el) continue;
              const dx = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
              const dy = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
              if (dx > 2 && dy > 3) found.push(`"${a.text}" is drawn over "${b.text}"`);
            }
          }
          return found;
        }, pageHeight);
        expect(drawnOver, `pages ${pageHeight} px high`).toEqual([]);
      }

      // Charts redraw for paper in the light palette, whichever theme was on screen.
      const canvases = await page.locator('main .kit-chart canvas').count();
      if (canvases > 0) {
        await expect
          .poll(async () => (await canvasColourCounts(page, palettes.dark)).map((c) => c.reduce((s, n) => s + n, 0)), { message: 'dark chart colours in print' })
          .toEqual(Array(canvases).fill(0));
        const light = (await canvasColourCounts(page, palettes.light)).map((c) => c.reduce((s, n) => s + n, 0));
        light.forEach((n, i) => {
          if ((onScreen[i] ?? 0) > 0) expect(n, 'light chart colours in print').toBeGreaterThan(0);
        });
      }
      const drawn = await page.evaluate(() => [...document.querySelectorAll('main .as-chart-canvas svg .as-line, main .as-chart-canvas svg .as-area')].map((el) => getComputedStyle(el).stroke));
      const lightRgb = palettes.light.map((h) => `rgb(${[1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)).join(', ')})`);
      for (const stroke of drawn) expect(lightRgb, `drawn chart stroke ${stroke} in print`).toContain(stroke);
      await context.close();
    });
  }
});

/** Tools whose "Print" button prints a report of the tool, and how to get each one to show its results. */
const reports: { path: string; tool: string; prepare?: (page: Page) => Promise<void> }[] = [
  { path: '/tools/scale-model/', tool: 'Scale model' },
  { path: '/tools/unit-economics/', tool: 'Unit economics calculator' },
  { path: '/workshops/day-29/infrastructure-and-technology/', tool: 'Your Day 29 answers' },
  {
    path: '/tools/onboarding-tracker/?role=sales',
    tool: 'Onboarding tracker',
    prepare: async (page) => {
      const tool = page.getByRole('region', { name: 'Onboarding tracker' });
      await tool.getByLabel('Track', { exact: true }).selectOption('ae');
      await tool.getByLabel('Start date', { exact: true }).fill(new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10));
      await tool.getByLabel('Name (optional)').fill('Ana Lima');
      await tool.getByRole('button', { name: 'Start tracking' }).click();
      await expect(page.getByRole('heading', { name: 'Ana Lima: Sales' })).toBeVisible();
    },
  },
];

test.describe('print a tool report', () => {
  test.describe.configure({ timeout: 120_000 });
  for (const { path, tool: toolName, prepare } of reports) {
    test(`"Print" on ${path} prints a report of the ${toolName} tool, not the page`, async ({ browser }, testInfo) => {
      const { context, page } = await themedPage(browser, 'dark', { width: 1280, height: 900 });
      // The print dialog cannot open here: record each call and whether the report was switched on by then.
      await context.addInitScript(() => {
        const w = window as unknown as { printCalls: boolean[] };
        w.printCalls = [];
        window.print = () => void w.printCalls.push(document.documentElement.hasAttribute('data-print-report'));
      });
      await openSettled(page, path);
      await prepare?.(page);
      const title = (await page.locator('main h1').first().textContent())!.trim();
      const tool = page.getByRole('region', { name: toolName, exact: true });
      await tool.getByRole('button', { name: 'Print', exact: true }).click();
      expect(await page.evaluate(() => (window as unknown as { printCalls: boolean[] }).printCalls)).toEqual([true]);

      await page.emulateMedia({ media: 'print' });
      const head = page.getByRole('group', { name: 'Printed report' });
      await expect(head).toBeVisible();
      await expect(head).toContainText(toolName);
      await expect(head).toContainText(title);
      await expect(head).toContainText(new URL(page.url()).pathname);
      // The page's own title, prose, sidebar and header are left out; the tool and its results are in.
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeHidden();
      await expect(page.locator('main .sl-markdown-content > p').first()).toBeHidden();
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
      await expect(page.getByRole('banner')).toBeHidden();
      // A workshop's toolbar prints the page's worksheets, the parts of the tool without a toolbar of their own.
      await expect(page.locator('[data-print-report-target]').filter({ visible: true }).first()).toBeVisible();
      await expect(tool.getByRole('button', { name: 'Print', exact: true })).toBeHidden();
      const results = page.locator('[data-print-report-target] :is(.kit-results, .kit-chart, table, .ws-field, .onb-bar)');
      expect(await results.count(), 'results in the report').toBeGreaterThan(0);
      await expect(results.first()).toBeVisible();
      // Nothing runs off the paper sideways.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'report wider than the page').toBeLessThanOrEqual(1);
      const pdf = await page.pdf({ path: testInfo.outputPath('report.pdf'), format: 'A4', margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } });
      expect(pdf.byteLength).toBeGreaterThan(1000);

      // After printing, Ctrl+P prints the whole page again.
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      await expect(page.locator('html')).not.toHaveAttribute('data-print-report');
      await expect(head).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await context.close();
    });
  }
});
