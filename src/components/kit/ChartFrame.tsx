import { useEffect, useId, useRef, useState } from 'react';
import type { ChartConfiguration, Chart as ChartType } from 'chart.js';
import { readChartTheme, type ChartTheme } from './chart-theme';

/** The data-table alternative shown with every chart. */
export interface ChartTable {
  columns: string[];
  rows: string[][];
}

/** Props of a chart with a text summary and a data table. */
export interface ChartFrameProps {
  title: string;
  /** One or two sentences saying what the chart shows; used as its accessible name. */
  summary: string;
  /** Build the chart.js configuration for the current theme. */
  config: (theme: ChartTheme) => ChartConfiguration;
  table: ChartTable;
  height?: number;
}

/** A chart.js chart that updates in place, follows the theme and always has a table alternative. */
export function ChartFrame({ title, summary, config, table, height = 280 }: ChartFrameProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<ChartType | null>(null);
  const [themeKey, setThemeKey] = useState(0);
  const headingId = useId();

  useEffect(() => {
    const observer = new MutationObserver(() => setThemeKey((k) => k + 1));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    let cancelled = false;
    const theme = readChartTheme();
    const next = config(theme);
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    const load = (next as { type?: string }).type === 'radar' ? import('./chart-radial') : import('./chart-cartesian');
    void load.then(({ Chart }) => {
      if (cancelled || !canvasRef.current) return;
      Chart.defaults.color = theme.text;
      Chart.defaults.borderColor = theme.grid;
      Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
      const existing = chartRef.current;
      if (existing && (existing.config as { type?: string }).type === (next as { type?: string }).type) {
        existing.data = next.data;
        existing.options = next.options ?? {};
        existing.update('none');
      } else {
        existing?.destroy();
        chartRef.current = new Chart(canvasRef.current, {
          ...next,
          options: { ...next.options, animation: reduced ? false : next.options?.animation, maintainAspectRatio: false, responsive: true },
        });
      }
    });
    return () => {
      cancelled = true;
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
      <details className="kit-chart-table">
        <summary>Show the data as a table</summary>
        <div className="kit-table-scroll">
          <table>
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) =>
                    j === 0 ? (
                      <th key={j} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={j}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
