/**
 * Tracker state: the onboarding plans this browser follows, each with its start date, the tasks
 * done (and when) and private notes. Versioned; reading it back keeps every readable tracker and
 * drops only the ones that cannot be read.
 */
import * as z from 'zod/mini';
import { isIsoDate } from './dates';
import { onboardingMessages } from './messages';
import { idSchema } from './schema';
import { messages } from '../messages';

/** Version of the stored tracker state; bump it (and add a migration) when the shape changes. */
export const ONBOARDING_VERSION = 1;
/** Storage key for the tracker state; the version is part of the key. */
export const ONBOARDING_STORAGE_KEY = `scale-handbook:onboarding:v${ONBOARDING_VERSION}`;

/** Longest note kept per task; longer text is cut here rather than making the saved state unreadable. */
export const NOTE_MAX_CHARS = 2000;
/** Longest name kept for a tracked person. */
export const PERSON_NAME_MAX_CHARS = 80;
/** Most plans one browser tracks at once. */
export const MAX_TRACKERS = 100;

/** A `YYYY-MM-DD` calendar date. */
export const isoDateSchema = z.string().check(z.refine(isIsoDate, { error: 'must be a date as YYYY-MM-DD' }));

/** One person's run through one plan. `done` maps task id → the date it was ticked off. */
export const trackedPlanSchema = z.lazy(() =>
  z.object({
    trackerId: z.string().check(z.trim(), z.minLength(1), z.maxLength(64)),
    roleId: idSchema,
    personName: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(PERSON_NAME_MAX_CHARS))),
    startDate: isoDateSchema,
    track: z.optional(idSchema),
    done: z.record(idSchema, isoDateSchema),
    notes: z.record(idSchema, z.string().check(z.maxLength(NOTE_MAX_CHARS))),
  }),
);

/** Everything the tracker stores: several plans at once, and which one is open. */
export const onboardingStateSchema = z.lazy(() =>
  z
    .object({
      version: z.literal(ONBOARDING_VERSION),
      trackers: z.array(trackedPlanSchema).check(z.maxLength(MAX_TRACKERS)),
      activeTrackerId: z.optional(z.string()),
    })
    .check(
      z.refine((s) => new Set(s.trackers.map((t) => t.trackerId)).size === s.trackers.length, {
        error: 'tracker ids must be unique',
        path: ['trackers'],
      }),
    ),
);

/** One person's run through one plan. */
export type TrackedPlan = z.output<typeof trackedPlanSchema>;
/** Everything the tracker stores. */
export type OnboardingState = z.output<typeof onboardingStateSchema>;

/** The state of a browser that tracks nothing yet. */
export function emptyOnboardingState(): OnboardingState {
  return { version: ONBOARDING_VERSION, trackers: [] };
}

/** What a new tracker needs; done and notes start empty. */
export interface NewTracker {
  trackerId: string;
  roleId: string;
  startDate: string;
  personName?: string | undefined;
  track?: string | undefined;
}

/** A name as stored: trimmed and cut to the longest the schema keeps; blank becomes undefined. */
function cleanName(name: string | undefined): string | undefined {
  const trimmed = name?.trim().slice(0, PERSON_NAME_MAX_CHARS).trim();
  return trimmed ? trimmed : undefined;
}

/** A fresh tracker. Blank names and tracks are left out rather than stored empty. */
export function createTracker(input: NewTracker): TrackedPlan {
  const name = cleanName(input.personName);
  return {
    trackerId: input.trackerId,
    roleId: input.roleId,
    startDate: input.startDate,
    ...(name ? { personName: name } : {}),
    ...(input.track ? { track: input.track } : {}),
    done: {},
    notes: {},
  };
}

/** A tracker id not yet used in `state`: `<roleId>-1`, `<roleId>-2`, … (deterministic, so testable). */
export function nextTrackerId(state: OnboardingState, roleId: string): string {
  const used = new Set(state.trackers.map((t) => t.trackerId));
  let n = 1;
  while (used.has(`${roleId}-${n}`)) n += 1;
  return `${roleId}-${n}`;
}

