import { expect, test } from './fixtures';
import { canvasColourCounts, chartPaths, openSettled, palettes, themedPage, themes } from './layout-helpers';

const paths = chartPaths();

/** Parse a computed CSS colour ("rgb(…)" / "rgba(…)") into [r, g, b, a]. */
function parse(colour: string): [number, number, number, number] {
  const n = colour.match(/[\d.]+/g)?.map(Number) ?? [];
  return [n[0] ?? 0, n[1] ?? 0, n[2] ?? 0, n[3] ?? 1];
}
/** WCAG contrast ratio of two opaque colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = parse(c).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
const hex = (c: string) => '#' + parse(c).slice(0, 3).map((v) => v.toString(16).padStart(2, '0')).join('');

test.describe('chart legends', () => {
  test.describe.configure({ timeout: 90_000 });
  test('charts are found on the pages that draw them', () => {
    expect(paths.length).toBeGreaterThanOrEqual(5);
  });
  for (const theme of themes) {
    for (const path of paths) {
      test(`every legend item on ${path} shows its series' colour in the ${theme} theme`, async ({ browser }) => {
        // Reduced motion: charts draw their last frame at once, so the pixels read are those that stay on
        // screen (mid-animation a small series may not show yet, and colours pass between the palettes).
        const { context, page } = await themedPage(browser, theme, { width: 1280, height: 900 }, { reducedMotion: 'reduce' });
        await openSettled(page, path);
        await page.locator('.kit-chart canvas, .as-chart-canvas svg').first().waitFor();
        // Give chart.js its first frame before reading pixels. A chart outside a tool hydrates when it comes
        // into view, and a bare canvas is already 300 px wide: wait until chart.js has taken each one over
        // (it sets box-sizing inline), which happens after the legend has switched to the page's theme.
        const canvases = page.locator('.kit-chart canvas');
        for (let i = 0; i < (await canvases.count()); i++) {
          await canvases.nth(i).scrollIntoViewIfNeeded();
          await expect.poll(() => canvases.nth(i).evaluate((c) => c.style.boxSizing), { message: 'chart.js has drawn' }).toBe('border-box');
        }
        const legends = await page.evaluate(() => {
          const background = (el: Element | null): string => {
            for (let e = el; e; e = e.parentElement) {
              const c = getComputedStyle(e).backgroundColor;
              if (c && !/rgba\(.*,\s*0\)$/.test(c) && c !== 'transparent') return c;
            }
            return 'rgb(255, 255, 255)';
          };
          return [...document.querySelectorAll('.kit-chart')].map((figure, chart) => {
            const canvas = figure.querySelector('canvas');
            const items = [...figure.querySelectorAll('.kit-chart-legend li, .as-legend li')].map((li) => {
              const swatch = li.querySelector<HTMLElement>('.kit-chart-swatch');
              const line = li.querySelector<SVGElement>('.as-line');
              let colour = '';
              let visible = false;
              if (swatch) {
                const s = getComputedStyle(swatch);
                const side = swatch.hasAttribute('data-marker') ? 'Bottom' : 'Top';
                colour = s.getPropertyValue(`border-${side.toLowerCase()}-color`);
                visible = parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0 && s.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none';
              } else if (line) {
                const s = getComputedStyle(line);
                colour = s.stroke;
                visible = parseFloat(s.strokeWidth) > 0 && colour !== 'none';
              }
              return { label: li.textContent?.trim() ?? '', colour, visible };
            });
            // Colours the drawn (SVG) chart actually uses for its series.
            const drawn = [...figure.querySelectorAll('.as-chart-canvas svg .as-line, .as-chart-canvas svg .as-area')].map((el) => getComputedStyle(el).stroke);
            return { chart, title: figure.querySelector('figcaption')?.textContent?.trim() ?? '', canvas: !!canvas, items, drawn, background: background(figure) };
          });
        });
        const withLegend = legends.filter((l) => l.items.length > 0);
        expect(withLegend.length, 'charts with a legend').toBeGreaterThan(0);
        const counts = await canvasColourCounts(page, withLegend.flatMap((l) => l.items.map((i) => hex(i.colour))));
        // A chart with nothing to show yet (no data entered) paints no series colour at all.
        const seriesPainted = (await canvasColourCounts(page, [...palettes.dark, ...palettes.light])).map((c) => c.reduce((a, b) => a + b, 0));
        const canvasIndex = legends.filter((l) => l.canvas).map((l) => l.chart);
        let k = 0;
        for (const legend of withLegend) {
          const colours = legend.items.map((i) => i.colour);
          expect(new Set(colours).size, `${legend.title}: legend colours differ (${colours.join(', ')})`).toBe(colours.length);
          for (const item of legend.items) {
            const where = `${legend.title} — ${item.label}`;
            expect(item.visible, `${where}: swatch is drawn`).toBe(true);
            expect(contrast(item.colour, legend.background), `${where}: ${item.colour} stands out from ${legend.background}`).toBeGreaterThanOrEqual(2);
            if (legend.canvas) {
              const c = canvasIndex.indexOf(legend.chart);
              const painted = counts[c]?.[k] ?? 0;
              if ((seriesPainted[c] ?? 0) > 0) expect(painted, `${where}: the chart paints ${hex(item.colour)}`).toBeGreaterThan(10);
            } else if (legend.drawn.length > 0) {
              expect(legend.drawn, `${where}: the chart draws ${item.colour}`).toContain(item.colour);
            }
            k++;
          }
        }
        await context.close();
      });
    }
  }
});
