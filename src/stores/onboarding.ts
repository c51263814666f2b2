import { atom } from 'nanostores';
import { createPersistentTool } from './persistent';
import type { Validator } from '../lib/persist/schema';
import {
  ONBOARDING_VERSION,
  emptyOnboardingState,
  onboardingStateSchema,
  readOnboardingState,
  removeTracker,
  setTaskDone,
  setTaskNote,
  setTrackerDetails,
  upsertTracker,
  type OnboardingState,
  type TrackedPlan,
} from '../lib/onboarding';

/** What a browser that tracks nothing yet starts with (also the server render). */
export const onboardingDefaults: OnboardingState = emptyOnboardingState();

/** Set when saved state was read back with some unreadable plans left out (the rest kept). */
export const $onboardingRepair = atom<string | null>(null);

/**
 * The state schema, plus repair: when the whole value fails, each saved plan is read on its own so
 * one damaged plan costs only itself, and the person is told how many were left out.
 */
const repairingSchema: Validator<OnboardingState> = {
  safeParse(data: unknown) {
    const whole = onboardingStateSchema.safeParse(data);
    if (whole.success) return { success: true, data: whole.data };
    const read = readOnboardingState(data);
    if (read.status !== 'repaired' && read.status !== 'ok') return { success: false };
    if (read.message) $onboardingRepair.set(read.message);
    return { success: true, data: read.state };
  },
};

/** The onboarding plans this browser tracks, saved per browser and followed across tabs. */
export const onboarding = createPersistentTool<OnboardingState>({
  tool: 'onboarding',
  version: ONBOARDING_VERSION,
  schema: repairingSchema,
  defaults: onboardingDefaults,
});

const update = (change: (state: OnboardingState) => OnboardingState) => onboarding.$value.set(change(onboarding.$value.get()));

const updateTracker = (trackerId: string, change: (tracker: TrackedPlan) => TrackedPlan) =>
  update((state) => {
    const tracker = state.trackers.find((t) => t.trackerId === trackerId);
    return tracker ? upsertTracker(state, change(tracker)) : state;
  });

/** Start tracking a plan and open it. */
export function addTracker(tracker: TrackedPlan): void {
  update((state) => ({ ...upsertTracker(state, tracker), activeTrackerId: tracker.trackerId }));
}

/** Open one of the tracked plans. */
export function openTracker(trackerId: string): void {
  update((state) => (state.trackers.some((t) => t.trackerId === trackerId) ? { ...state, activeTrackerId: trackerId } : state));
}

/** Stop tracking a plan (its ticks and notes go with it); the next plan in the list opens. */
export function deleteTracker(trackerId: string): void {
  update((state) => {
    const at = state.trackers.findIndex((t) => t.trackerId === trackerId);
    const after = removeTracker(state, trackerId);
    const next = after.trackers[Math.min(Math.max(at, 0), after.trackers.length - 1)];
    return next && after.activeTrackerId === undefined ? { ...after, activeTrackerId: next.trackerId } : after;
  });
}

/** Tick a task off on `doneOn`, or untick it with null. */
export function markTask(trackerId: string, taskId: string, doneOn: string | null): void {
  updateTracker(trackerId, (t) => setTaskDone(t, taskId, doneOn));
}

/** Save a task's note as it is typed. */
export function noteTask(trackerId: string, taskId: string, note: string): void {
  updateTracker(trackerId, (t) => setTaskNote(t, taskId, note));
}

/** Change a tracked person's name or start date. */
export function editTracker(trackerId: string, details: { startDate?: string; personName?: string }): void {
  updateTracker(trackerId, (t) => setTrackerDetails(t, details));
}

/** Add imported plans, replacing those with the same id, and open the first of them. */
export function importTrackers(trackers: readonly TrackedPlan[]): void {
  update((state) => {
    const merged = trackers.reduce(upsertTracker, state);
    const first = trackers[0];
    return first ? { ...merged, activeTrackerId: first.trackerId } : merged;
  });
}
