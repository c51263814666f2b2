import { useId, useMemo, useState } from 'react';
import { compareSnapshots, scoreAssessment, sortSnapshots, type AssessmentDefinition, type AssessmentSnapshot } from '../../lib/workshop/assessment/index';
import type { AssessmentId } from '../../lib/workshop/worksheets/types';
import { deleteSnapshot, saveSnapshot } from '../../stores/assessments';
import { Notice } from '../kit/Notice';
import { formatAnswered, formatChange, formatOverall, formatScore, formatSnapshotDate } from './format';
import { SnapshotTrend } from './SnapshotTrend';

/** Props of the snapshot list and comparison. */
export interface SnapshotPanelProps {
  assessment: AssessmentId;
  def: AssessmentDefinition;
  snapshots: AssessmentSnapshot[];
  hasAnswers: boolean;
}

const changeTone = (change: number | null) => (change === null || Math.abs(change) < 0.05 ? undefined : change > 0 ? 'up' : 'down');

/** Save dated snapshots, list them, and compare two of them (previous and latest by default). */
export function SnapshotPanel({ assessment, def, snapshots, hasAnswers }: SnapshotPanelProps) {
  const headingId = useId();
  const fromId = useId();
  const toId = useId();
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pick, setPick] = useState<{ from: string | null; to: string | null }>({ from: null, to: null });

  const sorted = useMemo(() => sortSnapshots(snapshots), [snapshots]);
  const overallOf = useMemo(() => new Map(sorted.map((s) => [s.id, scoreAssessment(def, s.answers)])), [sorted, def]);
  const latest = sorted[sorted.length - 1];
  const previous = sorted[sorted.length - 2];
  const fromSnap = sorted.find((s) => s.id === pick.from) ?? previous;
  const toSnap = sorted.find((s) => s.id === pick.to) ?? latest;
  // Changes read later − earlier whichever way round the two are picked.
  const [a, b] = fromSnap && toSnap && Date.parse(fromSnap.takenAt) > Date.parse(toSnap.takenAt) ? [toSnap, fromSnap] : [fromSnap, toSnap];
  const comparison = a && b && a.id !== b.id ? compareSnapshots(def, a, b) : null;

  const save = () => {
    const result = saveSnapshot(assessment);
    if (result.ok) {
      setError(null);
      setStatus(`Snapshot saved: ${formatSnapshotDate(result.snapshot.takenAt)}.`);
      setPick({ from: null, to: null });
    } else {
      setStatus(null);
      setError(result.message);
    }
  };
  const remove = (s: AssessmentSnapshot) => {
    if (!window.confirm(`Delete the snapshot of ${formatSnapshotDate(s.takenAt)}? This cannot be undone.`)) return;
    deleteSnapshot(assessment, s.id);
    setStatus(`Snapshot of ${formatSnapshotDate(s.takenAt)} deleted.`);
  };
  const optionText = (s: AssessmentSnapshot) => {
    const r = overallOf.get(s.id);
    return `${formatSnapshotDate(s.takenAt)} (overall ${formatOverall(r?.overall.score ?? null, def.overallMax)})`;
  };

  return (
    <section className="as-snapshots" aria-labelledby={headingId}>
      <h3 id={headingId}>Snapshots over time</h3>
      <p className="kit-hint">Save a dated copy of these scores, e.g. each quarter, then compare any two to see what moved.</p>
      <div className="kit-actions" data-print-hide>
        <button type="button" className="kit-button kit-button-primary" onClick={save} disabled={!hasAnswers}>
          Save snapshot
        </button>
        {!hasAnswers && <span className="kit-hint">Score at least one item to save a snapshot.</span>}
      </div>
      <p role="status" className="as-status">
        {status}
      </p>
      {error && (
        <Notice tone="bad" onDismiss={() => setError(null)}>
          {error}
        </Notice>
      )}

      {sorted.length === 0 ? (
        <p className="kit-hint">No snapshots yet.</p>
      ) : (
        <div className="kit-table-scroll">
          <table className="as-snapshot-table">
            <caption className="sr-only">Saved snapshots, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Saved</th>
                <th scope="col">Overall</th>
                <th scope="col">Answered</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((s) => {
                const r = overallOf.get(s.id);
                return (
                  <tr key={s.id}>
                    <th scope="row">{formatSnapshotDate(s.takenAt)}</th>
                    <td>{formatOverall(r?.overall.score ?? null, def.overallMax)}</td>
                    <td>{r ? formatAnswered(r.answeredItems, r.totalItems) : ''}</td>
                    <td>
                      <button
                        type="button"
                        className="kit-button kit-button-quiet"
                        data-print-hide
                        onClick={() => remove(s)}
                        aria-label={`Delete the snapshot of ${formatSnapshotDate(s.takenAt)}`}
                      >
                        Delete
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      {sorted.length === 1 && <p className="kit-hint">Save another snapshot later to compare the two.</p>}

      {sorted.length >= 2 && (
        <>
          <div className="as-compare-pick" data-print-hide>
            <div className="kit-field">
              <label htmlFor={fromId}>Compare</label>
              <select id={fromId} value={fromSnap?.id ?? ''} onChange={(e) => setPick((p) => ({ ...p, from: e.target.value }))}>
                {sorted.map((s) => (
                  <option key={s.id} value={s.id}>
                    {optionText(s)}
                  </option>
                ))}
              </select>
            </div>
            <div className="kit-field">
              <label htmlFor={toId}>with</label>
              <select id={toId} value={toSnap?.id ?? ''} onChange={(e) => setPick((p) => ({ ...p, to: e.target.value }))}>
                {sorted.map((s) => (
                  <option key={s.id} value={s.id}>
                    {optionText(s)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {comparison === null ? (
            <p className="kit-hint">Pick two different snapshots to compare.</p>
          ) : (
            <div className="kit-table-scroll">
              <table className="as-compare-table">
                <caption>
                  Change from {formatSnapshotDate(comparison.from.takenAt)} to {formatSnapshotDate(comparison.to.takenAt)}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Category</th>
                    <th scope="col">Before</th>
                    <th scope="col">After</th>
                    <th scope="col">Change</th>
                  </tr>
                </thead>
                <tbody>
                  {comparison.categories.map((c) => (
                    <tr key={c.categoryId}>
                      <th scope="row">{c.label}</th>
                      <td>{formatScore(c.before, def.itemMax)}</td>
                      <td>{formatScore(c.after, def.itemMax)}</td>
                      <td className="as-change" data-dir={changeTone(c.change)}>
                        {formatChange(c.change)}
                      </td>
                    </tr>
                  ))}
                  <tr className="as-compare-overall">
                    <th scope="row">Overall</th>
                    <td>{formatOverall(comparison.overall.before, comparison.overall.max)}</td>
                    <td>{formatOverall(comparison.overall.after, comparison.overall.max)}</td>
                    <td className="as-change" data-dir={changeTone(comparison.overall.change)}>
                      {formatChange(comparison.overall.change)}
                    </td>
                  </tr>
                  <tr>
                    <th scope="row">Answered items</th>
                    <td>{comparison.answeredItems.before}</td>
                    <td>{comparison.answeredItems.after}</td>
                    <td>{formatChange(comparison.answeredItems.after - comparison.answeredItems.before)}</td>
                  </tr>
                </tbody>
              </table>
            </div>
          )}
          <SnapshotTrend def={def} snapshots={sorted} />
        </>
      )}
    </section>
  );
}
