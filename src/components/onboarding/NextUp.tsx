import type { NextUpTask } from '../../lib/onboarding/focus';
import { OWNER_LABELS } from '../../lib/onboarding';
import { shortDate } from './tracker-view';

/** "due today", "due in 3 days", "4 days overdue": how far a due date is, in words. */
function whenText(n: NextUpTask): string {
  if (n.daysUntilDue === 0) return 'due today';
  if (n.daysUntilDue === 1) return 'due tomorrow';
  if (n.daysUntilDue > 1) return `due in ${n.daysUntilDue} days`;
  return n.daysUntilDue === -1 ? '1 day overdue' : `${-n.daysUntilDue} days overdue`;
}

/** The few open tasks due soonest, with their owner and how far off they are. */
export function NextUp({ items, heading }: { items: NextUpTask[]; heading: string }) {
  return (
    <section className="onb-next-up" aria-label={heading}>
      <h3>{heading}</h3>
      {items.length === 0 ? (
        <p className="kit-hint">Nothing open.</p>
      ) : (
        <ol>
          {items.map((n) => (
            <li key={n.task.id}>
              <strong>{n.task.title}</strong> · {shortDate(n.task.dueDate)},{' '}
              {n.overdue ? <strong className="onb-next-overdue">{whenText(n)}</strong> : whenText(n)} · {OWNER_LABELS[n.task.owner]}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
