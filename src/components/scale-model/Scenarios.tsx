import { useId, useMemo, useState, type SubmitEvent } from 'react';
import { useClientStore } from '../kit/useClientStore';
import { scaleModelScenarios } from '../../stores/scale-model';
import { formatPct, formatUsd } from '../../lib/format';
import {
  MAX_SCENARIOS,
  compareScenarios,
  computeScaleModel,
  type ScaleModelInputs,
  type ScaleModelScenario,
  type ScaleModelScenarios,
  type ScenarioComparisonRow,
} from '../../lib/scale-model';
import { formatDelta, formatFte, formatMetric, formatSavedAt } from './format-scale';
import { DataTable } from './fields';

const NO_SCENARIOS: ScaleModelScenarios = [];

/** The output unit both plans share, for showing output in it; none when they differ. */
function sharedUnit(a: readonly string[], b: readonly string[]): string | undefined {
  return a.length === 1 && b.length === 1 && a[0] === b[0] ? a[0] : undefined;
}

const sameInputs = (a: ScaleModelInputs, b: ScaleModelInputs) => JSON.stringify(a) === JSON.stringify(b);

/** Which of two scenarios does better on a result, in words. */
function better(row: ScenarioComparisonRow, a: string, b: string): string {
  if (row.delta === 0) return 'Same';
  if (row.betterWhen === null) return 'Not ranked';
  if (row.delta === null) return 'Cannot compare';
  const bIsHigher = row.delta > 0;
  return (row.betterWhen === 'higher') === bIsHigher ? b : a;
}

