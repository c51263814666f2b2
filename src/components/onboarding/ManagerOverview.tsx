import { useEffect, useId, useState } from 'react';
import { buildOverview } from '../../lib/onboarding/overview';
import { PHASES, PHASE_LABELS } from '../../lib/onboarding';
import { getPlan } from '../../data/onboarding';
import { Notice } from '../kit/Notice';
import { countsText } from './ProgressSummary';
import { shortDate, todayIso } from './tracker-view';
import '../kit/kit.css';
import './onboarding.css';

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
        <div className="kit-table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
          <table className="onb-overview-table">
            <caption id={`${id}-caption`}>
              Progress of {overview.hires.length} {overview.hires.length === 1 ? 'hire' : 'hires'} as of {today ? shortDate(today) : ''}
              {overview.totals.overdue > 0 ? `: ${overview.totals.overdue} tasks overdue in all` : ': nothing overdue'}
            </caption>
            <thead>
              <tr>
                <th scope="col">Hire</th>
                <th scope="col">Overall</th>
                {PHASES.map((phase) => (
                  <th scope="col" key={phase}>
                    {PHASE_LABELS[phase]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {overview.hires.map((h, i) => (
                <tr key={h.payload}>
                  <th scope="row">
                    {h.shared.personName ?? `Hire ${i + 1}`}
                    <span className="onb-overview-sub">
                      {h.planTitle}
                      {h.trackLabel ? `: ${h.trackLabel}` : ''} · starts {shortDate(h.shared.startDate)}
                      {h.shared.sharedOn ? ` · link of ${shortDate(h.shared.sharedOn)}` : ''}
                    </span>
                  </th>
                  <td data-overdue={h.overall.overdue > 0 ? '' : undefined}>{countsText(h.overall)}</td>
                  {h.phases.map((p) => (
                    <td key={p.phase} data-overdue={p.overdue > 0 ? '' : undefined}>
                      {countsText(p)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
