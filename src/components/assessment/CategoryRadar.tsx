import { scoreAssessment, type AssessmentDefinition, type AssessmentResult, type AssessmentSnapshot } from '../../lib/workshop/assessment/index';
import { formatNumber } from '../../lib/format';
import { ChartFigure, segments, twoLines, type LegendEntry } from './ChartFigure';
import { formatAnswered, formatScore, formatSnapshotDate } from './format';

/** Props of the category radar. */
export interface CategoryRadarProps {
  def: AssessmentDefinition;
  result: AssessmentResult;
  /** The latest saved snapshot, drawn behind the current scores for comparison. */
  latest: AssessmentSnapshot | null;
}

type Pt = [number, number];

/** Room beside the radar for a category label, in CSS pixels. */
const LABEL_ROOM = 96;
/** Widest the radar is drawn. */
const MAX_WIDTH = 460;
const LINE = 15;

/** Radar of the category scores (out of 10), with the latest snapshot behind; an unanswered category is a gap in the line, not 0. */
export function CategoryRadar({ def, result, latest }: CategoryRadarProps) {
  const n = def.categories.length;
  const previous = latest ? scoreAssessment(def, latest.answers) : null;
  const now = result.categories.map((c) => c.score);
  const before = previous?.categories.map((c) => c.score) ?? null;
  const latestLabel = latest ? `Snapshot of ${formatSnapshotDate(latest.takenAt)}` : '';
  const rings = [2, 4, 6, 8, 10].filter((r) => r <= def.itemMax);
  const angle = (i: number) => -Math.PI / 2 + (i * 2 * Math.PI) / n;

  const draw = (width: number) => {
    const W = Math.min(width, MAX_WIDTH);
    const R = Math.max(56, Math.min(W / 2 - LABEL_ROOM, 130));
    const CX = W / 2;
    const CY = R + 3 * LINE + 8;
    const H = CY + R + 3 * LINE + 16;
    const at = (i: number, r: number): Pt => [CX + r * Math.cos(angle(i)), CY + r * Math.sin(angle(i))];
    const toPoints = (scores: Array<number | null>) => scores.map((s, i) => (s === null ? null : at(i, (R * s) / def.itemMax)));
    const path = (pts: Pt[]) => pts.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
    const series = (scores: Array<number | null>, cls: string, dashed: boolean) => {
      const pts = toPoints(scores);
      const complete = pts.every((p) => p !== null);
      const dash = dashed ? '6 4' : undefined;
      return (
        <g className={cls}>
          {complete ? (
            <polygon points={path(pts as Pt[])} className={dashed ? 'as-line' : 'as-area'} strokeDasharray={dash} />
          ) : (
            segments(pts, true).map((run, k) => <polyline key={k} points={path(run)} className="as-line" strokeDasharray={dash} />)
          )}
          {pts.map((p, i) => (p ? <circle key={i} cx={p[0]} cy={p[1]} r={dashed ? 3 : 4} className="as-dot" /> : null))}
        </g>
      );
    };
    return { W, H, CX, CY, R, at, path, series };
  };

  const answered = result.categories.filter((c) => c.score !== null);
  const summary =
    answered.length === 0
      ? 'No category has a score yet.'
      : `Category scores out of ${def.itemMax}: ${result.categories.map((c) => `${c.label} ${formatScore(c.score, def.itemMax)}`).join(', ')}.`;
  const columns = ['Category', `Now (out of ${def.itemMax})`, 'Answered', ...(latest ? [latestLabel] : [])];
  const rows = result.categories.map((c, i) => [
    c.label,
    formatScore(c.score, def.itemMax),
    formatAnswered(c.answeredItems, c.totalItems),
    ...(previous ? [formatScore(previous.categories[i]?.score ?? null, def.itemMax)] : []),
  ]);
  const legend: LegendEntry[] = [{ label: 'Now', series: 'as-s0' }, ...(latest ? [{ label: latestLabel, series: 'as-s1', dashed: true }] : [])];

  return (
    <ChartFigure title="Category scores" summary={summary} table={{ columns, rows }} legend={legend} initialWidth={MAX_WIDTH}>
      {(svgProps, width) => {
        const { W, H, CX, CY, R, at, path, series } = draw(width);
        return (
          <svg {...svgProps} width={W} height={H} viewBox={`0 0 ${W} ${H}`} className="as-radar" focusable="false">
            {rings.map((r) => (
              <polygon key={r} points={path(def.categories.map((_, i) => at(i, (R * r) / def.itemMax)))} className="as-grid" />
            ))}
            {def.categories.map((c, i) => {
              const [x, y] = at(i, R);
              return <line key={c.id} x1={CX} y1={CY} x2={x} y2={y} className="as-grid" />;
            })}
            {rings.map((r) => {
              const [x, y] = at(0, (R * r) / def.itemMax);
              return (
                <text key={r} x={x + 4} y={y + 4} className="as-tick">
                  {r}
                </text>
              );
            })}
            {before && series(before, 'as-s1', true)}
            {series(now, 'as-s0', false)}
            {def.categories.map((c, i) => {
              const cos = Math.cos(angle(i));
              const sin = Math.sin(angle(i));
              const [x, y] = at(i, R + 12);
              const anchor = cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle';
              const score = result.categories[i]?.score ?? null;
              const lines = [...twoLines(c.label, 12), score === null ? 'not answered' : `${formatNumber(score, 1)}/${def.itemMax}`];
              // Labels above the radar grow upwards, below it downwards, beside it centre on the point.
              const first = sin < -0.5 ? -(lines.length - 1) * LINE - 4 : sin > 0.5 ? 12 : -((lines.length - 1) * LINE) / 2 + 4;
              return (
                <text key={c.id} x={x} y={y + first} textAnchor={anchor} className="as-label">
                  {lines.map((l, k) => (
                    <tspan
                      key={k}
                      x={x}
                      dy={k === 0 ? 0 : LINE}
                      className={k === lines.length - 1 ? (score === null ? 'as-label-none' : 'as-label-score') : undefined}
                    >
                      {l}
                    </tspan>
                  ))}
                </text>
              );
            })}
          </svg>
        );
      }}
    </ChartFigure>
  );
}
