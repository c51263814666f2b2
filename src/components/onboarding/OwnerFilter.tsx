import { useId } from 'react';
import { OWNER_FILTERS, isOwnerFilter, type OwnerFilter as Filter } from '../../lib/onboarding/focus';

const labels: Record<Filter, string> = {
  all: 'Everyone',
  'new-hire': 'New hire (my tasks)',
  manager: 'Manager',
  buddy: 'Buddy',
};

/** Whose tasks the plan lists: everyone's, or only the new hire's, the manager's or the buddy's. */
export function OwnerFilter({ value, onChange }: { value: Filter; onChange: (value: Filter) => void }) {
  const id = useId();
  return (
    <div className="kit-field onb-owner-filter" data-print-hide>
      <label htmlFor={id}>Show tasks for</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          const next = e.currentTarget.value;
          if (isOwnerFilter(next)) onChange(next);
        }}
      >
        {OWNER_FILTERS.map((f) => (
          <option key={f} value={f}>
            {labels[f]}
          </option>
        ))}
      </select>
    </div>
  );
}
