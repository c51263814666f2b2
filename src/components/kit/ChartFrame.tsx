import { useEffect, useId, useRef, useState } from 'react';
import { ChartTable, type ChartTableData } from './ChartTable';
import type { ChartConfiguration, Chart as ChartType } from 'chart.js';
import { initialChartTheme, readChartTheme, type ChartTheme } from './chart-theme';
import { whenNeeded } from './when-needed';

/** The data-table alternative shown with every chart. */
export type { ChartTableData as ChartTable } from './ChartTable';

/** Props of a chart with a text summary and a data table. */
export interface ChartFrameProps {
  title: string;
  /** One or two sentences saying what the chart shows; used as its accessible name. */
  summary: string;
  /** Build the chart.js configuration for the current theme. */
  config: (theme: ChartTheme) => ChartConfiguration;
  table: ChartTableData;
  height?: number;
}

/** One entry of the HTML legend, read from a dataset. */
interface LegendEntry {
  label: string;
  color: string;
  dashed: boolean;
  marker: boolean;
}

/** The legend entries of a chart configuration (datasets with a label). */
export function legendEntries(config: ChartConfiguration): LegendEntry[] {
  return config.data.datasets
    .filter((d) => typeof d.label === 'string' && d.label !== '')
    .map((d) => {
      const ds = d as { label: string; type?: string; borderColor?: unknown; backgroundColor?: unknown; borderDash?: unknown; showLine?: unknown };
      // A bar is seen by its fill (its border may be the page colour, to separate stacked bars); a line by its stroke.
      const bar = (ds.type ?? config.type) === 'bar';
      const [first, second] = bar ? [ds.backgroundColor, ds.borderColor] : [ds.borderColor, ds.backgroundColor];
      const color = typeof first === 'string' ? first : typeof second === 'string' ? second : 'currentColor';
      return { label: ds.label, color, dashed: Array.isArray(ds.borderDash) && ds.borderDash.length > 0, marker: ds.showLine === false };
    });
}

/** The frame's own settings, applied on creation and on every update: fill the frame, respect reduced motion. */
function withFrameOptions(options: ChartConfiguration['options'], reduced: boolean | undefined): NonNullable<ChartConfiguration['options']> {
  return { ...options, animation: reduced ? false : options?.animation, maintainAspectRatio: false, responsive: true };
}

type ChartModule = typeof import('./chart-cartesian');
/** chart.js once loaded: from then on every chart draws synchronously (a redraw in `beforeprint` reaches the paper). */
let chartModule: ChartModule | null = null;
let chartLoading: Promise<ChartModule> | null = null;

/** Load chart.js once for every chart on the page. */
function loadChart(): Promise<ChartModule> {
  chartLoading ??= import('./chart-cartesian').then((m) => (chartModule = m));
  return chartLoading;
}

/**
 * A chart.js chart that updates in place, follows the theme and always has a table alternative. chart.js loads
 * only when a chart is needed (near the viewport, printed, or once the page is in use), not with the page.
 */
export function ChartFrame({ title, summary, config, table, height = 280 }: ChartFrameProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<ChartType | null>(null);
  const [themeKey, setThemeKey] = useState(0);
  // Start from the server's theme so hydration matches; the effect below switches to the page's theme.
  const [legend, setLegend] = useState<LegendEntry[]>(() => legendEntries(config(initialChartTheme)));
  const printLegend = legendEntries(config(readChartTheme(true)));
  const headingId = useId();

  useEffect(() => {
    const observer = new MutationObserver(() => setThemeKey((k) => k + 1));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    let cancelled = false;
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    // Draw for a theme; synchronous once chart.js is loaded, so a redraw in `beforeprint` reaches the paper.
    const draw = (theme: ChartTheme, Chart: typeof import('chart.js').Chart) => {
      if (cancelled || !canvasRef.current) return;
      const next = config(theme);
      Chart.defaults.color = theme.text;
      Chart.defaults.borderColor = theme.grid;
      Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
      const existing = chartRef.current;
      if (existing && (existing.config as { type?: string }).type === (next as { type?: string }).type) {
        existing.data = next.data;
        existing.options = withFrameOptions(next.options, reduced);
        existing.update('none');
      } else {
        existing?.destroy();
        chartRef.current = new Chart(canvasRef.current, { ...next, options: withFrameOptions(next.options, reduced) });
      }
    };
    setLegend(legendEntries(config(readChartTheme())));
    const print = window.matchMedia?.('print');
    let onBefore = () => {};
    let onAfter = () => {};
    let onMedia = (_e: MediaQueryListEvent) => {};
    const ready = ({ Chart }: ChartModule) => {
      if (cancelled) return;
      draw(readChartTheme(), Chart);
      // Paper is always the light palette: redraw for print and back for the screen.
      onBefore = () => draw(readChartTheme(true), Chart);
      onAfter = () => draw(readChartTheme(false), Chart);
      onMedia = (e) => draw(readChartTheme(e.matches), Chart);
      window.addEventListener('beforeprint', onBefore);
      window.addEventListener('afterprint', onAfter);
      print?.addEventListener('change', onMedia);
    };
    let stopWaiting = () => {};
    if (chartModule) ready(chartModule);
    else if (canvasRef.current) stopWaiting = whenNeeded(canvasRef.current, () => void loadChart().then(ready));
    return () => {
      cancelled = true;
      stopWaiting();
      window.removeEventListener('beforeprint', onBefore);
      window.removeEventListener('afterprint', onAfter);
      print?.removeEventListener('change', onMedia);
    };
  }, [config, themeKey]);

  useEffect(() => () => chartRef.current?.destroy(), []);

  return (
    <figure className="kit-chart" aria-labelledby={headingId}>
      <figcaption id={headingId} className="kit-chart-title">
        {title}
      </figcaption>
      <div className="kit-chart-canvas" style={{ height }}>
        <canvas ref={canvasRef} role="img" aria-label={`${title}. ${summary}`} />
      </div>
      {legend.length > 1 && (
        <ul className="kit-chart-legend" aria-label="Legend">
          {legend.map((l, i) => (
            <li key={l.label}>
              <span
                className="kit-chart-swatch"
                data-dashed={l.dashed ? '' : undefined}
                data-marker={l.marker ? '' : undefined}
                style={{ color: l.color, ['--kit-swatch-print' as string]: printLegend[i]?.color ?? l.color }}
                aria-hidden="true"
              />
              {l.label}
            </li>
          ))}
        </ul>
      )}
      <ChartTable table={table} />
    </figure>
  );
}
