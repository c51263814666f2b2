import {
  decodeProgress,
  isTaskDone,
  onboardingMessages,
  onboardingPlanPath,
  planSchedule,
  progress,
  sharedAsSubject,
  type PlanLookup,
} from '../../lib/onboarding';
import { Notice } from '../kit/Notice';
import { PhaseSection } from './PhaseSection';
import { ProgressSummary } from './ProgressSummary';
import { TaskLinks, TaskMeta } from './TaskItem';
import { longDate } from './tracker-view';

interface Props {
  payload: string;
  findPlan: PlanLookup;
  today: string | null;
  /** Leave the read-only view for this browser's own tracker. */
  onLeave: () => void;
}

/**
 * A shared progress link, shown read-only: nothing here can be ticked, and nothing is read from or
 * written to this browser's own tracked plans.
 */
export function ReadOnlyProgress({ payload, findPlan, today, onLeave }: Props) {
  const decoded = decodeProgress(payload, findPlan);

  const leave = (
    <button type="button" className="kit-button" onClick={onLeave} data-print-hide>
      Open your own tracker
    </button>
  );

  if (!decoded.ok) {
    return (
      <div className="onb-readonly">
        <h2>Progress link not shown</h2>
        <Notice tone="bad">{decoded.reason === 'unknown-role' ? decoded.message : onboardingMessages.progressLinkInvalid}</Notice>
        <div className="kit-actions">{leave}</div>
      </div>
    );
  }

  const shared = decoded.value;
  const plan = findPlan(shared.roleId);
  const subject = sharedAsSubject(shared);
  const schedule = plan ? planSchedule(plan, shared.startDate, shared.track) : null;
  const result = plan && today ? progress(plan, subject, today) : null;
  const whose = shared.personName ? `${shared.personName}’s` : 'a new hire’s';
  const trackLabel = plan?.tracks.find((t) => t.id === schedule?.track)?.label;

  return (
    <div className="onb-readonly">
      <h2>
        Read-only view of {whose} progress{shared.sharedOn ? `, shared on ${longDate(shared.sharedOn)}` : ''}
      </h2>
      <p className="onb-plan-facts">
        {plan?.title} plan{trackLabel ? ` · ${trackLabel}` : ''} · started {longDate(shared.startDate)}
        {plan && (
          <>
            {' · '}
            <a href={onboardingPlanPath(plan.id)}>Read the whole plan</a>
          </>
        )}
      </p>
      <Notice tone="info">
        <p>
          Ticks are as they were when the link was made{today ? `; overdue marks are as of today, ${longDate(today)}` : ''}. Ask for a new
          link to see later progress. Nothing here is saved in this browser, and any plans you track yourself are untouched.
        </p>
      </Notice>
      {decoded.ignoredTaskIds.length > 0 && (
        <Notice tone="info">
          {decoded.ignoredTaskIds.length === 1
            ? 'One ticked task in the link is no longer in the plan and is not counted.'
            : `${decoded.ignoredTaskIds.length} ticked tasks in the link are no longer in the plan and are not counted.`}
        </Notice>
      )}
      <div className="kit-actions" data-print-hide>
        <button type="button" className="kit-button" onClick={() => window.print()}>
          Print
        </button>
        {leave}
      </div>
      {!schedule ? (
        <Notice tone="bad">{onboardingMessages.progressLinkInvalid}</Notice>
      ) : (
        <>
          {result && <ProgressSummary result={result} heading="Progress" />}
          {schedule.phases.map((phase, i) => {
            const counts = result?.phases[i];
            return (
              <PhaseSection key={phase.phase} label={phase.label} goals={phase.goals} counts={counts}>
                <ul className="onb-tasks" aria-label={`Tasks for ${phase.label}`}>
                  {phase.tasks.map((task) => {
                    const done = isTaskDone(subject, task.id);
                    const overdue = result?.overdueTaskIds.includes(task.id) ?? false;
                    return (
                      <li key={task.id} className="onb-task" data-done={done ? '' : undefined} data-overdue={overdue ? '' : undefined}>
                        <div className="onb-task-head">
                          <span className="onb-state" data-done={done ? '' : undefined}>
                            <span aria-hidden="true">{done ? '✓' : '○'}</span> {done ? 'Done' : 'Not done'}
                          </span>
                          <span className="onb-task-title">{task.title}</span>
                        </div>
                        <div className="onb-task-body">
                          <TaskMeta task={task} overdue={overdue} />
                          <TaskLinks links={task.links} />
                        </div>
                      </li>
                    );
                  })}
                </ul>
              </PhaseSection>
            );
          })}
        </>
      )}
    </div>
  );
}
