import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createTracker, exportJson, exportMarkdown, nextTrackerId, onboardingMessages, MAX_TRACKERS, type Plan } from '../../lib/onboarding';
import { $onboardingRepair, addTracker, deleteTracker, onboarding, onboardingDefaults, openTracker } from '../../stores/onboarding';
import { ConfirmNotice } from '../kit/ConfirmNotice';
import { Notice } from '../kit/Notice';
import { ToolShell } from '../kit/ToolShell';
import { useClientStore } from '../kit/useClientStore';
import { ImportPlans } from './ImportPlans';
import { ManagerLink } from './ManagerLink';
import { NewTrackerForm, type NewTrackerInput } from './NewTrackerForm';
import { ReadOnlyProgress } from './ReadOnlyProgress';
import { TrackedPlanView } from './TrackedPlanView';
import { progressFromHash, todayIso, trackerLabel } from './tracker-view';
import { downloadText } from '../kit/download';
import '../kit/kit.css';
import './onboarding.css';

/** Today's date, known only in the browser (never the build's date), refreshed when the tab comes back. */
function useToday(): string | null {
  const [today, setToday] = useState<string | null>(null);
  useEffect(() => {
    const refresh = () => setToday(todayIso());
    refresh();
    document.addEventListener('visibilitychange', refresh);
    return () => document.removeEventListener('visibilitychange', refresh);
  }, []);
  return today;
}

/**
 * The onboarding tracker: several tracked plans side by side, each with due dates from its start
 * date, ticks, notes and progress; a read-only progress link for a manager; export, import and print.
 * Opened with `#progress=…` it shows that shared progress read-only instead.
 * The page passes the plans in as JSON text (validated by the build, in page order): the browser parses one
 * string, where the plans as modules would be most of the page's script.
 */
