import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { ChartTable, type ChartTableData } from '../kit/ChartTable';

/** One entry of a chart's legend. */
export interface LegendEntry {
  label: string;
  /** Series class, e.g. "as-s0"; sets the colour through CSS so the theme applies. */
  series: string;
  dashed?: boolean;
}

/** Props of a figure around a drawn (SVG) chart. */
export interface ChartFigureProps {
  title: string;
  /** One or two sentences saying what the chart shows; part of its accessible name. */
  summary: string;
  table: ChartTableData;
  legend: LegendEntry[];
  /**
   * Draws the SVG at `width` CSS pixels (the space available, measured after hydration), so its text
   * stays readable on a phone instead of shrinking with the drawing. It gets role="img" through `svgProps`.
   */
  children: (svgProps: { role: 'img'; 'aria-label': string }, width: number) => ReactNode;
  /** Width drawn before the space is measured (server render and hydration). */
  initialWidth?: number;
}

/**
 * A figure with a title, an SVG chart, a legend and the data as a table, laid out like the kit's
 * ChartFrame. The scorer's charts are drawn as SVG so its pages stay within the script budget.
 */
export function ChartFigure({ title, summary, table, legend, children, initialWidth = 560 }: ChartFigureProps) {
  const headingId = useId();
  const boxRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(initialWidth);
  useEffect(() => {
    const box = boxRef.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const w = Math.round(box.getBoundingClientRect().width);
      if (w > 0) setWidth(w);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return (
    <figure className="kit-chart as-chart" aria-labelledby={headingId}>
      <figcaption id={headingId} className="kit-chart-title">
        {title}
      </figcaption>
      <div className="as-chart-canvas" ref={boxRef}>
        {children({ role: 'img', 'aria-label': `${title}. ${summary}` }, width)}
      </div>
      {legend.length > 0 && (
        <ul className="as-legend" aria-hidden="true">
          {legend.map((l) => (
            <li key={l.label} className={l.series}>
              <svg width="28" height="10" viewBox="0 0 28 10" focusable="false">
                <line x1="1" y1="5" x2="27" y2="5" className="as-line" strokeDasharray={l.dashed ? '5 3' : undefined} />
              </svg>
              <span>{l.label}</span>
            </li>
          ))}
        </ul>
      )}
      <ChartTable table={table} />
    </figure>
  );
}

/** Split a label into at most two lines near its middle space, for chart labels. */
export function twoLines(label: string, maxChars = 14): string[] {
  if (label.length <= maxChars || !label.includes(' ')) return [label];
  const mid = label.length / 2;
  let best = -1;
  for (let i = label.indexOf(' '); i !== -1; i = label.indexOf(' ', i + 1)) if (best === -1 || Math.abs(i - mid) < Math.abs(best - mid)) best = i;
  return [label.slice(0, best), label.slice(best + 1)];
}

/** Segments of consecutive non-null points (a series breaks where a value is missing, never drops to 0). */
export function segments<P>(points: Array<P | null>, closed = false): P[][] {
  const out: P[][] = [];
  let run: P[] = [];
  for (const p of points) {
    if (p === null) {
      if (run.length) out.push(run);
      run = [];
    } else run.push(p);
  }
  if (run.length) out.push(run);
  // A closed shape (radar) joins the last run to the first when the ends are both present.
  if (closed && out.length > 1 && points[0] !== null && points[points.length - 1] !== null) {
    const last = out.pop()!;
    out[0] = [...last, ...out[0]!];
  }
  return out;
}
