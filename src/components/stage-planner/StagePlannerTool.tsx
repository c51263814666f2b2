import { useEffect, useState } from 'react';
import { ToolShell } from '../kit/ToolShell';
import { Notice } from '../kit/Notice';
import { useClientStore } from '../kit/useClientStore';
import { useValidity } from '../kit/useValidity';
import { presetFromLocation, type StagePlanPreset } from '../../lib/stage-planner/presets';
import {
  $stagePlanResult,
  applyStagePreset,
  hasSavedStagePlan,
  matchingPreset,
  stagePlanDefaultResult,
  stagePlanPresets,
  stagePlanner,
  stagePlannerDefaults,
} from '../../stores/stage-planner';
import { BudgetEditor } from './BudgetEditor';
import { InfrastructureEditor } from './InfrastructureEditor';
import { CapacityForecast } from './CapacityForecast';
import { StagePlanCarry } from '../carry/StagePlanCarry';
import './stage-planner.css';

/** The stage planner: a stage's budget and infrastructure, when capacity runs out, and the check of one against the other. */
export default function StagePlannerTool() {
  const inputs = useClientStore(stagePlanner.$value, stagePlannerDefaults);
  const result = useClientStore($stagePlanResult, stagePlanDefaultResult());
  const [invalidCount, validity] = useValidity();
  const [offered, setOffered] = useState<StagePlanPreset | null>(null);
  const active = matchingPreset(inputs);

  // A playbook page links here with the matching stage: use it on a first visit, ask otherwise.
  useEffect(() => {
    const id = presetFromLocation(window.location.search, window.location.hash);
    const preset = stagePlanPresets.find((p) => p.id === id);
    if (!preset || matchingPreset(stagePlanner.$value.get())?.id === preset.id) return;
    if (!hasSavedStagePlan()) applyStagePreset(preset.id);
    else setOffered(preset);
  }, []);

  const choose = (preset: StagePlanPreset) => {
    if (active === null && !window.confirm(`Replace your plan with ${preset.label}? What you entered will be replaced.`)) return;
    applyStagePreset(preset.id);
  };

  return (
    <ToolShell label="Stage planner" tool={stagePlanner} invalidCount={invalidCount} actions={<StagePlanCarry />}>
      <div className="not-content sp-tool">
        {offered && (
          <Notice tone="warn">
            <p>This link opens the playbook's {offered.label} figures. Use them? Your plan in this browser will be replaced.</p>
            <div className="kit-actions">
              <button
                type="button"
                className="kit-button kit-button-primary"
                onClick={() => {
                  applyStagePreset(offered.id);
                  setOffered(null);
                }}
              >
                Use {offered.label}
              </button>
              <button type="button" className="kit-button" onClick={() => setOffered(null)}>
                Keep mine
              </button>
            </div>
          </Notice>
        )}
        <fieldset className="kit-fieldset" data-print-hide>
          <legend>Start from a stage</legend>
          <div className="kit-segmented" role="group" aria-label="Stage presets">
            {stagePlanPresets.map((p) => (
              <button key={p.id} type="button" className={active?.id === p.id ? 'kit-button kit-button-primary' : 'kit-button'} aria-pressed={active?.id === p.id} onClick={() => choose(p)}>
                {p.label}
              </button>
            ))}
          </div>
          <p className="kit-hint">
            {active
              ? active.id === 'custom'
                ? 'A custom stage: fill in your own budget, capacity and costs.'
                : `Showing the playbook's ${active.label} budget and infrastructure.`
              : 'Your own figures. Pick a stage to start again from the playbook.'}
          </p>
        </fieldset>
        <BudgetEditor inputs={inputs} result={result} validity={validity} />
        <InfrastructureEditor inputs={inputs} result={result} validity={validity} />
        <CapacityForecast inputs={inputs} result={result} validity={validity} />
      </div>
    </ToolShell>
  );
}
