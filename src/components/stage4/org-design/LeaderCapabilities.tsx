import type { LeaderCapability } from '../../../data/stage4/leader-capabilities';
import { toggleCapability } from '../../../stores/stage4/org-design';

/** The capabilities the first sales leader should bring: a checklist the person ticks. */
export function LeaderCapabilities({ items, checked }: { items: readonly LeaderCapability[]; checked: readonly string[] }) {
  return (
    <fieldset className="kit-fieldset">
      <legend>What the first sales leader should bring</legend>
      <ul className="s4-rows" aria-label="Capabilities">
        {items.map((c) => {
          const on = checked.includes(c.id);
          return (
            <li key={c.id} data-print-hide={on ? undefined : ''}>
              <label className="s4-checkbox">
                <input type="checkbox" checked={on} onChange={(e) => toggleCapability(c.id, e.target.checked)} />
                <span>
                  {c.label}
                  <span className="s4-because"> ({c.source})</span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
