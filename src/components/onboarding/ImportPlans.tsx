import { useId, useState } from 'react';
import {
  MAX_TRACKERS,
  conflictingTrackerIds,
  importJson,
  onboardingMessages,
  type OnboardingState,
  type PlanLookup,
  type TrackedPlan,
} from '../../lib/onboarding';
import { importTrackers } from '../../stores/onboarding';
import { Notice } from '../kit/Notice';
import { trackerLabel } from './tracker-view';

interface Pending {
  incoming: TrackedPlan[];
  conflicts: string[];
}

const plural = (n: number) => (n === 1 ? 'one plan' : `${n} plans`);

/**
 * "Import JSON…": reads an export file, refuses anything invalid with a message, and asks before
 * replacing a plan this browser already tracks under the same id.
 */
export function ImportPlans({
  state,
  findPlan,
  onDone,
}: {
  state: OnboardingState;
  findPlan: PlanLookup;
  onDone: (message: string) => void;
}) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);

  const apply = (trackers: TrackedPlan[]) => {
    const added = trackers.filter((t) => !state.trackers.some((s) => s.trackerId === t.trackerId)).length;
    if (state.trackers.length + added > MAX_TRACKERS) {
      setError(onboardingMessages.trackersFull(MAX_TRACKERS));
      return;
    }
    importTrackers(trackers);
    setPending(null);
    onDone(trackers.length === 0 ? 'Nothing was imported.' : `Imported ${plural(trackers.length)}.`);
  };

  const read = async (file: File | undefined) => {
    setError(null);
    setPending(null);
    if (!file) return;
    const result = importJson(await file.text(), findPlan);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    const conflicts = conflictingTrackerIds(state, result.trackers);
    if (conflicts.length === 0) apply(result.trackers);
    else setPending({ incoming: result.trackers, conflicts });
  };

  const labelOf = (trackerId: string) => {
    const t = state.trackers.find((s) => s.trackerId === trackerId);
    return t ? trackerLabel(t, findPlan(t.roleId)) : trackerId;
  };
  const fresh = pending ? pending.incoming.filter((t) => !pending.conflicts.includes(t.trackerId)) : [];

  return (
    <>
      <label className="kit-button onb-file" htmlFor={`${id}-file`}>
        Import JSON…
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          className="sr-only"
          onChange={(e) => {
            const input = e.currentTarget;
            void read(input.files?.[0]).finally(() => {
              input.value = '';
            });
          }}
        />
      </label>
      {error && (
        <div className="onb-toolbar-notice">
          <Notice tone="bad" onDismiss={() => setError(null)}>
            {error}
          </Notice>
        </div>
      )}
      {pending && (
        <div className="onb-toolbar-notice">
          <Notice tone="warn">
            <p>
              The file has {pending.conflicts.length === 1 ? 'a plan' : `${pending.conflicts.length} plans`} you already track here:{' '}
              {pending.conflicts.map(labelOf).join('; ')}. Replace {pending.conflicts.length === 1 ? 'it' : 'them'} with the file’s version?
              The ticks and notes saved here for {pending.conflicts.length === 1 ? 'it' : 'them'} will be lost.
            </p>
            <div className="kit-actions">
              <button type="button" className="kit-button kit-button-primary" onClick={() => apply(pending.incoming)}>
                Replace
              </button>
              {fresh.length > 0 && (
                <button type="button" className="kit-button" onClick={() => apply(fresh)}>
                  Import only the new {fresh.length === 1 ? 'one' : 'ones'}
                </button>
              )}
              <button
                type="button"
                className="kit-button"
                onClick={() => {
                  setPending(null);
                  onDone('Import cancelled. Nothing was changed.');
                }}
              >
                Cancel
              </button>
            </div>
          </Notice>
        </div>
      )}
    </>
  );
}