/** Add a tracker, or replace the one with the same id in place. */
export function upsertTracker(state: OnboardingState, tracker: TrackedPlan): OnboardingState {
  const at = state.trackers.findIndex((t) => t.trackerId === tracker.trackerId);
  const trackers = at === -1 ? [...state.trackers, tracker] : state.trackers.map((t, i) => (i === at ? tracker : t));
  return { ...state, trackers };
}

/** Remove a tracker; clears the open tracker when it was the one removed. */
export function removeTracker(state: OnboardingState, trackerId: string): OnboardingState {
  const { activeTrackerId, ...rest } = state;
  return {
    ...rest,
    trackers: state.trackers.filter((t) => t.trackerId !== trackerId),
    ...(activeTrackerId !== undefined && activeTrackerId !== trackerId ? { activeTrackerId } : {}),
  };
}

/** Tick a task off on `doneOn` (`YYYY-MM-DD`), or untick it with null. */
export function setTaskDone(tracker: TrackedPlan, taskId: string, doneOn: string | null): TrackedPlan {
  const { [taskId]: _previous, ...rest } = tracker.done;
  return { ...tracker, done: doneOn === null ? rest : { ...rest, [taskId]: doneOn } };
}

/** Set a task's note, cut to `NOTE_MAX_CHARS`; a blank note removes it. */
export function setTaskNote(tracker: TrackedPlan, taskId: string, note: string): TrackedPlan {
  const { [taskId]: _previous, ...rest } = tracker.notes;
  return { ...tracker, notes: note.trim() === '' ? rest : { ...rest, [taskId]: note.slice(0, NOTE_MAX_CHARS) } };
}

/**
 * Change who a tracker is for or when they start. Ticks and notes stay (due dates follow the new
 * start date); a blank name removes it. An invalid start date leaves the date unchanged.
 */
export function setTrackerDetails(tracker: TrackedPlan, details: { startDate?: string; personName?: string }): TrackedPlan {
  const { personName: _name, ...rest } = tracker;
  const name = details.personName === undefined ? tracker.personName : cleanName(details.personName);
  const startDate = details.startDate !== undefined && isIsoDate(details.startDate) ? details.startDate : tracker.startDate;
  return { ...rest, startDate, ...(name ? { personName: name } : {}) };
}

/** How reading stored state went: `repaired` means some trackers were dropped, the rest kept. */
export type StateReadStatus = 'ok' | 'empty' | 'repaired' | 'discarded' | 'corrupt';

/** Stored state read back, with a message for the person when something was lost. */
export interface StateRead {
  state: OnboardingState;
  status: StateReadStatus;
  message: string | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Read stored state (already JSON-parsed). Missing → empty; another version → discarded (there is
 * no older version to migrate from yet); not an object → corrupt. Otherwise each tracker is checked
 * on its own, so one unreadable or duplicate tracker costs only itself.
 */
export function readOnboardingState(raw: unknown): StateRead {
  if (raw === undefined || raw === null) return { state: emptyOnboardingState(), status: 'empty', message: null };
  if (!isRecord(raw) || !Array.isArray(raw.trackers)) {
    return { state: emptyOnboardingState(), status: 'corrupt', message: messages.storageCorrupt };
  }
  if (raw.version !== ONBOARDING_VERSION) {
    return { state: emptyOnboardingState(), status: 'discarded', message: messages.storageDiscarded };
  }
  const trackers: TrackedPlan[] = [];
  let dropped = 0;
  for (const candidate of raw.trackers) {
    const parsed = trackedPlanSchema.safeParse(candidate);
    if (parsed.success && !trackers.some((t) => t.trackerId === parsed.data.trackerId)) trackers.push(parsed.data);
    else dropped += 1;
  }
  const active = typeof raw.activeTrackerId === 'string' && trackers.some((t) => t.trackerId === raw.activeTrackerId);
  const state: OnboardingState = {
    version: ONBOARDING_VERSION,
    trackers,
    ...(active ? { activeTrackerId: raw.activeTrackerId as string } : {}),
  };
  if (dropped > 0) return { state, status: 'repaired', message: onboardingMessages.trackersDropped(dropped) };
  return { state, status: 'ok', message: null };
}
