import { useClientStore } from '../kit/useClientStore';
import { carriedFigures, CARRY_SOURCE_NAMES } from '../../stores/carried-figures';
import { scaleModel, scaleModelDefaults } from '../../stores/scale-model';
import { carriedInputSource } from '../../lib/scale-plan/carried-source';

/** Which of the hiring plan's figures came from another tool and still hold the carried value. */
export function CarriedNote() {
  const carried = useClientStore(carriedFigures.$value, []);
  const inputs = useClientStore(scaleModel.$value, scaleModelDefaults);
  const inEffect = carried.filter((c) => c.field === 'cacUsd' || c.field === 'paybackMonths' || carriedInputSource(c.field, inputs, carried) !== null);
  if (inEffect.length === 0) return null;
  return (
    <p className="kit-hint" data-carried>
      Carried into the scale model:{' '}
      {inEffect.map((c, i) => (
        <span key={c.field}>
          {i > 0 && '; '}
          {c.sourceLabel} from {CARRY_SOURCE_NAMES[c.source]} ({c.carriedAt.slice(0, 10)})
        </span>
      ))}
      .
    </p>
  );
}
