import { useMemo } from 'react';
import { scoreAssessment, type AssessmentDefinition, type AssessmentSnapshot } from '../../lib/workshop/assessment/index';
import { formatNumber } from '../../lib/format';
import { ChartFigure, segments, type LegendEntry } from './ChartFigure';
import { formatOverall, formatScore, formatSnapshotDate, formatSnapshotDay } from './format';

const LEFT = 36;
const RIGHT = 40;
const TOP = 14;
const BOTTOM = 44;
const STEPS = 5;
/** Widest the chart is drawn. */
const MAX_WIDTH = 720;

/** Overall (right axis) and category scores (left axis, out of 10) over the saved snapshots, oldest first. */
export function SnapshotTrend({ def, snapshots }: { def: AssessmentDefinition; snapshots: AssessmentSnapshot[] }) {
  const scored = useMemo(() => snapshots.map((s) => ({ s, r: scoreAssessment(def, s.answers) })), [def, snapshots]);
  const n = scored.length;
  // Several snapshots on one day need their time to tell them apart.
  const days = scored.map(({ s }) => formatSnapshotDay(s.takenAt));
  const labels = scored.map(({ s }, i) => (days.indexOf(days[i]!) !== days.lastIndexOf(days[i]!) ? formatSnapshotDate(s.takenAt) : days[i]!));
  const geometry = (width: number) => {
    const W = Math.min(width, MAX_WIDTH);
    const H = W < 480 ? 220 : 280;
    const PW = W - LEFT - RIGHT;
    const PH = H - TOP - BOTTOM;
    // A date label is about 90 px wide: show as many as fit, always the last.
    const labelStep = Math.max(1, Math.ceil(n / Math.max(1, Math.floor(PW / 110))));
    const x = (i: number) => LEFT + (n <= 1 ? PW / 2 : (i * PW) / (n - 1));
    const y = (value: number, max: number) => TOP + PH * (1 - value / max);
    const line = (values: Array<number | null>, max: number) =>
      segments(values.map((v, i) => (v === null ? null : `${x(i).toFixed(1)},${y(v, max).toFixed(1)}`))).map((run) => run.join(' '));
    return { W, H, PH, labelStep, x, y, line };
  };

  const overall = scored.map(({ r }) => r.overall.score);
  const categories = def.categories.map((_, c) => scored.map(({ r }) => r.categories[c]?.score ?? null));

  const first = scored[0];
  const last = scored[n - 1];
  const summary =
    first && last
      ? `Overall went from ${formatOverall(first.r.overall.score, def.overallMax)} on ${formatSnapshotDate(first.s.takenAt)} to ${formatOverall(last.r.overall.score, def.overallMax)} on ${formatSnapshotDate(last.s.takenAt)}.`
      : 'No snapshots yet.';
  const columns = ['Saved', `Overall (out of ${def.overallMax})`, ...def.categories.map((c) => c.label)];
  const rows = scored.map(({ s, r }) => [
    formatSnapshotDate(s.takenAt),
    formatOverall(r.overall.score, def.overallMax),
    ...r.categories.map((c) => formatScore(c.score, def.itemMax)),
  ]);
  const legend: LegendEntry[] = [
    { label: `Overall (out of ${def.overallMax}, right axis)`, series: 'as-overall' },
    ...def.categories.map((c, i) => ({ label: c.label, series: `as-s${i}`, dashed: true })),
  ];

  return (
    <ChartFigure title="Scores over time" summary={summary} table={{ columns, rows }} legend={legend} initialWidth={MAX_WIDTH}>
      {(svgProps, width) => {
        const { W, H, PH, labelStep, x, y, line } = geometry(width);
        return (
          <svg {...svgProps} width={W} height={H} viewBox={`0 0 ${W} ${H}`} className="as-trend" focusable="false">
            {Array.from({ length: STEPS + 1 }, (_, k) => {
              const yy = TOP + (PH * k) / STEPS;
              const frac = 1 - k / STEPS;
              return (
                <g key={k}>
                  <line x1={LEFT} x2={W - RIGHT} y1={yy} y2={yy} className="as-grid" />
                  <text x={LEFT - 6} y={yy + 4} textAnchor="end" className="as-tick">
                    {formatNumber(frac * def.itemMax, 1)}
                  </text>
                  <text x={W - RIGHT + 6} y={yy + 4} className="as-tick">
                    {formatNumber(frac * def.overallMax, 1)}
                  </text>
                </g>
              );
            })}
            {labels.map((l, i) =>
              i % labelStep === 0 || i === n - 1 ? (
                <text
                  key={i}
                  x={x(i)}
                  y={H - BOTTOM + 18}
                  textAnchor={n > 1 && i === 0 ? 'start' : n > 1 && i === n - 1 ? 'end' : 'middle'}
                  className="as-tick"
                >
                  {l}
                </text>
              ) : null,
            )}
            <text x={LEFT - 6} y={H - 6} className="as-tick" textAnchor="start">
              Categories /{def.itemMax}
            </text>
            <text x={W - RIGHT + 6} y={H - 6} className="as-tick" textAnchor="end">
              Overall /{def.overallMax}
            </text>
            {categories.map((values, c) => (
              <g key={c} className={`as-s${c}`}>
                {line(values, def.itemMax).map((pts, k) => (
                  <polyline key={k} points={pts} className="as-line as-thin" strokeDasharray="5 3" />
                ))}
                {values.map((v, i) => (v === null ? null : <circle key={i} cx={x(i)} cy={y(v, def.itemMax)} r={2.5} className="as-dot" />))}
              </g>
            ))}
            <g className="as-overall">
              {line(overall, def.overallMax).map((pts, k) => (
                <polyline key={k} points={pts} className="as-line as-thick" />
              ))}
              {overall.map((v, i) => (v === null ? null : <circle key={i} cx={x(i)} cy={y(v, def.overallMax)} r={4.5} className="as-dot" />))}
            </g>
          </svg>
        );
      }}
    </ChartFigure>
  );
}
