import type { CarriedLine } from '../../stores/scale-plan-live';

/** Which of the hiring plan's figures came from another tool and still hold the carried value. */
export function CarriedNote({ carried }: { carried: readonly CarriedLine[] }) {
  if (carried.length === 0) return null;
  return (
    <p className="kit-hint" data-carried>
      Carried into the scale model:{' '}
      {carried.map((c, i) => (
        <span key={c.field}>
          {i > 0 && '; '}
          {c.text}
        </span>
      ))}
      .
    </p>
  );
}
