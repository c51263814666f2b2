import { useId, useState } from 'react';
import type { ScaleModelInputs } from '../../lib/scale-model';
import type { ScaleModelPreset, ValueBasis } from '../../presets/scale-model';
import { BASIS_WORDS } from './fields';
import type { Provenance } from '../../lib/scale-model/provenance';

const STATUS_WORDS = { differs: 'Differs', consistent: 'Consistent', info: 'Note' } as const;

/** Plain-language meaning of each basis tag. */
const BASIS_MEANING: Record<ValueBasis, string> = {
  seed: 'stated in the Scaling Strategy playbook',
  derived: "worked out from the playbook's figures",
  assumption: 'not in the playbook: an assumption to replace with your own figure',
};

/** Unique notes behind a preset's values, grouped by basis, with how many values each covers. */
function sourceNotes(preset: ScaleModelPreset): Record<ValueBasis, { note: string; count: number }[]> {
  const out: Record<ValueBasis, { note: string; count: number }[]> = { seed: [], derived: [], assumption: [] };
  for (const source of Object.values(preset.sources)) {
    const list = out[source.basis];
    const found = list.find((n) => n.note === source.note);
    if (found) found.count++;
    else list.push({ note: source.note, count: 1 });
  }
  return out;
}

/** The Hiring Timeline presets, the playbook checks behind them, and what the value tags mean. */
export function Presets({ presets, provenance, onApply }: { presets: readonly ScaleModelPreset[]; provenance: Provenance<ScaleModelPreset>; onApply: (inputs: ScaleModelInputs) => void }) {
  const hintId = useId();
  // The notes are long; they are built only once someone opens them.
  const [open, setOpen] = useState(false);
  const shown = provenance.exact ?? provenance.closest;
  const apply = (preset: ScaleModelPreset) => {
    if (provenance.exact === null && !window.confirm(`Replace your plan with the preset "${preset.name}"? Save it as a scenario first to keep it.`)) return;
    onApply(preset.inputs);
  };
  const notes = shown?.notes ?? [];
  const differs = notes.filter((n) => n.status === 'differs');

  return (
    <fieldset className="kit-fieldset sm-presets">
      <legend>Start from the playbook's hiring timeline</legend>
      <div className="kit-segmented" role="group" aria-describedby={hintId} data-print-hide>
        {presets.map((p) => (
          <button
            key={p.id}
            type="button"
            className={provenance.exact?.id === p.id ? 'kit-button kit-button-primary' : 'kit-button'}
            aria-pressed={provenance.exact?.id === p.id}
            onClick={() => apply(p)}
          >
            {p.name}
          </button>
        ))}
      </div>
      <p id={hintId} className="kit-hint">
        {provenance.exact
          ? `Showing the ${provenance.exact.name} preset as the playbook gives it.`
          : shown
            ? `Your plan, based on the ${shown.name} preset; values you changed are no longer tagged.`
            : 'Your own plan: no value comes from a preset.'}{' '}
        Tags next to values: <span className="sm-basis" data-basis="seed">{BASIS_WORDS.seed}</span> {BASIS_MEANING.seed};{' '}
        <span className="sm-basis" data-basis="derived">{BASIS_WORDS.derived}</span> {BASIS_MEANING.derived};{' '}
        <span className="sm-basis" data-basis="assumption">{BASIS_WORDS.assumption}</span> {BASIS_MEANING.assumption}.
      </p>
      {shown && differs.length > 0 && (
        <div className="sm-differs">
          <p className="sm-notes-heading">Where the playbook's figures differ ({shown.name}):</p>
          <ul>
            {differs.map((n) => (
              <li key={n.id}>{n.text}</li>
            ))}
          </ul>
        </div>
      )}
      {shown && (
        <details className="sm-notes" onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>All checks of the playbook's figures, and where each value comes from</summary>
          {open && <PresetDetails preset={shown} />}
        </details>
      )}
    </fieldset>
  );
}

/** Every check of the playbook's figures for a preset, and the notes behind its values by basis. */
function PresetDetails({ preset }: { preset: ScaleModelPreset }) {
  const sources = sourceNotes(preset);
  return (
    <>
      <ul>
        {preset.notes.map((n) => (
          <li key={n.id}>
            <span className="sm-status" data-status={n.status}>
              {STATUS_WORDS[n.status]}
            </span>{' '}
            {n.text}
          </li>
        ))}
      </ul>
      <p className="sm-notes-heading">Where the preset's values come from</p>
      <dl className="sm-sources">
        {(['assumption', 'derived', 'seed'] as const).map((basis) =>
          sources[basis].length === 0 ? null : (
            <div key={basis}>
              <dt>
                <span className="sm-basis" data-basis={basis}>
                  {BASIS_WORDS[basis]}
                </span>
              </dt>
              {sources[basis].map((s) => (
                <dd key={s.note}>
                  {s.note} <span className="kit-hint">({s.count} {s.count === 1 ? 'value' : 'values'})</span>
                </dd>
              ))}
            </div>
          ),
        )}
      </dl>
    </>
  );
}
