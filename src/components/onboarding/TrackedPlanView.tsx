import { forwardRef, useId, useState, type Ref } from 'react';
import { onboardingPlanPath, planSchedule, progress, type Plan, type TrackedPlan } from '../../lib/onboarding';
import { editTracker, markTask, noteTask } from '../../stores/onboarding';
import { filterByOwner, nextUp, type OwnerFilter as Filter } from '../../lib/onboarding/focus';
import { Notice } from '../kit/Notice';
import { NextUp } from './NextUp';
import { OwnerFilter } from './OwnerFilter';
import { PersonNameField } from './PersonNameField';
import { PhaseSection } from './PhaseSection';
import { ProgressSummary } from './ProgressSummary';
import { TaskItem } from './TaskItem';
import { checkStartDate, longDate } from './tracker-view';

interface Props {
  plan: Plan;
  tracker: TrackedPlan;
  /** Today (`YYYY-MM-DD`); null until the browser has said, so nothing is marked overdue by the build date. */
  today: string | null;
  onRemove: () => void;
  /** The "Stop tracking" button, so focus can return to it when removal is cancelled. */
  removeRef?: Ref<HTMLButtonElement>;
}

/** Name and start date of a tracked plan, changed in place; a bad date shows a message and is not saved. */
function DetailsEditor({ plan, tracker, today }: Pick<Props, 'plan' | 'tracker' | 'today'>) {
  const id = useId();
  const [date, setDate] = useState(tracker.startDate);
  const [badDate, setBadDate] = useState(false);
  const [name, setName] = useState(tracker.personName ?? '');
  const check = checkStartDate(date, badDate, plan, today);
  return (
    <details className="onb-edit">
      <summary>Change name or start date</summary>
      <div className="kit-fields">
        <div className="kit-field" data-invalid={check.error ? '' : undefined}>
          <label htmlFor={`${id}-start`}>Start date</label>
          <input
            id={`${id}-start`}
            type="date"
            value={date}
            min="1000-01-01"
            max="9999-12-31"
            aria-invalid={check.error ? true : undefined}
            aria-describedby={check.error ? `${id}-start-error` : `${id}-start-hint`}
            onChange={(e) => {
              const value = e.currentTarget.value;
              const bad = e.currentTarget.validity?.badInput === true;
              setDate(value);
              setBadDate(bad);
              if (checkStartDate(value, bad, plan, today).error === null) editTracker(tracker.trackerId, { startDate: value });
            }}
          />
          {check.error ? (
            <p className="kit-message" id={`${id}-start-error`}>
              {check.error} The plan keeps {longDate(tracker.startDate)} until then.
            </p>
          ) : (
            <p className="kit-hint" id={`${id}-start-hint`}>
              {check.warning ?? 'Due dates move with it; ticks and notes stay.'}
            </p>
          )}
        </div>
        <PersonNameField
          id={id}
          value={name}
          onChange={(v) => {
            setName(v);
            editTracker(tracker.trackerId, { personName: v });
          }}
        />
      </div>
    </details>
  );
}

/** One tracked plan: its progress, then each phase's goals and tasks to tick off, with notes. */
export const TrackedPlanView = forwardRef<HTMLHeadingElement, Props>(function TrackedPlanView(
  { plan, tracker, today, onRemove, removeRef },
  headingRef,
) {
  const id = useId();
  const [hideDone, setHideDone] = useState(false);
  const [owner, setOwner] = useState<Filter>('all');
  const schedule = planSchedule(plan, tracker.startDate, tracker.track);
  const result = today ? progress(plan, tracker, today) : null;
  const trackLabel = plan.tracks.find((t) => t.id === schedule?.track)?.label;
  const title = tracker.personName ? `${tracker.personName}: ${plan.title}` : `${plan.title} plan`;

  return (
    <article className="onb-plan" aria-labelledby={`${id}-title`}>
      <header className="onb-plan-head">
        <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
          {title}
        </h2>
        <p className="onb-plan-facts">
          {trackLabel ? `${trackLabel} · ` : ''}Starts {longDate(tracker.startDate)} ·{' '}
          <a href={onboardingPlanPath(plan.id)}>Read the whole plan</a>
        </p>
      </header>
      <DetailsEditor key={tracker.trackerId} plan={plan} tracker={tracker} today={today} />
      {!schedule ? (
        <Notice tone="bad">This plan’s start date cannot be used to work out due dates. Change it above.</Notice>
      ) : (
        <>
          {result && <ProgressSummary result={result} heading={`Progress of ${title}`} />}
          {today && <NextUp items={nextUp(schedule, tracker, today, owner)} heading="Next up" />}
          <OwnerFilter value={owner} onChange={setOwner} />
          <label className="onb-toggle" data-print-hide>
            <input type="checkbox" checked={hideDone} onChange={(e) => setHideDone(e.currentTarget.checked)} /> Hide tasks that are done
          </label>
          {schedule.phases.map((phase, i) => {
            const counts = result?.phases[i];
            const mine = filterByOwner(phase.tasks, owner);
            const tasks = hideDone ? mine.filter((t) => tracker.done[t.id] === undefined) : mine;
            return (
              <PhaseSection key={phase.phase} label={phase.label} goals={phase.goals} counts={counts}>
                {tasks.length === 0 ? (
                  <p className="kit-hint">{mine.length === 0 ? 'No tasks for this owner in this phase.' : 'Every task in this phase is done.'}</p>
                ) : (
                  <ul className="onb-tasks" aria-label={`Tasks for ${phase.label}`}>
                    {tasks.map((task) => (
                      <TaskItem
                        key={`${tracker.trackerId}:${task.id}`}
                        task={task}
                        doneOn={tracker.done[task.id]}
                        note={tracker.notes[task.id] ?? ''}
                        overdue={result?.overdueTaskIds.includes(task.id) ?? false}
                        onDone={(done) => markTask(tracker.trackerId, task.id, done ? (today ?? tracker.startDate) : null)}
                        onNote={(note) => noteTask(tracker.trackerId, task.id, note)}
                      />
                    ))}
                  </ul>
                )}
              </PhaseSection>
            );
          })}
        </>
      )}
      <div className="kit-actions" data-print-hide>
        <button type="button" className="kit-button" onClick={onRemove} ref={removeRef}>
          Stop tracking this plan…
        </button>
      </div>
    </article>
  );
});
