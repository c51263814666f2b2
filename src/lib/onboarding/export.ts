/** Export of tracked plans: Markdown for reading and printing, JSON for moving to another browser. */
import { escapeMarkdownText } from '../markdown';
import * as z from 'zod/mini';
import { formatPct } from '../format';
import { messages } from '../messages';
import { onboardingMessages } from './messages';
import { isTaskDone, progress } from './progress';
import { planSchedule } from './schedule';
import { OWNER_LABELS, type Plan } from './schema';
import type { PlanLookup } from './share';
import { ONBOARDING_VERSION, trackedPlanSchema, type OnboardingState, type TrackedPlan } from './tracker';
import { parseJsonWith } from '../persist/json';

/** Marks a JSON file as an onboarding export of this handbook. */
export const ONBOARDING_EXPORT_KIND = 'scale-handbook/onboarding';

/** The JSON export file. */
export const onboardingExportSchema = z.lazy(() =>
  z.object({
    kind: z.literal(ONBOARDING_EXPORT_KIND),
    version: z.literal(ONBOARDING_VERSION),
    trackers: z.array(trackedPlanSchema).check(z.maxLength(100)),
  }),
);

/** The JSON export file, parsed. */
export type OnboardingExport = z.output<typeof onboardingExportSchema>;

/** Keeps user text from breaking the list or becoming markup: one line, Markdown escaped. */
function inline(text: string): string {
  return escapeMarkdownText(text.replace(/\s*\n\s*/g, ' ').trim());
}

/**
 * One tracked plan as Markdown: a checkbox per task grouped by phase, with its due date, owner,
 * done date, an overdue mark as of `today`, and the person's notes. Null when the dates are invalid.
 */
export function exportMarkdown(plan: Plan, tracker: TrackedPlan, today: string): string | null {
  const schedule = planSchedule(plan, tracker.startDate, tracker.track);
  const result = progress(plan, tracker, today);
  if (!schedule || !result) return null;
  const trackLabel = plan.tracks.find((t) => t.id === schedule.track)?.label;
  const { overall } = result;
  const lines: string[] = [`# ${plan.title}: 30/60/90-day onboarding plan`, ''];
  if (tracker.personName) lines.push(`- Person: ${inline(tracker.personName)}`);
  if (trackLabel) lines.push(`- Track: ${trackLabel}`);
  lines.push(`- Start date: ${tracker.startDate}`);
  lines.push(
    `- Progress on ${today}: ${overall.done} of ${overall.total} tasks done (${formatPct(overall.donePct)}), ${overall.overdue} overdue`,
  );
  schedule.phases.forEach((phase, i) => {
    const counts = result.phases[i];
    lines.push('', `## ${phase.label}${counts ? ` (${counts.done} of ${counts.total} done)` : ''}`, '');
    for (const goal of phase.goals) lines.push(`Goal: ${goal}`);
    if (phase.goals.length > 0) lines.push('');
    for (const task of phase.tasks) {
      const done = isTaskDone(tracker, task.id);
      const parts = [`due ${task.dueDate}`, OWNER_LABELS[task.owner]];
      const doneOn = tracker.done[task.id];
      if (done && doneOn) parts.push(`done ${doneOn}`);
      if (!done && task.dueDate < today) parts.push('**overdue**');
      lines.push(`- [${done ? 'x' : ' '}] ${task.title} (${parts.join(' · ')})`);
      const note = tracker.notes[task.id];
      if (note && note.trim() !== '') lines.push(`  - Note: ${inline(note)}`);
    }
  });
  return `${lines.join('\n')}\n`;
}

/** The JSON export of every tracker, or only those in `trackerIds`. */
export function exportJson(state: OnboardingState, trackerIds?: readonly string[]): string {
  const trackers = trackerIds ? state.trackers.filter((t) => trackerIds.includes(t.trackerId)) : state.trackers;
  const file: OnboardingExport = { kind: ONBOARDING_EXPORT_KIND, version: ONBOARDING_VERSION, trackers };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The outcome of reading an export file. */
export type ImportResult = { ok: true; trackers: TrackedPlan[] } | { ok: false; message: string };

/**
 * Read a JSON export. The whole file is refused if any part is invalid, so nothing half-imports;
 * with `findPlan`, a tracker for a role the handbook does not have is refused too. The caller
 * decides how to merge (see `conflictingTrackerIds`).
 */
export function importJson(text: string, findPlan?: PlanLookup): ImportResult {
  const parsed = parseJsonWith(onboardingExportSchema)(text);
  if (!parsed.ok) return { ok: false, message: messages.importInvalid };
  const { trackers } = parsed.value;
  if (trackers.length === 0) return { ok: false, message: onboardingMessages.importEmpty };
  if (new Set(trackers.map((t) => t.trackerId)).size !== trackers.length) return { ok: false, message: messages.importInvalid };
  if (findPlan) {
    const unknown = trackers.find((t) => !findPlan(t.roleId));
    if (unknown) return { ok: false, message: onboardingMessages.unknownRole(unknown.roleId) };
  }
  return { ok: true, trackers };
}

/** Ids of incoming trackers that would replace one already in `state` (ask before overwriting these). */
export function conflictingTrackerIds(state: OnboardingState, incoming: readonly TrackedPlan[]): string[] {
  const existing = new Set(state.trackers.map((t) => t.trackerId));
  return incoming.filter((t) => existing.has(t.trackerId)).map((t) => t.trackerId);
}
