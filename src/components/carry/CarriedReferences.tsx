import { useClientStore } from '../kit/useClientStore';
import { carriedFigures, CARRY_SOURCE_NAMES } from '../../stores/carry';
import { CARRIED_FIELD_LABELS } from '../../lib/scale-plan/carry';
import { carriedValueText } from './UseInScaleModel';

/** Figures carried in for comparison (CAC and payback from unit economics), each with its source and date. */
export function CarriedReferences() {
  const carried = useClientStore(carriedFigures.$value, []);
  const refs = carried.filter((c) => c.field === 'cacUsd' || c.field === 'paybackMonths');
  if (refs.length === 0) return null;
  return (
    <div className="kit-notice" data-tone="info">
      <div>
        <p>Carried in for comparison:</p>
        <ul>
          {refs.map((r) => (
            <li key={r.field}>
              {CARRIED_FIELD_LABELS[r.field].label.replace(/ \(for comparison\)$/, '')}: <strong>{carriedValueText(CARRIED_FIELD_LABELS[r.field].unit, r.value)}</strong>{' '}
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
