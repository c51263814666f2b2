/** Narrowing a schedule to what one person should look at: one owner's tasks, and the few open tasks due soonest. */
import { isTaskDone, type ProgressSubject } from './progress';
import type { PlanSchedule, ScheduledTask } from './schedule';
import { OWNERS, type Owner } from './schema';

/** Whose tasks to show: everyone's, or one owner's ("my tasks" for the new hire, the manager's, the buddy's). */
export type OwnerFilter = 'all' | Owner;

/** Every value of the owner filter, in the order the filter offers them. */
export const OWNER_FILTERS: readonly OwnerFilter[] = ['all', ...OWNERS];

/** Whether a value is a known owner filter (for reading it back from storage or a control). */
export function isOwnerFilter(value: unknown): value is OwnerFilter {
  return typeof value === 'string' && (OWNER_FILTERS as readonly string[]).includes(value);
}

/** The tasks a filter keeps, in their schedule order. */
export function filterByOwner<T extends Pick<ScheduledTask, 'owner'>>(tasks: readonly T[], filter: OwnerFilter): T[] {
  return filter === 'all' ? [...tasks] : tasks.filter((t) => t.owner === filter);
}

/** One entry of the "next up" list: the task and how many days from today it is due (negative when overdue). */
export interface NextUpTask {
  task: ScheduledTask;
  daysUntilDue: number;
  overdue: boolean;
}

const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/**
 * The open tasks due soonest (overdue ones first, as they are due earliest), at most `count`, for one
 * owner filter. Ties keep the schedule's order. `today` is `YYYY-MM-DD`.
 */
export function nextUp(
  schedule: PlanSchedule,
  subject: ProgressSubject,
  today: string,
  filter: OwnerFilter = 'all',
  count = 5,
): NextUpTask[] {
  const open = filterByOwner(schedule.tasks, filter).filter((t) => !isTaskDone(subject, t.id));
  const byDue = [...open].sort((a, b) => (a.dueDate === b.dueDate ? 0 : a.dueDate < b.dueDate ? -1 : 1));
  return byDue.slice(0, Math.max(0, Math.floor(count))).map((task) => {
    const daysUntilDue = dayNumber(task.dueDate) - dayNumber(today);
    return { task, daysUntilDue, overdue: daysUntilDue < 0 };
  });
}
