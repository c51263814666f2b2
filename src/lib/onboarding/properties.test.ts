import fc from 'fast-check';
import { addDaysIso, daysBetweenIso, dueDate, isWeekendIso, weekendPolicyFor } from './dates';
import { exportJson, exportMarkdown, importJson } from './export';
import { samplePlan } from './fixtures/sample-plan';
import { progress, type PlanProgress } from './progress';
import { planSchedule } from './schedule';
import { PHASES, PHASE_WINDOWS } from './schema';
import { decodeProgress, encodeProgress } from './share';
import { createTracker, emptyOnboardingState, setTaskDone, upsertTracker, type TrackedPlan } from './tracker';

/** Any calendar date from 2000 to 2099. */
const isoDate = fc.integer({ min: 0, max: 36_524 }).map((n) => addDaysIso('2000-01-01', n) as string);
const phase = fc.constantFrom(...PHASES);
const phaseAndOffset = phase.chain((p) =>
  fc.tuple(fc.constant(p), fc.integer({ min: PHASE_WINDOWS[p].firstOffsetDays, max: PHASE_WINDOWS[p].lastOffsetDays })),
);
const taskIds = samplePlan.tasks.map((t) => t.id);
const track = fc.constantFrom(undefined, 'alpha', 'beta');

const tracker = fc
  .record({ startDate: isoDate, track, done: fc.subarray(taskIds), doneOn: isoDate, name: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: undefined }) })
  .map(({ startDate, track: t, done, doneOn, name }) =>
    done.reduce(
      (acc, id) => setTaskDone(acc, id, doneOn),
      createTracker({ trackerId: 'sample-1', roleId: 'sample', startDate, track: t, personName: name }),
    ),
  );

describe('due date properties', () => {
  it('a due date is never on a weekend', () => {
    fc.assert(
      fc.property(isoDate, phaseAndOffset, (start, [p, offset]) => {
        const due = dueDate(start, offset, weekendPolicyFor(p));
        expect(due).not.toBeNull();
        expect(isWeekendIso(due as string)).toBe(false);
      }),
    );
  });

  it('pre-start work is due before the start date, everything else on or after it, and never moves more than 2 days', () => {
    fc.assert(
      fc.property(isoDate, phaseAndOffset, (start, [p, offset]) => {
        const due = dueDate(start, offset, weekendPolicyFor(p)) as string;
        const fromStart = daysBetweenIso(start, due) as number;
        if (p === 'pre-start') expect(fromStart).toBeLessThan(0);
        else expect(fromStart).toBeGreaterThanOrEqual(0);
        expect(Math.abs(fromStart - offset)).toBeLessThanOrEqual(2);
      }),
    );
  });

  it('a later offset in the same phase is never due earlier', () => {
    fc.assert(
      fc.property(isoDate, phaseAndOffset, (start, [p, offset]) => {
        if (offset === PHASE_WINDOWS[p].lastOffsetDays) return;
        const policy = weekendPolicyFor(p);
        expect((dueDate(start, offset, policy) as string) <= (dueDate(start, offset + 1, policy) as string)).toBe(true);
      }),
    );
  });
});

describe('progress properties', () => {
  const all = (p: PlanProgress) => [p.overall, ...p.phases];

  it('percent is within 0–100 and the counts add up', () => {
    fc.assert(
      fc.property(tracker, isoDate, (t, today) => {
        const result = progress(samplePlan, t, today) as PlanProgress;
        for (const c of all(result)) {
          if (c.total === 0) expect(c.donePct).toBeNull();
          else {
            expect(c.donePct).toBeGreaterThanOrEqual(0);
            expect(c.donePct).toBeLessThanOrEqual(100);
          }
          expect(c.done + c.overdue).toBeLessThanOrEqual(c.total);
        }
        expect(result.phases.reduce((s, c) => s + c.total, 0)).toBe(result.overall.total);
        expect(result.phases.reduce((s, c) => s + c.done, 0)).toBe(result.overall.done);
        expect(result.overdueTaskIds).toHaveLength(result.overall.overdue);
      }),
    );
  });

  it('marking a task done never lowers progress or raises the overdue count', () => {
    fc.assert(
      fc.property(tracker, isoDate, fc.constantFrom(...taskIds), isoDate, (t, today, taskId, doneOn) => {
        const before = progress(samplePlan, t, today) as PlanProgress;
        const after = progress(samplePlan, setTaskDone(t, taskId, doneOn), today) as PlanProgress;
        all(before).forEach((b, i) => {
          const a = all(after)[i];
          expect(a?.done).toBeGreaterThanOrEqual(b.done);
          expect(a?.donePct ?? 0).toBeGreaterThanOrEqual(b.donePct ?? 0);
          expect(a?.overdue).toBeLessThanOrEqual(b.overdue);
        });
      }),
    );
  });

  it('time passing never lowers the overdue count', () => {
    fc.assert(
      fc.property(tracker, isoDate, fc.integer({ min: 1, max: 200 }), (t, today, days) => {
        const later = addDaysIso(today, days) as string;
        expect(progress(samplePlan, t, later)?.overall.overdue).toBeGreaterThanOrEqual(progress(samplePlan, t, today)?.overall.overdue ?? 0);
      }),
    );
  });
});

describe('round trips', () => {
  it('the share link carries exactly the done tasks, start date and track', () => {
    fc.assert(
      fc.property(tracker, fc.boolean(), (t, includeName) => {
        const result = decodeProgress(encodeProgress(t, { includeName }), (id) => (id === 'sample' ? samplePlan : undefined));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.value.doneTaskIds).toEqual(Object.keys(t.done).sort());
        expect(result.value.startDate).toBe(t.startDate);
        expect(result.value.track).toBe(t.track);
        expect(result.value.personName).toBe(includeName ? t.personName?.trim() || undefined : undefined);
      }),
    );
  });

  it('JSON export re-imports to the same trackers', () => {
    fc.assert(
      fc.property(fc.array(tracker, { maxLength: 4 }), (trackers) => {
        const state = trackers.reduce<ReturnType<typeof emptyOnboardingState>>(
          (s, t, i) => upsertTracker(s, { ...t, trackerId: `sample-${i + 1}` } satisfies TrackedPlan),
          emptyOnboardingState(),
        );
        const result = importJson(exportJson(state));
        if (state.trackers.length === 0) expect(result.ok).toBe(false);
        else expect(result).toEqual({ ok: true, trackers: state.trackers });
      }),
    );
  });

  it('the Markdown export has one checkbox per task and ticks exactly the done ones', () => {
    fc.assert(
      fc.property(tracker, isoDate, (t, today) => {
        const md = exportMarkdown(samplePlan, t, today) as string;
        const scheduled = planSchedule(samplePlan, t.startDate, t.track)?.tasks.length;
        expect(md.match(/^- \[[ x]\] /gm)?.length).toBe(scheduled);
        expect(md.match(/^- \[x\] /gm)?.length ?? 0).toBe(progress(samplePlan, t, today)?.overall.done);
      }),
    );
  });
});
