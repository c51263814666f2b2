/** A plan laid out on the calendar from a start date: each task with its due date, grouped by phase. */
import { addDaysIso, dueDate, parseIsoDate, weekendPolicyFor } from './dates';
import { PHASES, PHASE_LABELS, PHASE_WINDOWS, type Phase, type PhaseWindow, type Plan, type Task } from './schema';

/** A task with its dates worked out. `nominalDate` is start + offset before moving off a weekend. */
export type ScheduledTask = Task & {
  dueDate: string;
  nominalDate: string;
  movedOffWeekend: boolean;
};

/** One phase of a schedule: its goals and its tasks in due order. */
export interface PhaseSchedule {
  phase: Phase;
  label: string;
  window: PhaseWindow;
  goals: readonly string[];
  tasks: ScheduledTask[];
}

/** A plan for one person: every phase in order, plus all tasks flat (by phase, then due date). */
export interface PlanSchedule {
  planId: string;
  startDate: string;
  /** The track applied, or null for the tasks every track shares. */
  track: string | null;
  /** True when a track was asked for that the plan does not have (only shared tasks are shown). */
  trackIgnored: boolean;
  phases: PhaseSchedule[];
  tasks: ScheduledTask[];
}

/**
 * A due offset as people count days: the start date (offset 0) is "Day 1", offset 11 is "Day 12",
 * and pre-start offsets count back from day one ("3 days before day one").
 */
export function dueDayLabel(offsetDays: number): string {
  if (offsetDays >= 0) return `Day ${offsetDays + 1}`;
  return offsetDays === -1 ? '1 day before day one' : `${-offsetDays} days before day one`;
}

/**
 * The tasks that apply to someone on `track`: every task without a track, plus the tasks of their
 * track. With no track (or one the plan does not have) only the shared tasks apply.
 */
export function tasksForTrack(plan: Plan, track?: string | null): Task[] {
  const known = track != null && plan.tracks.some((t) => t.id === track);
  return plan.tasks.filter((task) => task.track === undefined || (known && task.track === track));
}

/**
 * Schedule a plan from a start date (`YYYY-MM-DD`, day 0). Tasks keep their plan order when due the
 * same day. Null when the start date is not a valid date or a due date would leave years 1000–9999.
 */
export function planSchedule(plan: Plan, startDate: string, track?: string | null): PlanSchedule | null {
  if (!parseIsoDate(startDate)) return null;
  const trackKnown = track != null && plan.tracks.some((t) => t.id === track);
  const scheduled: ScheduledTask[] = [];
  for (const task of tasksForTrack(plan, track)) {
    const due = dueDate(startDate, task.dueOffsetDays, weekendPolicyFor(task.phase));
    const nominal = addDaysIso(startDate, task.dueOffsetDays);
    if (due === null || nominal === null) return null;
    scheduled.push({ ...task, dueDate: due, nominalDate: nominal, movedOffWeekend: due !== nominal });
  }
  // Array.prototype.sort is stable, so equal dates keep the plan's order.
  const byDue = [...scheduled].sort((a, b) =>
    a.dueDate === b.dueDate ? a.dueOffsetDays - b.dueOffsetDays : a.dueDate < b.dueDate ? -1 : 1,
  );
  return {
    planId: plan.id,
    startDate,
    track: trackKnown ? (track ?? null) : null,
    trackIgnored: track != null && !trackKnown,
    phases: PHASES.map((phase) => ({
      phase,
      label: PHASE_LABELS[phase],
      window: PHASE_WINDOWS[phase],
      goals: plan.goals[phase],
      tasks: byDue.filter((t) => t.phase === phase),
    })),
    tasks: PHASES.flatMap((phase) => byDue.filter((t) => t.phase === phase)),
  };
}
