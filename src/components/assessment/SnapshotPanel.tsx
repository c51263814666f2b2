import { useId, useMemo, useState } from 'react';
import { compareSnapshots, scoreAssessment, sortSnapshots, type AssessmentDefinition, type AssessmentSnapshot } from '../../lib/workshop/assessment/index';
import type { AssessmentId } from '../../lib/workshop/worksheets/types';
import { deleteSnapshot, saveSnapshot } from '../../stores/assessments';
import { changeDirection, comparisonRows, inDateOrder, type ComparisonRow } from '../../lib/workshop/snapshot-view';
import { DataTable, srOnly, type DataColumn } from '../kit/DataTable';
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

/** The comparison's columns; a row's kind decides how its figures read. */
function compareColumns(itemMax: number, overallMax: number): DataColumn<ComparisonRow>[] {
  const figure = (r: ComparisonRow, v: number | null) => (r.kind === 'category' ? formatScore(v, itemMax) : r.kind === 'overall' ? formatOverall(v, overallMax) : String(v));
  return [
    { header: 'Category', cell: 'label', rowHeader: true },
    { header: 'Before', cell: (r) => figure(r, r.before) },
    { header: 'After', cell: (r) => figure(r, r.after) },
    { header: 'Change', cell: (r) => formatChange(r.change), cellProps: (r) => (r.kind === 'answered' ? undefined : { className: 'as-change', 'data-dir': changeDirection(r.change) }) },
  ];
}

/** One of the two snapshot pickers. */
function SnapshotSelect(props: { label: string; snapshots: AssessmentSnapshot[]; value: string | undefined; optionText: (s: AssessmentSnapshot) => string; onPick: (id: string) => void }) {
  const id = useId();
  return (
    <div className="kit-field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value ?? ''} onChange={(e) => props.onPick(e.target.value)}>
        {props.snapshots.map((s) => (
          <option key={s.id} value={s.id}>
            {props.optionText(s)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Save dated snapshots, list them, and compare two of them (previous and latest by default). */
export function SnapshotPanel({ assessment, def, snapshots, hasAnswers }: SnapshotPanelProps) {
  const headingId = useId();
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
  const [a, b] = inDateOrder(fromSnap, toSnap);
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
  const savedColumns: DataColumn<AssessmentSnapshot>[] = [
    { header: 'Saved', cell: (s) => formatSnapshotDate(s.takenAt), rowHeader: true },
    { header: 'Overall', cell: (s) => formatOverall(overallOf.get(s.id)?.overall.score ?? null, def.overallMax) },
    {
      header: 'Answered',
      cell: (s) => {
        const r = overallOf.get(s.id);
        return r ? formatAnswered(r.answeredItems, r.totalItems) : '';
      },
    },
    {
      header: srOnly('Actions'),
      cell: (s) => (
        <button type="button" className="kit-button kit-button-quiet" data-print-hide onClick={() => remove(s)} aria-label={`Delete the snapshot of ${formatSnapshotDate(s.takenAt)}`}>
          Delete
        </button>
      ),
    },
  ];

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
        <DataTable caption="Saved snapshots, oldest first" captionHidden className="as-snapshot-table" columns={savedColumns} rows={sorted} rowKey={(s) => s.id} />
      )}

      {sorted.length === 1 && <p className="kit-hint">Save another snapshot later to compare the two.</p>}

      {sorted.length >= 2 && (
        <>
          <div className="as-compare-pick" data-print-hide>
            <SnapshotSelect label="Compare" snapshots={sorted} value={fromSnap?.id} optionText={optionText} onPick={(from) => setPick((p) => ({ ...p, from }))} />
            <SnapshotSelect label="with" snapshots={sorted} value={toSnap?.id} optionText={optionText} onPick={(to) => setPick((p) => ({ ...p, to }))} />
          </div>
          {comparison === null ? (
            <p className="kit-hint">Pick two different snapshots to compare.</p>
          ) : (
            <DataTable
              caption={
                <>
                  Change from {formatSnapshotDate(comparison.from.takenAt)} to {formatSnapshotDate(comparison.to.takenAt)}
                </>
              }
              className="as-compare-table"
              columns={compareColumns(def.itemMax, comparison.overall.max)}
              rows={comparisonRows(comparison)}
              rowKey={(r) => r.key}
              rowProps={(r) => (r.kind === 'overall' ? { className: 'as-compare-overall' } : undefined)}
            />
          )}
          <SnapshotTrend def={def} snapshots={sorted} />
        </>
      )}
    </section>
  );
}
