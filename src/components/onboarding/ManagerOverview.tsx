import { useEffect, useId, useState } from 'react';
import { buildOverview, type OverviewHire } from '../../lib/onboarding/overview';
import { PHASES, PHASE_LABELS } from '../../lib/onboarding';
import { getPlan } from '../../data/onboarding';
import { DataTable, type CellAttrs, type DataColumn } from '../kit/DataTable';
import { Notice } from '../kit/Notice';
import { countsText } from './ProgressSummary';
import { shortDate, todayIso } from './tracker-view';
import '../kit/kit.css';
import './onboarding.css';

const overdue = (counts: { overdue: number }): CellAttrs => ({ 'data-overdue': counts.overdue > 0 ? '' : undefined });

const optional = <T, U>(value: T | undefined, f: (v: T) => U) => (value === undefined ? undefined : f(value));

const COLUMNS: DataColumn<OverviewHire>[] = [
  {
    header: 'Hire',
    rowHeader: true,
    cell: (h, i) => (
      <>
        {h.shared.personName ?? `Hire ${i + 1}`}
        <span className="onb-overview-sub">
          {h.planTitle}
          {h.trackLabel ? `: ${h.trackLabel}` : ''} · starts {shortDate(h.shared.startDate)}
          {h.shared.sharedOn ? ` · link of ${shortDate(h.shared.sharedOn)}` : ''}
        </span>
      </>
    ),
  },
  { header: 'Overall', cell: (h) => countsText(h.overall), cellProps: (h) => overdue(h.overall) },
  ...PHASES.map((phase): DataColumn<OverviewHire> => {
    const of = (h: OverviewHire) => h.phases.find((p) => p.phase === phase);
    return { header: PHASE_LABELS[phase], cell: (h) => optional(of(h), countsText), cellProps: (h) => optional(of(h), overdue) };
  }),
];

/**
 * A manager pastes the read-only progress links of several hires and sees them side by side: progress
 * per hire and phase, with overdue counts. Nothing is stored; the links are read in this browser only.
 */
export default function ManagerOverview() {
  const id = useId();
  const [text, setText] = useState('');
  const [today, setToday] = useState<string | null>(null);
  useEffect(() => setToday(todayIso()), []);
  const overview = today ? buildOverview(text, getPlan, today) : null;

  return (
    <section className="kit-tool onb-overview not-content" aria-label="Progress of several hires" data-hydrated={today ? '' : undefined}>
      <div className="kit-field">
        <label htmlFor={`${id}-links`}>Progress links, one a line</label>
        <textarea
          id={`${id}-links`}
          rows={4}
          value={text}
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <p className="kit-hint" id={`${id}-hint`}>
          Paste the “read-only link for your manager” each hire sent you. The links are read here and not saved.
        </p>
      </div>
      {overview && overview.problems.length > 0 && (
        <Notice tone="bad">
          <ul>
            {overview.problems.map((p) => (
              <li key={p.line}>
                Line {p.line}: {p.message}
              </li>
            ))}
          </ul>
        </Notice>
      )}
      {overview && overview.duplicates > 0 && (
        <p className="kit-hint" role="status">
          {overview.duplicates === 1 ? 'One link appears twice and is counted once.' : `${overview.duplicates} links appear more than once and are counted once.`}
        </p>
      )}
      {overview && overview.hires.length > 0 && (
        <DataTable
          region
          className="onb-overview-table"
          caption={
            <>
              Progress of {overview.hires.length} {overview.hires.length === 1 ? 'hire' : 'hires'} as of {today ? shortDate(today) : ''}
              {overview.totals.overdue > 0 ? `: ${overview.totals.overdue} tasks overdue in all` : ': nothing overdue'}
            </>
          }
          columns={COLUMNS}
          rows={overview.hires}
          rowKey={(h) => h.payload}
        />
      )}
    </section>
  );
}
