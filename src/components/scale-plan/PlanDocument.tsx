import type { ScalePlan } from '../../lib/scale-plan';
import type { CarriedLine } from '../../stores/scale-plan-live';
import { SectionView } from './SectionView';
import { CheckView } from './CheckView';
import { ExitCriteriaTable } from './ExitCriteriaTable';

/** The plan as one document: each tool's result, the cross-checks, and the exit criteria. */
export function PlanDocument({ plan, shared, carried = [] }: { plan: ScalePlan; shared: boolean; carried?: readonly CarriedLine[] }) {
  const checkTitle = (id: string) => plan.checks.find((c) => c.id === id)?.title ?? id;
  const problems = plan.checks.filter((c) => c.outcome.status === 'contradiction').length;
  return (
    <div className="spl-document">
      <section aria-labelledby="spl-parts">
        <h2 id="spl-parts">What the tools say</h2>
        {plan.sections.map((s) => (
          <SectionView key={s.id} section={s} shared={shared} carried={carried} />
        ))}
      </section>
      <section aria-labelledby="spl-checks">
        <h2 id="spl-checks">Cross-checks</h2>
        <p className="kit-hint" data-check-summary>
          {problems === 0 ? 'No contradictions between the tools.' : `${problems} ${problems === 1 ? 'contradiction' : 'contradictions'} between the tools.`}
        </p>
        {plan.checks.map((c) => (
          <CheckView key={c.id} check={c} />
        ))}
      </section>
      <section aria-labelledby="spl-exit">
        <h2 id="spl-exit">Stage 4 exit criteria</h2>
        <p className="kit-hint">
          Ticks come from the <a href="/guides/stage-4-scale-readiness/#stage-4-exit-criteria">exit criteria checklist</a>; the cross-checks can contradict them.
        </p>
        <ExitCriteriaTable rows={plan.exitCriteria} checkTitle={checkTitle} />
      </section>
    </div>
  );
}
