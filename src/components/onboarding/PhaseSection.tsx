import { useId, type ReactNode } from 'react';
import type { PhaseProgress } from '../../lib/onboarding/progress';
import { countsText } from './ProgressSummary';

/** One phase of a plan: its heading with the progress count, its goals, then its tasks (the children). */
export function PhaseSection({ label, goals, counts, children }: { label: string; goals: readonly string[]; counts: PhaseProgress | undefined; children: ReactNode }) {
  const id = useId();
  return (
    <section className="onb-phase" aria-labelledby={id}>
      <h3 id={id}>
        {label}
        {counts && <span className="onb-phase-count">{countsText(counts)}</span>}
      </h3>
      <ul className="onb-goals" aria-label={`Goals for ${label}`}>
        {goals.map((g) => (
          <li key={g}>{g}</li>
        ))}
      </ul>
      {children}
    </section>
  );
}
