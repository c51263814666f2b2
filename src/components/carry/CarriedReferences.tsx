import { useClientStore } from '../kit/useClientStore';
import { carriedFigures, CARRY_SOURCE_NAMES } from '../../stores/carried-figures';
import { formatMonths, formatUsd } from '../../lib/format';

const REFERENCE_LABELS = { cacUsd: ['CAC', 'usd'], paybackMonths: ['CAC payback', 'months'] } as const;

/** Figures carried in for comparison (CAC and payback from unit economics), each with its source and date. */
export function CarriedReferences() {
  const carried = useClientStore(carriedFigures.$value, []);
  const refs = carried.flatMap((c) => (c.field === 'cacUsd' || c.field === 'paybackMonths' ? [{ ...c, field: c.field }] : []));
  if (refs.length === 0) return null;
  return (
    <div className="kit-notice" data-tone="info">
      <div>
        <p>Carried in for comparison:</p>
        <ul>
          {refs.map((r) => (
            <li key={r.field}>
              {REFERENCE_LABELS[r.field][0]}: <strong>{REFERENCE_LABELS[r.field][1] === 'usd' ? formatUsd(r.value) : formatMonths(r.value)}</strong>{' '}
              <span className="sm-basis" data-basis="derived">
                from {CARRY_SOURCE_NAMES[r.source]}
              </span>{' '}
              on {r.carriedAt.slice(0, 10)}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
