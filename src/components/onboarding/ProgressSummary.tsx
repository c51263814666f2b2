import type { PlanProgress, ProgressCounts } from '../../lib/onboarding';
import { formatPct } from '../../lib/format';
import { shortDate } from './tracker-view';

/** "12 of 27 done (44%) · 3 overdue": the figures in words, so progress never relies on the bar's colour. */
export function countsText(c: ProgressCounts): string {
  const base = `${c.done} of ${c.total} done (${formatPct(c.donePct, 0)})`;
  return c.overdue > 0 ? `${base} · ${c.overdue} overdue` : base;
}

function Bar({ label, counts, strong = false }: { label: string; counts: ProgressCounts; strong?: boolean }) {
  return (
    <div className="onb-bar" data-strong={strong ? '' : undefined}>
      <span className="onb-bar-label">{label}</span>
      <progress max={Math.max(counts.total, 1)} value={counts.done} aria-label={`${label} progress`} />
      <span className="onb-bar-text">{countsText(counts)}</span>
    </div>
  );
}

/** Overall and per-phase progress bars with their figures, and the next task due. */
export function ProgressSummary({ result, heading }: { result: PlanProgress; heading: string }) {
  const { nextTask } = result;
  return (
    <div className="onb-summary" role="group" aria-label={heading}>
      <Bar label="Overall" counts={result.overall} strong />
      {result.phases.map((p) => (
        <Bar key={p.phase} label={p.label} counts={p} />
      ))}
      <p className="onb-next">
        {result.complete
          ? 'Every task is done.'
          : nextTask && (
              <>
                Next: <strong>{nextTask.title}</strong>, due {shortDate(nextTask.dueDate)}
                {nextTask.dueDate < result.asOf ? ' (overdue)' : ''}.
              </>
            )}
      </p>
    </div>
  );
}