/** Save the plan as named scenarios, load or delete them, and compare two side by side. */
export function Scenarios({ inputs, onLoad }: { inputs: ScaleModelInputs; onLoad: (inputs: ScaleModelInputs) => void }) {
  const scenarios = useClientStore(scaleModelScenarios.$value, NO_SCENARIOS);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [pick, setPick] = useState<{ a: string; b: string }>({ a: '', b: '' });
  const nameId = useId();

  const summaries = useMemo(() => scenarios.map((s) => ({ scenario: s, result: computeScaleModel(s.inputs) })), [scenarios]);
  const names = scenarios.map((s) => s.name);
  const aName = names.includes(pick.a) ? pick.a : (names[0] ?? '');
  const bName = names.includes(pick.b) && pick.b !== aName ? pick.b : (names.find((n) => n !== aName) ?? '');
  const a = scenarios.find((s) => s.name === aName);
  const b = scenarios.find((s) => s.name === bName);
  const comparison = useMemo(() => (a && b && a !== b ? compareScenarios(a, b) : null), [a, b]);

  const save = (e: SubmitEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') {
      setNameError('Give the scenario a name.');
      return;
    }
    const existing = scenarios.findIndex((s) => s.name === trimmed);
    if (existing === -1 && scenarios.length >= MAX_SCENARIOS) {
      setNameError(`This browser keeps at most ${MAX_SCENARIOS} scenarios: delete one first.`);
      return;
    }
    if (existing !== -1 && !window.confirm(`Replace the saved scenario "${trimmed}" with the plan as it is now?`)) return;
    const scenario: ScaleModelScenario = { name: trimmed, savedAt: new Date().toISOString(), inputs };
    const next = existing === -1 ? [...scenarios, scenario] : scenarios.map((s, i) => (i === existing ? scenario : s));
    scaleModelScenarios.$value.set(next);
    setNameError(null);
    setName('');
    setStatus(`Saved the scenario “${trimmed}”.`);
  };

  const load = (s: ScaleModelScenario) => {
    const saved = scenarios.some((other) => sameInputs(other.inputs, inputs));
    if (!saved && !sameInputs(s.inputs, inputs) && !window.confirm(`Load "${s.name}"? The plan above is not saved as a scenario and will be replaced.`)) return;
    onLoad(s.inputs);
    setStatus(`Loaded the scenario “${s.name}”.`);
  };

  const remove = (s: ScaleModelScenario) => {
    if (!window.confirm(`Delete the scenario "${s.name}"? This cannot be undone.`)) return;
    scaleModelScenarios.$value.set(scenarios.filter((other) => other !== s));
    setStatus(`Deleted the scenario “${s.name}”.`);
  };

  return (
    <div className="sm-scenarios">
      <form className="sm-save" onSubmit={save} data-print-hide noValidate>
        <div className="kit-field" data-invalid={nameError ? '' : undefined}>
          <label htmlFor={nameId}>Scenario name</label>
          <input
            id={nameId}
            type="text"
            value={name}
            maxLength={120}
            autoComplete="off"
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? `${nameId}-msg` : undefined}
            onChange={(e) => {
              setName(e.target.value);
              setNameError(null);
            }}
          />
          {nameError && (
            <p id={`${nameId}-msg`} className="kit-message" role="alert">
              {nameError}
            </p>
          )}
        </div>
        <button type="submit" className="kit-button kit-button-primary">
          Save as a scenario
        </button>
      </form>
      <p className="sr-only" role="status">
        {status}
      </p>

      {scenarios.length === 0 ? (
        <p className="kit-hint">No scenarios saved yet. Save the plan under a name, change it, and save again to compare.</p>
      ) : (
        <DataTable
          className="sm-scenario-table"
          caption="Saved scenarios"
          columns={['Scenario', 'Saved', 'Headcount in month 12', '12-month cost', 'Burn multiple', <span className="sr-only">Actions</span>]}
          rows={summaries.map(({ scenario, result }) => {
            const current = sameInputs(scenario.inputs, inputs);
            return {
              key: scenario.name,
              mark: current ? 'current' : undefined,
              cells: [
                <>
                  {scenario.name}
                  {current && <span className="sm-current"> (shown above)</span>}
                </>,
                formatSavedAt(scenario.savedAt),
                `${formatFte(result.totals.endingHeadcount)} FTE`,
                formatUsd(result.totals.costUsd12),
                formatMetric(result.capitalEfficiency.burnMultiple, 'multiple'),
                <span className="sm-actions" data-print-hide>
                  <button type="button" className="kit-button" aria-label={`Load ${scenario.name}`} onClick={() => load(scenario)}>
                    Load
                  </button>
                  <button type="button" className="kit-button kit-button-quiet" aria-label={`Delete ${scenario.name}`} onClick={() => remove(scenario)}>
                    Delete
                  </button>
                </span>,
              ],
            };
          })}
        />
      )}

      {scenarios.length >= 2 && (
        <div className="sm-compare">
          <div className="kit-fields" data-print-hide>
            {(['a', 'b'] as const).map((side) => (
              <div className="kit-field" key={side}>
                <label htmlFor={`${nameId}-${side}`}>{side === 'a' ? 'Compare' : 'With'}</label>
                <select
                  id={`${nameId}-${side}`}
                  value={side === 'a' ? aName : bName}
                  onChange={(e) => setPick((p) => ({ ...p, [side]: e.target.value }))}
                >
                  {scenarios.map((s) => (
                    <option key={s.name} value={s.name} disabled={side === 'b' && s.name === aName}>
                      {s.name}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          {comparison && (
            <DataTable
              className="sm-compare-table"
              caption={`“${comparison.a.name}” compared with “${comparison.b.name}”`}
              columns={['Result', comparison.a.name, comparison.b.name, 'Change', 'Better']}
              rows={comparison.rows.map((row) => {
                const unit = sharedUnit(comparison.a.result.targetUnits, comparison.b.result.targetUnits);
                return {
                  key: row.id,
                  cells: [
                    row.label,
                    formatMetric(row.a, row.unit, unit),
                    formatMetric(row.b, row.unit, unit),
                    row.delta === null
                      ? '–'
                      : `${formatDelta(row.delta, row.unit, unit)}${row.deltaPct !== null && row.delta !== 0 ? ` (${row.deltaPct > 0 ? '+' : '−'}${formatPct(Math.abs(row.deltaPct))})` : ''}`,
                    better(row, comparison.a.name, comparison.b.name),
                  ],
                };
              })}
            />
          )}
        </div>
      )}
    </div>
  );
}