export default function OnboardingTracker({ plansJson }: { plansJson: string }) {
  const onboardingPlans = useMemo(() => JSON.parse(plansJson) as readonly Plan[], [plansJson]);
  const getPlan = useCallback((roleId: string) => onboardingPlans.find((p) => p.id === roleId), [onboardingPlans]);
  const state = useClientStore(onboarding.$value, onboardingDefaults);
  const repair = useClientStore($onboardingRepair, null);
  const today = useToday();
  const [sharedPayload, setSharedPayload] = useState<string | null>(null);
  const [initialRole, setInitialRole] = useState<string | undefined>(undefined);
  const [roleNotice, setRoleNotice] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [sharing, setSharing] = useState(false);
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const [status, setStatus] = useState('');
  const planHeading = useRef<HTMLHeadingElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const [focusPlan, setFocusPlan] = useState(false);

  useEffect(() => {
    const readHash = () => setSharedPayload(progressFromHash(window.location.hash));
    readHash();
    window.addEventListener('hashchange', readHash);
    const role = new URLSearchParams(window.location.search).get('role');
    if (role && progressFromHash(window.location.hash) === null) {
      const current = onboarding.$value.get();
      if (!getPlan(role)) setRoleNotice(`The handbook has no onboarding plan for “${role}”. Choose a role below.`);
      else {
        const mine = current.trackers.filter((t) => t.roleId === role);
        const first = mine[0];
        if (!first) {
          setInitialRole(role);
          if (current.trackers.length > 0) setAdding(true);
        } else if (!mine.some((t) => t.trackerId === current.activeTrackerId)) openTracker(first.trackerId);
      }
    }
    return () => window.removeEventListener('hashchange', readHash);
  }, [getPlan]);

  useEffect(() => {
    if (focusPlan) {
      planHeading.current?.focus();
      setFocusPlan(false);
    }
  }, [focusPlan, state.activeTrackerId]);

  useEffect(() => {
    if (confirmingRemove) confirmRef.current?.focus();
  }, [confirmingRemove]);

  // The page's own introduction speaks to the new hire; a manager reading shared progress does not need it.
  useEffect(() => {
    document.body.toggleAttribute('data-onb-read-only', sharedPayload !== null);
    return () => document.body.removeAttribute('data-onb-read-only');
  }, [sharedPayload]);

  if (sharedPayload !== null) {
    const leave = () => {
      history.replaceState(null, '', window.location.pathname);
      setSharedPayload(null);
    };
    return (
      <ToolShell label="Shared onboarding progress, read-only" className="onb-tool not-content" toolbar={false}>
        <ReadOnlyProgress payload={sharedPayload} findPlan={getPlan} today={today} onLeave={leave} />
      </ToolShell>
    );
  }

  const active = state.trackers.find((t) => t.trackerId === state.activeTrackerId) ?? state.trackers[0];
  const activePlan = active ? getPlan(active.roleId) : undefined;
  const showForm = state.trackers.length === 0 || adding;

  const create = (input: NewTrackerInput) => {
    if (state.trackers.length >= MAX_TRACKERS) {
      setStatus(onboardingMessages.trackersFull(MAX_TRACKERS));
      return;
    }
    const tracker = createTracker({ ...input, trackerId: nextTrackerId(state, input.roleId) });
    addTracker(tracker);
    setAdding(false);
    setSharing(false);
    setStatus(`Now tracking ${trackerLabel(tracker, getPlan(tracker.roleId))}.`);
    setFocusPlan(true);
  };

  const remove = () => {
    if (!active) return;
    const label = trackerLabel(active, activePlan);
    deleteTracker(active.trackerId);
    setConfirmingRemove(false);
    setSharing(false);
    setStatus(`Stopped tracking ${label}.`);
    setFocusPlan(true);
  };

  const downloadCalendar = async () => {
    if (!active || !activePlan) return;
    // Loaded on demand: the calendar writer is only needed by those who ask for the file.
    const { buildCalendar, calendarFileName } = await import('../../lib/onboarding/calendar');
    const result = buildCalendar(activePlan, active);
    if (!result.ok) setStatus(result.message);
    else {
      downloadText(calendarFileName(activePlan, active), result.ics, 'text/calendar');
      setStatus(`Calendar file with ${result.eventCount} events downloaded.`);
    }
  };

  const download = (kind: 'md' | 'json' | 'all') => {
    if (!active || !activePlan) return;
    if (kind === 'md') {
      const text = exportMarkdown(activePlan, active, today ?? todayIso());
      if (text) downloadText(`onboarding-${active.trackerId}.md`, text, 'text/markdown');
    } else if (kind === 'json') {
      downloadText(`onboarding-${active.trackerId}.json`, exportJson(state, [active.trackerId]), 'application/json');
    } else {
      downloadText('onboarding-plans.json', exportJson(state), 'application/json');
    }
  };

  return (
    <ToolShell
      label="Onboarding tracker"
      tool={onboarding}
      className="onb-tool not-content"
      share={false}
      reset={false}
      print={Boolean(active && !showForm)}
      actions={
        <>
          {active && !showForm && (
            <button type="button" className="kit-button kit-button-primary" aria-expanded={sharing} onClick={() => setSharing((s) => !s)}>
              Copy read-only link for your manager
            </button>
          )}
          {active && !showForm && (
            <>
              <button type="button" className="kit-button" onClick={() => download('md')}>
                Download Markdown
              </button>
              <button type="button" className="kit-button" onClick={() => download('json')}>
                Download JSON
              </button>
              <button type="button" className="kit-button" onClick={() => void downloadCalendar()}>
                Add to calendar (.ics)
              </button>
              {state.trackers.length > 1 && (
                <button type="button" className="kit-button" onClick={() => download('all')}>
                  Download all plans (JSON)
                </button>
              )}
            </>
          )}
          <ImportPlans state={state} findPlan={getPlan} onDone={setStatus} />
        </>
      }
      afterToolbar={sharing && active && !showForm && <ManagerLink key={active.trackerId} tracker={active} today={today} onClose={() => setSharing(false)} />}
    >
      {repair && (
        <Notice
          tone="warn"
          onDismiss={() => {
            // Save the repaired state so the message does not come back on every visit.
            onboarding.$value.set({ ...onboarding.$value.get() });
            $onboardingRepair.set(null);
          }}
        >
          {repair}
        </Notice>
      )}
      {roleNotice && (
        <Notice tone="info" onDismiss={() => setRoleNotice(null)}>
          {roleNotice}
        </Notice>
      )}
      <p className="sr-only" role="status">
        {status}
      </p>

      {state.trackers.length > 0 && (
        <div className="onb-tabs" role="group" aria-label="Tracked plans" data-print-hide>
          {state.trackers.map((t) => (
            <button
              key={t.trackerId}
              type="button"
              className={!adding && t.trackerId === active?.trackerId ? 'kit-button kit-button-primary' : 'kit-button'}
              aria-pressed={!adding && t.trackerId === active?.trackerId}
              onClick={() => {
                openTracker(t.trackerId);
                setAdding(false);
                setSharing(false);
                setConfirmingRemove(false);
              }}
            >
              {trackerLabel(t, getPlan(t.roleId))}
            </button>
          ))}
          <button type="button" className="kit-button" aria-expanded={adding} onClick={() => setAdding((a) => !a)}>
            + Track another plan
          </button>
        </div>
      )}

      {showForm ? (
        <NewTrackerForm
          key={initialRole ?? ''}
          plans={onboardingPlans}
          initialRole={initialRole}
          today={today}
          onCreate={create}
          onCancel={state.trackers.length > 0 ? () => setAdding(false) : undefined}
        />
      ) : active && activePlan ? (
        <TrackedPlanView
          ref={planHeading}
          key={active.trackerId}
          plan={activePlan}
          tracker={active}
          today={today}
          onRemove={() => setConfirmingRemove(true)}
          removeRef={removeButton}
        />
      ) : (
        active && (
          <Notice tone="bad">
            <p>The handbook no longer has an onboarding plan for “{active.roleId}”, so this tracked plan cannot be shown.</p>
            <div className="kit-actions">
              <button type="button" className="kit-button" onClick={() => setConfirmingRemove(true)}>
                Stop tracking it…
              </button>
            </div>
          </Notice>
        )
      )}
      {confirmingRemove && active && !showForm && (
        <div className="onb-confirm" ref={confirmRef} tabIndex={-1} role="group" aria-label="Confirm stop tracking" data-print-hide>
          <ConfirmNotice
            confirmLabel="Stop tracking"
            cancelLabel="Keep it"
            onConfirm={remove}
            onCancel={() => {
              setConfirmingRemove(false);
              removeButton.current?.focus();
            }}
          >
            Stop tracking {trackerLabel(active, activePlan)}? Its ticks and notes will be deleted from this browser. Download it as JSON first if you
            may want it back.
          </ConfirmNotice>
        </div>
      )}
    </ToolShell>
  );
}
