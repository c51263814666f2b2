import type { CheckRow } from '../../lib/scale-plan';
import { CHECK_STATUS_WORDS, checkSentence } from './words';

/** One cross-check: its status, what it found in figures, and where to change them. */
export function CheckView({ check }: { check: CheckRow }) {
  const headingId = `spl-check-${check.id}`;
  const o = check.outcome;
  return (
    <section className="spl-check" aria-labelledby={headingId} data-check={check.id} data-status={o.status}>
      <h3 id={headingId}>{check.title}</h3>
      <p>
        <span className="spl-status" data-status={o.status}>
          {CHECK_STATUS_WORDS[o.status]}
        </span>{' '}
        <span data-sentence>{checkSentence(check.id, o)}</span>
      </p>
      <p className="kit-hint">
        Change it:{' '}
        {check.fixes.map((f, i) => (
          <span key={f.path}>
            {i > 0 && ' · '}
            <a href={f.path}>{f.label}</a>
          </span>
        ))}
      </p>
    </section>
  );
}
