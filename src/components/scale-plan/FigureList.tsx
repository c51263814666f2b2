import type { PlanFigure } from '../../lib/scale-plan';
import { figureText } from './words';

/** A section's figures as a description list, styled like the tools' results. */
export function FigureList({ figures, label }: { figures: PlanFigure[]; label: string }) {
  return (
    <dl className="kit-results" aria-label={label}>
      {figures.map((f) => (
        <div key={f.label} className="kit-result">
          <dt>{f.label}</dt>
          <dd>
            <span className="kit-result-value">{figureText(f)}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
