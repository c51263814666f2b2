/** Progress through a plan as of a given day: done, total and percent per phase and overall, and what is overdue. */
import { isIsoDate } from './dates';
import { planSchedule, type ScheduledTask } from './schedule';
import type { Phase, Plan } from './schema';

/** What progress needs to know about a person's run: a tracker, or a shared read-only payload. */
export interface ProgressSubject {
  startDate: string;
  track?: string | undefined;
  /** Task ids that are done; only the keys matter. */
  done: Readonly<Record<string, unknown>>;
}

/** Counts for a phase or the whole plan. `donePct` is 0–100, or null when there are no tasks. */
export interface ProgressCounts {
  done: number;
  total: number;
  donePct: number | null;
  /** Tasks due before `today` and not done. */
  overdue: number;
}

/** Counts for one phase. */
export type PhaseProgress = ProgressCounts & { phase: Phase; label: string };

/** Progress through a plan on one day. */
export interface PlanProgress {
  asOf: string;
  phases: PhaseProgress[];
  overall: ProgressCounts;
  overdueTaskIds: string[];
  /** The earliest-due task not done yet (overdue ones included), or null when all are done. */
  nextTask: ScheduledTask | null;
  complete: boolean;
}

/** Whether a task counts as done for a subject. */
export function isTaskDone(subject: ProgressSubject, taskId: string): boolean {
  return Object.prototype.hasOwnProperty.call(subject.done, taskId);
}

function counts(tasks: readonly ScheduledTask[], subject: ProgressSubject, today: string): ProgressCounts {
  const done = tasks.filter((t) => isTaskDone(subject, t.id)).length;
  const overdue = tasks.filter((t) => !isTaskDone(subject, t.id) && t.dueDate < today).length;
  return { done, total: tasks.length, donePct: tasks.length === 0 ? null : (done / tasks.length) * 100, overdue };
}

/**
 * Progress as of `today` (`YYYY-MM-DD`). Only the tasks of the subject's track count; done entries
 * for tasks the plan does not have (renamed or from another track) are ignored. A task due today is
 * not overdue. Null when the start date or `today` is not a valid date.
 */
export function progress(plan: Plan, subject: ProgressSubject, today: string): PlanProgress | null {
  if (!isIsoDate(today)) return null;
  const schedule = planSchedule(plan, subject.startDate, subject.track);
  if (!schedule) return null;
  const phases = schedule.phases.map((p) => ({ phase: p.phase, label: p.label, ...counts(p.tasks, subject, today) }));
  const overall = counts(schedule.tasks, subject, today);
  const open = schedule.tasks.filter((t) => !isTaskDone(subject, t.id));
  // ISO strings sort as dates; the stable sort keeps phase and plan order on ties.
  const nextTask = [...open].sort((a, b) => (a.dueDate === b.dueDate ? 0 : a.dueDate < b.dueDate ? -1 : 1))[0] ?? null;
  return {
    asOf: today,
    phases,
    overall,
    overdueTaskIds: open.filter((t) => t.dueDate < today).map((t) => t.id),
    nextTask,
    complete: open.length === 0,
  };
}
