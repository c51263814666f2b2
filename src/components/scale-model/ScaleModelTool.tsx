import { useMemo } from 'react';
import { ToolShell } from '../kit/ToolShell';
import { Notice } from '../kit/Notice';
import { useClientStore } from '../kit/useClientStore';
import { $scaleModelResult, scaleModel, scaleModelCarried, scaleModelDefaultResult, scaleModelDefaults, scaleModelScenarios } from '../../stores/scale-model';
import { carriedBasisOf } from '../../lib/stage4/org-design/carried';
import { formatUsd } from '../../lib/format';
import type { PersistentTool } from '../../stores/persistent';
import type { ScaleModelInputs, ScaleModelScenarios } from '../../lib/scale-model';
import type { ScaleModelPreset } from '../../presets/scale-model';
import { useScaleDraft } from './useScaleDraft';
import { provenanceOf } from '../../lib/scale-model/provenance';
import { Presets } from './Presets';
import { GlobalInputs } from './GlobalInputs';
import { RolesEditor } from './RolesEditor';
import { CapitalPanel, KeyResults, targetUnitOf } from './Results';
import { DeferredCharts, DeferredMonths, DeferredScenarios, DeferredSensitivity } from './parts';
import { formatFte, formatMetric, formatOutput } from './format-scale';
import { CarriedReferences } from '../carry/CarriedReferences';
import { useCarriedBasis } from '../carry/useCarriedBasis';
import { downloadText } from '../kit/download';
import { planCsv } from '../../lib/scale-model/csv';
import { withUndo } from '../../stores/undo';
import './scale-model.css';

const DEFAULTS_JSON = JSON.stringify(scaleModelDefaults);
const NO_SCENARIOS: ScaleModelScenarios = [];

/**
 * The scale model: a 12-month hiring plan → capacity, output, cost, pipeline, capital efficiency, sensitivity and scenarios.
 * The page builds the presets (with their checks against the playbook) at build time and passes them in as
 * JSON text: the browser parses one string natively, where a nested prop would be revived value by value.
 * The form and the key results run first; the charts, month table, sensitivity and scenarios load and run
 * when they are needed (see `DeferredPart`).
 */
export default function ScaleModelTool({ presetsJson }: { presetsJson: string }) {
  const presets = useMemo(() => JSON.parse(presetsJson) as ScaleModelPreset[], [presetsJson]);
  const saved = useClientStore(scaleModel.$value, scaleModelDefaults);
  const result = useClientStore($scaleModelResult, scaleModelDefaultResult());
  const { draft, check, update, replace } = useScaleDraft(saved, scaleModel.$value);
  const provenance = useMemo(() => provenanceOf(saved, presets), [saved, presets]);
  const carriedFromTools = useCarriedBasis(saved, provenance.basisOf);
  const carried = useClientStore(scaleModelCarried.$value, {});
  // Figures carried in from another tool keep their tag while they hold the carried value.
  const basisOf = useMemo(() => {
    const fromCarried = carriedBasisOf(carried, saved);
    return (path: string) => fromCarried(path) ?? carriedFromTools(path);
  }, [carried, saved, carriedFromTools]);
  // Reset must also clear fields that hold bad input when the saved plan already is the default.
  const tool = useMemo<PersistentTool<ScaleModelInputs>>(() => ({ ...scaleModel, reset: () => replace(scaleModelDefaults) }), [replace]);
  const scenarioCount = useClientStore(scaleModelScenarios.$value, NO_SCENARIOS).length;
  // The deferred parts' server HTML shows the starting plan and no scenarios.
  const planStale = useMemo(() => JSON.stringify(saved) !== DEFAULTS_JSON, [saved]);
  const targetUnit = targetUnitOf(result);
  const outputUnit = targetUnit ?? undefined;

  return (
    <ToolShell
      label="Scale model"
      tool={tool}
      invalidCount={check.invalidCount}
      actions={
        <button
          type="button"
          className="kit-button"
          onClick={() => downloadText('scale-model-plan.csv', planCsv(saved, result), 'text/csv;charset=utf-8')}
        >
          Download plan (CSV)
        </button>
      }
    >
      <div className="not-content sm-tool">
        <Presets presets={presets} provenance={provenance} onApply={(inputs) => withUndo(scaleModel, 'Loading the preset', () => replace(inputs))} />

        <section className="sm-section" aria-labelledby="sm-plan">
          <h2 id="sm-plan">Your plan</h2>
          <GlobalInputs draft={draft} check={check} update={update} basisOf={basisOf} targetUnit={targetUnit} />
          <RolesEditor draft={draft} check={check} update={update} basisOf={basisOf} />
          {check.warnings.map((w) => (
            <Notice key={w.path + w.message} tone="warn">
              {w.message}
            </Notice>
          ))}
        </section>

        <section className="sm-section" aria-labelledby="sm-results">
          <h2 id="sm-results">Results</h2>
          <div aria-live="polite" aria-atomic="true" className="sr-only">
            {`Headcount in month 12: ${formatFte(result.totals.endingHeadcount)} FTE. 12-month output: ${formatOutput(result.totals.output12, outputUnit)}. 12-month cost: ${formatUsd(result.totals.costUsd12)}. Burn multiple: ${formatMetric(result.capitalEfficiency.burnMultiple, 'multiple')}.`}
          </div>
          <KeyResults inputs={saved} result={result} />
          <DeferredCharts stale={planStale} />
          <DeferredMonths stale={planStale} />
        </section>

        <section className="sm-section" aria-labelledby="sm-capital">
          <h2 id="sm-capital">Capital efficiency</h2>
          <CapitalPanel result={result} />
          <CarriedReferences />
        </section>

        <section className="sm-section" aria-labelledby="sm-sensitivity">
          <h2 id="sm-sensitivity">Sensitivity</h2>
          <p className="kit-hint">Which assumptions matter most: each one moved down and up on its own, the result recomputed, largest swing first.</p>
          <DeferredSensitivity stale={planStale} />
        </section>

        <section className="sm-section" aria-labelledby="sm-scenarios" data-print-hide>
          <h2 id="sm-scenarios">Scenarios</h2>
          <DeferredScenarios stale={planStale || scenarioCount > 0} onLoad={replace} />
        </section>
      </div>
    </ToolShell>
  );
}
